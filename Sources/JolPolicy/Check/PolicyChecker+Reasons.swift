import JolModel

/// Reason texts: every key used has kk, ru and en texts; every text is used; every `{name}` in a
/// text is a fact or parameter.
extension PolicyChecker {
  mutating func checkReasons() -> [String: LocalizedText] {
    var result: [String: LocalizedText] = [:]
    var declared: [String: SourceLocation] = [:]
    for reason in syntax.reasons {
      let key = reason.key.value
      if declared[key] != nil {
        sink.error(reason.key.location, .textsTwice(key))
        continue
      }
      declared[key] = reason.key.location
      if reasonUses[key] == nil && BuiltInReasons.texts[key] == nil {
        let near = EditDistance.closest(to: key, among: reasonUses.keys.sorted())
        sink.error(reason.key.location, .unusedReason(key, near: near))
      }
      var texts = LocalizedText(kk: "", ru: "", en: "")
      for language in Language.allCases {
        guard let text = reason.texts.texts[language] else {
          sink.error(reason.key.location, .reasonWithout(key, language))
          continue
        }
        checkPlaceholders(text)
        switch language {
        case .kk: texts.kk = text.value
        case .ru: texts.ru = text.value
        case .en: texts.en = text.value
        }
      }
      result[key] = texts
    }
    for (key, location) in reasonUses.sorted(by: { $0.value < $1.value }) where declared[key] == nil
    {
      sink.error(location, .reasonWithoutTexts(key))
    }
    return result
  }

  private mutating func checkPlaceholders(_ text: Located<String>) {
    var rest = Substring(text.value)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else {
        sink.error(text.location, .unclosedBrace)
        return
      }
      let name = String(rest[rest.index(after: open)..<close])
      if Fact(rawValue: name) == nil && parameterIndex[name] == nil {
        let known = Fact.names + parameterIndex.keys.sorted()
        let near = EditDistance.closest(to: name, among: known)
        sink.error(text.location, .unknownPlaceholder(name, near: near))
      } else if let index = parameterIndex[name] {
        parameterUsed.insert(index)
      }
      rest = rest[rest.index(after: close)...]
    }
  }
}

extension Diagnostic.Message {
  fileprivate static func textsTwice(_ key: String) -> Self {
    Self(
      kk: "'\(key)' себебінің мәтіндері екі рет берілген",
      ru: "тексты причины '\(key)' заданы дважды",
      en: "reason '\(key)' has texts twice")
  }

  fileprivate static func unusedReason(_ key: String, near: String?) -> Self {
    let head = Self(
      kk: "'\(key)' себебін ешбір талап не үстеме қолданбайды",
      ru: "причина '\(key)' не используется ни одним требованием или надбавкой",
      en: "reason '\(key)' is never used by a requirement or supplement")
    return near.map { head + .didYouMean($0) } ?? head
  }

  fileprivate static func reasonWithout(_ key: String, _ language: Language) -> Self {
    let code = language.rawValue
    return Self(
      kk: "'\(key)' себебінде '\(code)' мәтіні жоқ: kk, ru және en күтілді",
      ru: "у причины '\(key)' нет текста '\(code)': ожидаются kk, ru и en",
      en: "reason '\(key)' has no '\(code)' text: expected kk, ru and en")
  }

  fileprivate static func reasonWithoutTexts(_ key: String) -> Self {
    Self(
      kk: "'\(key)' себебінің мәтіндері жоқ: kk, ru және en жолдарымен 'reason \(key)' қосыңыз",
      ru: "у причины '\(key)' нет текстов: добавьте 'reason \(key)' со строками kk, ru и en",
      en: "reason '\(key)' has no texts: add 'reason \(key)' with kk, ru and en lines")
  }

  fileprivate static let unclosedBrace = Self(
    kk: "мәтіндегі '{' жабылмаған: {gpa} немесе {min_gpa} деп жазыңыз",
    ru: "в тексте не закрыта '{': пишите {gpa} или {min_gpa}",
    en: "unclosed '{' in text: write {gpa} or {min_gpa}")

  fileprivate static func unknownPlaceholder(_ name: String, near: String?) -> Self {
    let head = Self(
      kk: "мәтіндегі '{\(name)}' атауы белгісіз: факт немесе параметр күтілді",
      ru: "неизвестное имя '{\(name)}' в тексте: ожидается факт или параметр",
      en: "unknown name '{\(name)}' in text: expected a fact or parameter")
    guard let near else { return head }
    return head
      + Self(
        kk: "; '{\(near)}' болуы мүмкін бе?", ru: "; может быть, '{\(near)}'?",
        en: "; did you mean '{\(near)}'?")
  }
}
