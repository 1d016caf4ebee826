import JolModel

/// Finds the learner a person named on the command line: by IIN (twelve digits, through the
/// vault) or by pseudonymous LearnerID. Messages mask the IIN.
enum LearnerLookup {
  /// The learner and, when named by IIN, the vault's record (the person asked by IIN, so they
  /// may see whom it names). The vault is read only for an IIN.
  /// - Throws: ``CommandError`` 65 for twelve digits that are not a valid IIN, 66 for an IIN the
  ///   vault does not know (not imported, or erased).
  static func resolve(_ text: String, vault: () throws -> Vault) throws -> (LearnerID, Person?) {
    try resolve(text, person: { try vault().person(iin: $0.value) })
  }

  /// As ``resolve(_:vault:)``, with `person` finding the vault's record of an IIN (such as
  /// ``Store/person(iin:)``, which reads one row through the vault's index).
  static func resolve(_ text: String, person find: (IIN) throws -> Person?) throws -> (
    LearnerID, Person?
  ) {
    guard text.count == 12, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return (LearnerID(text), nil)
    }
    guard case .success(let iin) = IIN.parse(text) else {
      throw CommandError(Self.invalidIIN(text), exitCode: .dataError)
    }
    guard let person = try find(iin) else {
      throw CommandError(Self.unknownIIN(iin), exitCode: .noInput)
    }
    return (person.learner, person)
  }

  /// A learner the log does not have (as of the date asked).
  static func unknownLearner(_ id: LearnerID) -> CommandError {
    CommandError(
      StoreText.unknownLearner.text(["id": "\(id)"]),
      exitCode: .noInput)
  }

  fileprivate static func invalidIIN(_ text: String) -> LocalizedText {
    let reason = IdentifierCheck.check(text).reason
    let masked = IIN.masked(text)
    return StoreText.invalidIIN.text(["masked": masked, "reason": reason ?? .same("")])
  }

  fileprivate static func unknownIIN(_ iin: IIN) -> LocalizedText {
    StoreText.unknownIIN.text(["iin": iin.masked])
  }
}
