import JolFormat
import JolModel

extension DecisionRenderer {
  /// Appends the decision as one JSON line (with the trailing `\n`) to `output`: the same bytes
  /// as ``json(_:language:)`` followed by a newline, written without intermediate strings.
  ///
  /// `json(_:language:)` stays the readable reference; this one is what bulk evaluation calls.
  /// - Complexity: O(length of the line); allocates only for a nearest miss's change.
  public static func writeJSONLine(
    _ decision: Decision, language: Language = .kk, into output: inout JSONBytes
  ) {
    output.raw("{")
    output.key("subject")
    output.string(decision.subject)
    output.raw(",")
    decision.source.jsonHead.withUnsafeBytes { output.append($0) }
    output.key("as_of")
    output.openString()
    output.date(decision.asOf)
    output.closeString()
    output.raw(",")
    output.key("outcome")
    output.openString()
    output.raw(decision.outcome.staticKey)
    output.closeString()
    output.raw(",")
    output.key("amount")
    if let amount = decision.amount {
      output.raw("{\"value\":\"")
      output.money(amount.value)
      output.raw("\",\"currency\":\"KZT\",\"per\":\"")
      output.raw(amount.per.staticKey)
      output.raw("\"}")
    } else {
      output.raw("null")
    }
    output.raw(",")
    output.key("criteria")
    output.raw("[")
    for (index, criterion) in decision.criteria.enumerated() {
      if index > 0 { output.raw(",") }
      writeCriterion(criterion, of: decision, language, &output)
    }
    output.raw("],")
    output.key("supplements")
    output.raw("[")
    for (index, supplement) in decision.supplements.enumerated() {
      if index > 0 { output.raw(",") }
      output.raw("{")
      output.key("id")
      output.string(supplement.id)
      output.raw(",")
      output.key("status")
      output.openString()
      output.raw(supplement.status.staticKey)
      output.closeString()
      output.raw(",")
      output.key("rate")
      output.jsonValue(supplement.rate)
      output.raw(",")
      output.key("added")
      output.openString()
      output.money(supplement.added)
      output.closeString()
      output.raw("}")
    }
    output.raw("],")
    output.key("parameters")
    output.raw("[")
    for (index, parameter) in decision.parameters.enumerated() {
      if index > 0 { output.raw(",") }
      output.raw("{")
      output.key("name")
      output.string(parameter.name)
      output.raw(",")
      output.key("value")
      output.jsonValue(parameter.value)
      output.raw(",")
      output.key("from")
      output.openString()
      output.date(parameter.from)
      output.closeString()
      output.raw("}")
    }
    output.raw("],")
    output.key("missing_facts")
    output.raw("[")
    for (index, fact) in decision.missingFacts.enumerated() {
      if index > 0 { output.raw(",") }
      output.string(fact.rawValue)
    }
    output.raw("]}\n")
  }

  private static func writeCriterion(
    _ criterion: CriterionResult, of decision: Decision, _ language: Language,
    _ output: inout JSONBytes
  ) {
    output.raw("{")
    output.key("id")
    output.string(criterion.id)
    output.raw(",")
    output.key("status")
    output.openString()
    output.raw(criterion.status.staticKey)
    output.closeString()
    output.raw(",")
    output.key("reason")
    output.openString()
    writeReason(criterion, of: decision, language, &output)
    output.closeString()
    output.raw(",")
    output.key("values")
    output.raw("{")
    for (index, named) in criterion.values.enumerated() {
      if index > 0 { output.raw(",") }
      output.string(named.name)
      output.raw(":")
      output.jsonValue(named.value)
    }
    output.raw("}")
    if !criterion.nearestMiss.isEmpty {
      output.raw(",")
      output.key("nearest_miss")
      output.raw("[")
      for (index, miss) in criterion.nearestMiss.enumerated() {
        if index > 0 { output.raw(",") }
        output.raw("{")
        output.key("fact")
        output.string(miss.fact.rawValue)
        output.raw(",")
        output.key("value")
        output.jsonValue(miss.value)
        output.raw(",")
        output.key("required")
        output.jsonValue(miss.required)
        output.raw(",")
        output.key("change")
        output.jsonValue(miss.change)
        output.raw(",")
        output.key("strict")
        output.raw(miss.strict ? "true" : "false")
        output.raw("}")
      }
      output.raw("]")
    }
    if let priority = criterion.decidedByPriority {
      output.raw(",")
      output.key("priority")
      output.integer(Int64(priority))
    }
    output.raw("}")
  }

  /// The same text as ``Decision/reasonText(_:_:)``, written inside an open JSON string.
  static func writeReason(
    _ criterion: CriterionResult, of decision: Decision, _ language: Language,
    _ output: inout JSONBytes
  ) {
    guard criterion.status != .pass else {
      for (index, named) in criterion.values.enumerated() {
        if index > 0 { output.raw("; ") }
        // One lookup serves the fact's title and its value's title.
        let fact = Fact(rawValue: named.name)
        output.content(fact?.title[language] ?? named.name)
        output.raw(": ")
        if let value = named.value {
          output.formatted(value, of: fact, language)
        } else {
          output.raw("?")
        }
      }
      return
    }
    if let template = decision.source.reasonTemplates[criterion.id]?[language] {
      fill(template, criterion.values, decision.parameters, language, &output)
    } else {
      output.content(criterion.id)
    }
    switch criterion.status {
    case .waived:
      output.raw(" — ")
      output.content(waivedWord[language])
      if let priority = criterion.decidedByPriority,
        let exception = decision.requirementTexts[
          CompiledPolicy.exceptionKey(criterion.id, priority: priority)]
      {
        output.raw(": ")
        output.content(exception[language])
      }
    case .unknown:
      output.raw(" — ")
      output.content(unknownWord[language])
      var first = true
      for named in criterion.values where named.value == nil {
        output.raw(first ? ": " : ", ")
        first = false
        writeTitle(named.name, language, &output)
      }
    default:
      break
    }
    for miss in criterion.nearestMiss {
      output.raw(" — ")
      writeNearestMiss(miss, language, &output)
    }
  }

