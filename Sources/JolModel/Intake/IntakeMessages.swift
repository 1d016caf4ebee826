/// The messages of row planning: problems of a row that only the state shows (an unknown
/// learner or institution, a repeated row, a stage the learner is not at).
public enum IntakeMessages {
  /// An IIN already on an earlier line of the file.
  public static func repeatedIIN(_ iin: IIN, _ firstLine: Int) -> LocalizedText {
    IntakeMessage.repeatedIIN.text(["iin": iin.masked, "line": String(firstLine)])
  }

  /// An IIN the vault does not know (masked in the message).
  public static func unknownIIN(_ iin: IIN) -> LocalizedText {
    IntakeMessage.unknownIIN.text(["iin": iin.masked])
  }

  /// An institution code not registered, with the nearest registered one when there is one.
  public static func unknownInstitution(_ code: String, _ nearest: String?) -> LocalizedText {
    let hint = nearest.map { IntakeMessage.didYouMean.text(["nearest": $0]) } ?? .same("")
    return IntakeMessage.unknownInstitution.text(["code": code, "hint": hint])
  }

  /// An institution of another kind than the row needs.
  public static func wrongKind(
    _ code: String, _ found: InstitutionKind, _ expected: InstitutionKind
  ) -> LocalizedText {
    IntakeMessage.wrongKind.text(["code": code, "found": found.title, "expected": expected.title])
  }

  /// An enterprise BIN not registered.
  public static func unknownEnterprise(_ bin: String) -> LocalizedText {
    IntakeMessage.unknownEnterprise.text(["bin": bin])
  }

  /// An enterprise capacity other than the one an earlier row of the file gave.
  public static func otherEnterpriseCapacity(_ capacity: Int, _ line: Int) -> LocalizedText {
    IntakeMessage.otherEnterpriseCapacity.text(["capacity": String(capacity), "line": String(line)])
  }

  /// A second list of one learner for one programme in a file.
  public static func repeatedList(_ iin: IIN, _ line: Int) -> LocalizedText {
    IntakeMessage.repeatedList.text(["iin": iin.masked, "line": String(line)])
  }

  /// A choice that names no registered mentor or enterprise.
  public static func unknownChoice(_ code: String) -> LocalizedText {
    IntakeMessage.unknownChoice.text(["code": code])
  }

  /// An organisation code already on an earlier line of the file.
  public static func repeatedCode(_ code: String, _ firstLine: Int) -> LocalizedText {
    IntakeMessage.repeatedCode.text(["code": code, "line": String(firstLine)])
  }

  /// Leaving a stage the learner is not at on the date.
  public static func notAtStage(_ stage: Stage, _ date: CivilDate) -> LocalizedText {
    IntakeMessage.notAtStage.text(["date": "\(date)", "stage": stage.title])
  }

  /// A learner's term already on an earlier line of the file.
  public static func repeatedTerm(_ term: String, _ firstLine: Int) -> LocalizedText {
    IntakeMessage.repeatedTerm.text(["text": term, "line": String(firstLine)])
  }
}
