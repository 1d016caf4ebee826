import JolModel

/// What a criterion requires, as a person reads it in their language: the condition as written,
/// with facts by their titles and closed-set values by theirs («білім беру кезеңі = колледж»,
/// «орташа балл ≥ min_gpa»). Explanations show a passed criterion, and round listings a failed
/// one, by it — never by the reason key.
extension TypedCondition {
  /// The requirement text; `parameters` are the policy's parameter names, by index.
  func requirement(_ parameters: [String]) -> LocalizedText {
    LocalizedText.each { text($0, parameters, nested: false) }
  }

  private func text(_ language: Language, _ parameters: [String], nested: Bool) -> String {
    switch self {
    case .and(let parts), .or(let parts):
      let word: LocalizedText =
        if case .and = self {
          OutlineMessage.and.text()
        } else {
          OutlineMessage.or.text()
        }
      let joined = parts.map { $0.text(language, parameters, nested: true) }
        .joined(separator: word[language])
      return nested ? "(" + joined + ")" : joined
    case .not(let inner):
      let word = OutlineMessage.not.text(in: language)
      return language == .kk
        ? "(" + inner.text(language, parameters, nested: false) + ") " + word
        : word + " (" + inner.text(language, parameters, nested: false) + ")"
    case .numeric(let fact, let comparison, let operand, let kind):
      let right: String =
        switch operand {
        case .constant(let raw): kind.value(raw).formatted(language)
        case .parameter(let index): index < parameters.count ? parameters[index] : "?"
        }
      return "\(fact.title[language]) \(comparison.sign) \(right)"
    case .member(let fact, let words):
      let values = Self.list(fact, words.sorted(), language)
      return words.count == 1
        ? "\(fact.title[language]) = \(values)" : "\(fact.title[language]) ∈ {\(values)}"
    case .bool(let fact, let value):
      return "\(fact.title[language]): \(Value.bool(value).formatted(language))"
    case .set(let fact, let test, let words):
      let values = "{" + Self.list(fact, words, language) + "}"
      let phrase: LocalizedText =
        switch test {
        case .any:
          OutlineMessage.anyOf.text(["values": values])
        case .all:
          OutlineMessage.allOf.text(["values": values])
        case .none:
          OutlineMessage.noneOf.text(["values": values])
        }
      return "\(fact.title[language]): \(phrase[language])"
    case .known(let fact):
      // "fact: known", like the other phrases: a predicate after the fact's title would have
      // to agree with it in gender in Russian («дата известна», «курс известен»).
      return "\(fact.title[language]): " + OutlineMessage.known.text(in: language)
    }
  }

  /// Values by their titles; a long list shows its first three and how many there are.
  private static func list(_ fact: Fact, _ words: [String], _ language: Language) -> String {
    let shown = words.prefix(3).map { fact.formatted(.text($0), language) }
    return words.count <= 3
      ? shown.joined(separator: ", ") : shown.joined(separator: ", ") + ", … (\(words.count))"
  }
}

extension CompiledPolicy {
  /// What each criterion requires, by reason key (see ``TypedCondition/requirement(_:)``), and
  /// the condition of each of its exceptions, by ``exceptionKey(_:priority:)``.
  func makeRequirementTexts() -> [String: LocalizedText] {
    let names = parameters.map(\.name)
    var texts: [String: LocalizedText] = [:]
    for criterion in criteria {
      texts[criterion.key] = criterion.condition.requirement(names)
      for rule in criterion.rules {
        texts[Self.exceptionKey(criterion.key, priority: rule.priority)] =
          rule.condition.requirement(names)
      }
    }
    return texts
  }

  /// The key of the text of a criterion's exception: the reason key and the rule's priority.
  static func exceptionKey(_ key: String, priority: Int) -> String { "\(key)#\(priority)" }
}
