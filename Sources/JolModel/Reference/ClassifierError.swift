/// Why a code could not be looked up in the TVET classifier: a value, never a crash. The
/// reason says what was wrong and what would be accepted, with the nearest known code when
/// there is one; ``SpecialtyClassifier/specialty(in:column:)`` places it at a file's field.
public struct ClassifierError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// Not eight digits; `replacement` is the new code when the text is a known old one that
    /// maps to exactly one specialty.
    case malformedSpecialtyCode(String, replacement: SpecialtyCode?)
    /// Eight digits, but no specialty has them; `nearest` is the closest listed one.
    case unknownSpecialty(SpecialtyCode, nearest: Specialty?)
    /// Not a level prefix (`3W`, `4S`, `5AB`) followed by eight digits.
    case malformedQualificationCode(String)
    /// A well-formed qualification code that is not listed; says whether its specialty is.
    case unknownQualification(QualificationCode, specialtyKnown: Bool, nearest: Qualification?)
    /// Not seven digits.
    case malformedLegacyCode(String)
    /// Seven digits not in the old → new table; `nearest` is the closest row.
    case unknownLegacyCode(String, nearest: LegacySpecialtyMapping?)
    /// An old code that maps to several specialties: the record must name one.
    case ambiguousLegacyCode(String, candidates: [SpecialtyCode])
  }

  /// What is wrong.
  public let problem: Problem

  public init(_ problem: Problem) { self.problem = problem }
}

extension ClassifierError: CustomStringConvertible {
  /// The English ``reason``.
  public var description: String { reason.en }
}

extension ClassifierError {
  /// What is wrong and what would be accepted, in each language.
  public var reason: LocalizedText {
    switch problem {
    case .malformedSpecialtyCode(let text, let replacement):
      let base = LocalizedText(
        kk: "«\(text)» мамандық коды емес: 8 цифр күтіледі (мысалы, 06130100)",
        ru: "«\(text)» — не код специальности: нужно 8 цифр (например, 06130100)",
        en: "'\(text)' is not a specialty code: 8 digits expected (e.g. 06130100)")
      guard let replacement else { return base }
      return LocalizedText(
        kk: base.kk + "; бұл ескі 7 таңбалы код, жаңасы — \(replacement.rawValue)",
        ru: base.ru + "; это старый 7-значный код, новый — \(replacement.rawValue)",
        en: base.en + "; this is an old 7-digit code, the new one is \(replacement.rawValue)")
    case .unknownSpecialty(let code, let nearest):
      let base = LocalizedText(
        kk: "\(code.rawValue) мамандық коды классификаторда жоқ",
        ru: "кода специальности \(code.rawValue) нет в классификаторе",
        en: "unknown specialty code \(code.rawValue)")
      guard let nearest else { return base }
      return LocalizedText(
        kk: base.kk + "; ең жақыны: \(nearest.code.rawValue) «\(nearest.name.kk)»",
        ru: base.ru + "; ближайший: \(nearest.code.rawValue) «\(nearest.name.ru)»",
        en: base.en + "; nearest known: \(nearest.code.rawValue) '\(nearest.name.en)'")
    case .malformedQualificationCode(let text):
      return LocalizedText(
        kk:
          "«\(text)» біліктілік коды емес: 3W, 4S немесе 5AB, одан кейін 8 цифр күтіледі (мысалы, 4S06130103)",
        ru: "«\(text)» — не код квалификации: нужно 3W, 4S или 5AB и 8 цифр (например, 4S06130103)",
        en:
          "'\(text)' is not a qualification code: 3W, 4S or 5AB followed by 8 digits expected (e.g. 4S06130103)"
      )
    case .unknownQualification(let code, false, _):
      let specialty = code.specialtyCode?.rawValue ?? ""
      return LocalizedText(
        kk:
          "\(code.rawValue) біліктілік коды белгісіз: оның \(specialty) мамандығы классификаторда жоқ",
        ru:
          "код квалификации \(code.rawValue) неизвестен: его специальности \(specialty) нет в классификаторе",
        en:
          "unknown qualification code \(code.rawValue): its specialty \(specialty) is not in the classifier"
      )
    case .unknownQualification(let code, true, let nearest):
      let specialty = code.specialtyCode?.rawValue ?? ""
      guard let nearest else {
        return LocalizedText(
          kk:
            "\(code.rawValue) біліктілік коды белгісіз: \(specialty) мамандығының біліктіліктері әлі енгізілмеген",
          ru:
            "код квалификации \(code.rawValue) неизвестен: квалификации специальности \(specialty) ещё не внесены",
          en:
            "unknown qualification code \(code.rawValue): no qualifications of specialty \(specialty) are listed yet"
        )
      }
      return LocalizedText(
        kk:
          "\(code.rawValue) біліктілік коды белгісіз; \(specialty) мамандығында ең жақыны: \(nearest.code.rawValue) «\(nearest.name.kk)»",
        ru:
          "код квалификации \(code.rawValue) неизвестен; ближайший в специальности \(specialty): \(nearest.code.rawValue) «\(nearest.name.ru)»",
        en:
          "unknown qualification code \(code.rawValue); nearest in specialty \(specialty): \(nearest.code.rawValue) '\(nearest.name.en)'"
      )
    case .malformedLegacyCode(let text):
      return LocalizedText(
        kk: "«\(text)» ескі мамандық коды емес: 7 цифр күтіледі (мысалы, 1304000)",
        ru: "«\(text)» — не старый код специальности: нужно 7 цифр (например, 1304000)",
        en: "'\(text)' is not an old specialty code: 7 digits expected (e.g. 1304000)")
    case .unknownLegacyCode(let text, let nearest):
      let base = LocalizedText(
        kk: "\(text) ескі коды ескі → жаңа кодтар кестесінде жоқ",
        ru: "старого кода \(text) нет в таблице соответствия старых и новых кодов",
        en: "old code \(text) is not in the old → new code table")
      guard let nearest else { return base }
      let hint = "\(nearest.legacyCode) → \(nearest.specialty.rawValue)"
      return LocalizedText(
        kk: base.kk + "; ең жақыны: \(hint)", ru: base.ru + "; ближайший: \(hint)",
        en: base.en + "; nearest: \(hint)")
    case .ambiguousLegacyCode(let text, let candidates):
      let list = candidates.map(\.rawValue).joined(separator: ", ")
      return LocalizedText(
        kk:
          "\(text) ескі коды бірнеше мамандыққа сәйкес келеді: \(list); мамандықтың өзін көрсетіңіз",
        ru:
          "старый код \(text) соответствует нескольким специальностям: \(list); укажите саму специальность",
        en: "old code \(text) maps to several specialties: \(list); name the specialty itself")
    }
  }
}
