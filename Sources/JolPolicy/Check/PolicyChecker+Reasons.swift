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
        sink.error(reason.key.location, "reason '\(key)' has texts twice")
        continue
      }
      declared[key] = reason.key.location
      if reasonUses[key] == nil && BuiltInReasons.texts[key] == nil {
        var message = "reason '\(key)' is never used by a requirement or supplement"
        if let near = EditDistance.closest(to: key, among: reasonUses.keys.sorted()) {
          message += ": did you mean '\(near)'?"
        }
        sink.error(reason.key.location, message)
      }
      var texts = LocalizedText(kk: "", ru: "", en: "")
      for language in Language.allCases {
        guard let text = reason.texts.texts[language] else {
          sink.error(
            reason.key.location,
            "reason '\(key)' has no '\(language.rawValue)' text: expected kk, ru and en")
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
      sink.error(
        location, "reason '\(key)' has no texts: add 'reason \(key)' with kk, ru and en lines")
    }
    return result
  }

  private mutating func checkPlaceholders(_ text: Located<String>) {
    var rest = Substring(text.value)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else {
        sink.error(text.location, "unclosed '{' in text: write {gpa} or {min_gpa}")
        return
      }
      let name = String(rest[rest.index(after: open)..<close])
      if Fact(rawValue: name) == nil && parameterIndex[name] == nil {
        let known = Fact.names + parameterIndex.keys.sorted()
        var message = "unknown name '{\(name)}' in text: expected a fact or parameter"
        if let near = EditDistance.closest(to: name, among: known) {
          message += "; did you mean '{\(near)}'?"
        }
        sink.error(text.location, message)
      } else if let index = parameterIndex[name] {
        parameterUsed.insert(index)
      }
      rest = rest[rest.index(after: close)...]
    }
  }
}
