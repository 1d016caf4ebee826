import JolModel

/// Who a decision is about, as a person named them on the command line: an IIN (looked up in
/// the vault) or a learner id. Decisions and output name the learner id only.
enum Subject {
  /// The learner `text` names: a valid IIN known to the vault, or a learner id in `state`.
  /// - Throws: ``CommandError`` 66 when neither; the message masks the IIN.
  static func resolve(_ text: String, vault: Vault, state: ClusterState) throws -> LearnerID {
    if case .success(let iin) = IIN.parse(text) {
      guard let learner = vault.learnerByIIN[iin.value], state.learner(learner) != nil else {
        throw CommandError(Messages.unknownIIN(iin.masked), exitCode: .noInput)
      }
      return learner
    }
    let learner = LearnerID(text)
    guard state.learner(learner) != nil else {
      throw CommandError(Messages.unknownLearner(text), exitCode: .noInput)
    }
    return learner
  }
}

extension Messages {
  static func unknownIIN(_ masked: String) -> LocalizedText {
    LocalizedText(
      kk:
        "ЖСН \(masked) бойынша білім алушы табылмады: ол әлі импортталмаған немесе деректері жойылған",
      ru: "обучающийся с ИИН \(masked) не найден: он ещё не импортирован или его данные удалены",
      en: "no learner with IIN \(masked): not imported yet, or their data was erased")
  }

  static func unknownLearner(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» — дұрыс ЖСН емес және мұндай білім алушы идентификаторы жоқ",
      ru: "«\(text)» — не действительный ИИН и не известный идентификатор обучающегося",
      en: "'\(text)' is neither a valid IIN nor a known learner id")
  }
}