  /// `NearestMiss.text`: its message's template filled in place.
  private static func writeNearestMiss(
    _ miss: NearestMiss, _ language: Language, _ output: inout JSONBytes
  ) {
    let template = miss.strict ? needsBeyond[language] : needsChange[language]
    template.write(into: &output) { name, _, output in
      switch name {
      case "title": output.content(miss.fact.title[language])
      case "now": output.formatted(miss.value, language)
      case "target": output.formatted(miss.required, language)
      case "change": output.content(miss.signedChange(language))
      default: output.content(MessageTemplate.missingMarker(name))
      }
    }
  }

  /// The fact's title in `language`, or the name itself for a parameter.
  @inline(__always)
  private static func writeTitle(_ name: String, _ language: Language, _ output: inout JSONBytes) {
    if let fact = Fact(rawValue: name) {
      output.content(fact.title[language])
    } else {
      output.content(name)
    }
  }

  private static let needsBeyond = SplitTemplates(DecisionMessage.needsBeyond.template.texts)
  private static let needsChange = SplitTemplates(DecisionMessage.needsChange.template.texts)
  private static let waivedWord = DecisionMessage.waived.text()
  private static let unknownWord = DecisionMessage.unknown.text()
}

extension JSONBytes {
  /// `JSONValue(_: Value?)`: null, a boolean, an array for sets, else the canonical text as a string.
  mutating func jsonValue(_ value: Value?) {
    switch value {
    case nil: raw("null")
    case .bool(let flag): raw(flag ? "true" : "false")
    case .set(let items):
      raw("[")
      for (index, item) in items.enumerated() {
        if index > 0 { raw(",") }
        string(item)
      }
      raw("]")
    case .some(let value):
      openString()
      canonical(value)
      closeString()
    }
  }

  /// `Value.canonical`, inside an open string.
  mutating func canonical(_ value: Value) {
    switch value {
    case .integer(let number): integer(number)
    case .decimal(let number): fixed(number.units, places: 4)
    case .percent(let number):
      fixed(number.units, places: 4)
      raw("%")
    case .money(let money): self.money(money)
    case .date(let day): date(day)
    case .text(let text): content(text)
    case .bool(let flag): raw(flag ? "yes" : "no")
    case .set(let items):
      for (index, item) in items.enumerated() {
        if index > 0 { raw(",") }
        content(item)
      }
    }
  }

  /// `Value.formatted(named:_:)`: codes of a fact's closed set by title, inside an open string.
  /// Numbers, dates and money skip the fact lookup.
  @inline(__always)
  mutating func formatted(_ value: Value, named name: String, _ language: Language) {
    guard Fact.mayHaveTitle(value) else { return formatted(value, language) }
    formatted(value, of: Fact(rawValue: name), language)
  }

  /// A value of `fact` (nil for a parameter) with codes by title, without intermediate strings.
  mutating func formatted(_ value: Value, of fact: Fact?, _ language: Language) {
    guard let fact else { return formatted(value, language) }
    switch value {
    case .text(let code):
      if let title = fact.title(ofCode: code) {
        content(title[language])
      } else {
        formatted(value, language)
      }
    case .set(let codes) where !codes.isEmpty:
      for (index, code) in codes.enumerated() {
        if index > 0 { raw(", ") }
        if let title = fact.title(ofCode: code) { content(title[language]) } else { content(code) }
      }
    default: formatted(value, language)
    }
  }

  /// `Value.formatted(language)`, inside an open string.
  mutating func formatted(_ value: Value, _ language: Language) {
    switch value {
    case .decimal(let number): fixed(number.units, places: 4, in: language)
    case .percent(let number):
      fixed(number.units, places: 4, in: language)
      raw("%")
    case .money(let money): formattedMoney(money, language)
    case .bool(let flag):
      content((flag ? FactsMessage.yes : FactsMessage.no).template[language])
    case .set(let items):
      if items.isEmpty { raw("∅") }
      for (index, item) in items.enumerated() {
        if index > 0 { raw(", ") }
        content(item)
      }
    default: canonical(value)
    }
  }
}

extension Outcome {
  var staticKey: StaticString {
    switch self {
    case .eligible: "eligible"
    case .ineligible: "ineligible"
    case .needsInformation: "needs-information"
    }
  }
}

extension CriterionStatus {
  var staticKey: StaticString {
    switch self {
    case .pass: "pass"
    case .fail: "fail"
    case .unknown: "unknown"
    case .waived: "waived"
    }
  }
}

extension Period {
  var staticKey: StaticString {
    switch self {
    case .month: "month"
    case .semester: "semester"
    case .year: "year"
    }
  }
}
