import JolModel

/// Finds the learner a person named on the command line: by IIN (twelve digits, through the
/// vault) or by pseudonymous LearnerID.
enum LearnerLookup {
  /// The learner and, when named by IIN, the vault's record (the person asked by IIN, so they
  /// may see whom it names).
  static func resolve(_ text: String, store: Store) throws -> (LearnerID, Person?) {
    if text.count == 12, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      guard case .success(let iin) = IIN.parse(text) else {
        throw CommandError(Self.invalidIIN(text), exitCode: .dataError)
      }
      guard let person = try store.loadVault().person(iin: iin.value) else {
        throw CommandError(Self.unknownIIN(iin), exitCode: .noInput)
      }
      return (person.learner, person)
    }
    return (LearnerID(text), nil)
  }

  fileprivate static func invalidIIN(_ text: String) -> LocalizedText {
    let reason = IdentifierCheck.check(text).reason
    return LocalizedText(
      kk: "\(text) дұрыс ЖСН емес: \(reason?.kk ?? "")",
      ru: "\(text) — неверный ИИН: \(reason?.ru ?? "")",
      en: "\(text) is not a valid IIN: \(reason?.en ?? "")")
  }

  fileprivate static func unknownIIN(_ iin: IIN) -> LocalizedText {
    LocalizedText(
      kk: "ЖСН \(iin.masked) бойынша білім алушы жоқ (жойылған болуы мүмкін)",
      ru: "обучающийся с ИИН \(iin.masked) не найден (возможно, данные удалены)",
      en: "no learner with IIN \(iin.masked) (their data may have been erased)")
  }
}
