import JolModel

extension ParsedArguments {
  /// `--reason TEXT` given with the option it explains (`--re-register`, `--supersede ID`):
  /// both or neither, and a reason that is not blank.
  /// - Returns: the reason, nil when neither is given.
  /// - Throws: ``CommandError`` 64 naming the pair.
  func reason(pairedWith option: String) throws -> String? {
    let given = options[option] != nil
    let reason = value("reason")
    if !given && reason == nil { return nil }
    guard given, let reason, !reason.allSatisfy(\.isWhitespace) else {
      throw CommandError.usage(
        CLIText.reasonGoesWith.text(["option": option]))
    }
    return reason
  }
}
