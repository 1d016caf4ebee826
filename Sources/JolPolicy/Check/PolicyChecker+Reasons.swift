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
    CheckMessage.textsTwice.text(["key": key])
  }

  fileprivate static func unusedReason(_ key: String, near: String?) -> Self {
    let head = CheckMessage.unusedReason.text(["key": key])
    return near.map { head + .didYouMean($0) } ?? head
  }

  fileprivate static func reasonWithout(_ key: String, _ language: Language) -> Self {
    let code = language.rawValue
    return CheckMessage.reasonWithout.text(["key": key, "code": code])
  }

  fileprivate static func reasonWithoutTexts(_ key: String) -> Self {
    CheckMessage.reasonWithoutTexts.text(["key": key])
  }

  fileprivate static let unclosedBrace = CheckMessage.unclosedBrace.text()

  fileprivate static func unknownPlaceholder(_ name: String, near: String?) -> Self {
    let head = CheckMessage.unknownPlaceholder.text(["name": name])
    guard let near else { return head }
    return head
      + CheckMessage.didYouMeanPlaceholder.text(["near": near])
  }
}
