import JolModel

/// Pieces many checks share: "expected X, found Y", "did you mean", how a token or a unit reads.
/// Names, keywords and values stay as written in every language; only the words around them
/// are translated.
extension Diagnostic.Message {
  /// A text built once per language.
  init(each text: (Language) -> String) {
    self.init(kk: text(.kk), ru: text(.ru), en: text(.en))
  }

  /// The two texts one after the other, language by language.
  static func + (lhs: Self, rhs: Self) -> Self {
    Self(kk: lhs.kk + rhs.kk, ru: lhs.ru + rhs.ru, en: lhs.en + rhs.en)
  }

  /// "expected WHAT, found FOUND".
  static func expected(_ what: Self, found: Self) -> Self {
    Self(
      kk: "\(what.kk) күтілді, бірақ \(found.kk) кездесті",
      ru: "ожидается \(what.ru), а найдено \(found.ru)",
      en: "expected \(what.en), found \(found.en)")
  }

  /// ": did you mean 'NEAR'?", to append to a message about an unknown name.
  static func didYouMean(_ near: String) -> Self {
    Self(
      kk: ": '\(near)' болуы мүмкін бе?", ru: ": может быть, '\(near)'?",
      en: ": did you mean '\(near)'?")
  }

  /// ": expected one of a, b, c", to append when no known name is close.
  static func expectedOneOf(_ names: [String]) -> Self {
    let list = names.joined(separator: ", ")
    return Self(
      kk: ": мыналардың бірі күтілді: \(list)", ru: ": ожидается одно из: \(list)",
      en: ": expected one of \(list)")
  }

  /// A character as a message names it: `'§'`, or by code point (`U+001B`, `U+0061 U+200D`)
  /// when shown as it is it would act on the terminal, reorder the text or show nothing.
  static func character(_ character: Character) -> String {
    let scalars = character.unicodeScalars
    let hidden = scalars.contains { scalar in
      if TextSafety.isForbidden(scalar) { return true }
      switch scalar.properties.generalCategory {
      case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
        .privateUse, .surrogate, .nonspacingMark, .enclosingMark, .spacingMark:
        return true
      default: return false
      }
    }
    guard hidden else { return "'\(character)'" }
    return scalars.map(TextSafety.codePoint).joined(separator: " ")
  }

  /// "WHERE holds the control character U+001B …": a text that may not be kept as it is.
  static func forbiddenCharacter(_ scalar: Unicode.Scalar, in place: Self) -> Self {
    let code = TextSafety.codePoint(scalar)
    return Self(
      kk: "\(place.kk) \(code) басқару таңбасы бар (экранда көрінбейді, терминалға әсер етеді "
        + "не мәтін ретін өзгертеді); оны өшіріңіз",
      ru: "\(place.ru) есть управляющий символ \(code) (невидимый, действует на терминал или "
        + "меняет порядок текста); удалите его",
      en: "\(place.en) holds the control character \(code) (invisible; it acts on terminals or "
        + "reorders text); delete it")
  }

  /// "unknown fact 'NAME'" with the closest fact name, or the list of facts.
  static func unknownFact(_ name: String) -> Self {
    let head = Self(
      kk: "'\(name)' деген факт жоқ", ru: "неизвестный факт '\(name)'",
      en: "unknown fact '\(name)'")
    if let near = EditDistance.closest(to: name, among: Fact.names) {
      return head + .didYouMean(near)
    }
    return head + .expectedOneOf(Fact.names)
  }
}

extension Token {
  /// What a person would call this token in "expected X, found Y".
  var display: Diagnostic.Message {
    switch kind {
    case .word, .number, .date, .symbol: .same("'\(text)'")
    case .percent: .same("'\(text)%'")
    case .string: .same("\"\(text)\"")
    case .newline: LocalizedText(kk: "жол соңы", ru: "конец строки", en: "end of line")
    case .end: LocalizedText(kk: "файл соңы", ru: "конец файла", en: "end of file")
    }
  }
}

extension NumericKind {
  /// The unit as it reads in "needs a percent (90%)".
  var display: Diagnostic.Message {
    switch self {
    case .number: LocalizedText(kk: "сан", ru: "число", en: "a number")
    case .percent: LocalizedText(kk: "пайыз (90%)", ru: "процент (90%)", en: "a percent (90%)")
    case .money:
      LocalizedText(
        kk: "теңгемен сома (35000 KZT)", ru: "сумма в тенге (35000 KZT)",
        en: "an amount in tenge (35000 KZT)")
    case .date:
      LocalizedText(kk: "күн (YYYY-MM-DD)", ru: "дата (YYYY-MM-DD)", en: "a date (YYYY-MM-DD)")
    }
  }
}

extension FactType {
  /// The type as it reads in "'gpa' is decimal"; English keeps the policy language's own word.
  var display: Diagnostic.Message {
    switch self {
    case .enumeration: LocalizedText(kk: "тізімнен бір сөз", ru: "слово из перечня", en: rawValue)
    case .code: LocalizedText(kk: "код", ru: "код", en: rawValue)
    case .integer: LocalizedText(kk: "бүтін сан", ru: "целое число", en: rawValue)
    case .decimal: LocalizedText(kk: "бөлшек сан", ru: "дробное число", en: rawValue)
    case .percent: LocalizedText(kk: "пайыз", ru: "процент", en: rawValue)
    case .date: LocalizedText(kk: "күн", ru: "дата", en: rawValue)
    case .bool: LocalizedText(kk: "иә/жоқ", ru: "да/нет", en: rawValue)
    case .set: LocalizedText(kk: "жиын", ru: "множество", en: rawValue)
    }
  }
}
