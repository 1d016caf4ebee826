import JolModel
import Testing

@testable import JolPolicy

/// Every entry of the fact vocabulary (``FactVocabulary``), walked: a fact added there is tested
/// here by being added. Values are chosen by the fact's type and bounds (``FactSample``), never by
/// its name, so a new entry needs no new case.
@Suite struct FactVocabularyTests {
  static let asOf = date("2026-10-01")

  @Test(arguments: Fact.allCases)
  func hasANameAndTitlesInEveryLanguage(_ fact: Fact) {
    #expect(Fact(rawValue: fact.rawValue) == fact)
    #expect(fact.rawValue.allSatisfy { $0.isLowercase || $0 == "_" }, "snake_case name")
    for language in Language.allCases {
      #expect(!fact.title[language].isEmpty, "\(fact) has no \(language) title")
    }
    for word in fact.enumerationValues {
      let title = fact.title(ofCode: word)
      #expect(title != nil, "\(fact) value \(word) has no title")
      for language in Language.allCases {
        #expect(title?[language].isEmpty == false, "\(fact) value \(word): \(language)")
      }
    }
    switch fact.type {
    case .integer, .decimal, .percent: #expect(fact.bounds != nil, "\(fact) has no bounds")
    case .enumeration: #expect(!fact.enumerationValues.isEmpty)
    default: #expect(fact.bounds == nil)
    }
  }

  @Test func namesAreUniqueAndInTheVocabularysOrder() {
    #expect(Set(Fact.names).count == FactVocabulary.entries.count)
    #expect(Fact.allCases.map(\.index) == Array(FactVocabulary.entries.indices))
    #expect(Fact.names == FactVocabulary.entries.map(\.name))
  }

  @Test(arguments: Fact.allCases)
  func valuesRoundTripThroughTheirCanonicalText(_ fact: Fact) throws {
    let sample = FactSample(fact)
    for raw in [sample.passing, sample.failing] {
      var facts = Facts(id: "L1")
      try facts.set(fact, raw)
      let value = try #require(facts.value(of: fact, asOf: Self.asOf), "\(fact)")
      var again = Facts(id: "L1")
      try again.set(fact, .scalar(value.canonical))
      #expect(again.value(of: fact, asOf: Self.asOf) == value, "\(fact): \(value.canonical)")
      again.clear(fact)
      #expect(again.value(of: fact, asOf: Self.asOf) == nil, "\(fact) cleared")
    }
  }

  @Test(arguments: Fact.allCases)
  func parsesInAFactFile(_ fact: Fact) throws {
    let sample = FactSample(fact)
    let line = "{\"id\": \"L1\", \"\(fact.rawValue)\": \(sample.json)}"
    let parsed = try FactsFile.parse(Array(line.utf8), fileName: "facts.jsonl")
    #expect(parsed.first?.value(of: fact, asOf: Self.asOf) == sample.value, "\(line)")
  }

  @Test(arguments: Fact.allCases)
  func parsesInATestFile(_ fact: Fact) throws {
    let sample = FactSample(fact)
    let text = """
      policy fact-probe
      case "one fact"
        as-of 2026-10-01
        facts \(fact.rawValue)=\(sample.testText)
        expect eligible
      """
    let (file, diagnostics) = PolicyTestParser.parse(file: "probe.tests", text: text)
    #expect(diagnostics.isEmpty, "\(fact): \(diagnostics.map(\.description))")
    #expect(file?.cases.first?.facts.value(of: fact, asOf: Self.asOf) == sample.value)
  }

  /// The checker accepts a `require` on the fact, and the compiled condition reads the fact's
  /// own value: it passes with that fact alone, and fails when every other fact passes but this
  /// one does not (a condition reading another fact's value would pass). Every fact but
  /// `diagnostic_direction`, which no requirement may name (results guide, never select:
  /// `DiagnosticRequirementTests`).
  @Test(arguments: Fact.allCases.filter { $0 != .diagnosticDirection })
  func aRequirementReadsItsOwnFact(_ fact: Fact) throws {
    let sample = FactSample(fact)
    let text = """
      policy fact-probe
      version 1
      title kk "Сынақ" ru "Проба" en "Probe"
      basis "Test"
      effective 2026-01-01 .. 2027-12-31
      consider all
      require \(sample.condition) because probe
      reason probe kk "сынақ" ru "проба" en "probe"
      """
    let (compiled, diagnostics) = PolicySet.compile(path: "probe.policy", text: text)
    #expect(diagnostics.isEmpty, "\(fact): \(diagnostics.map(\.description))")
    let policy = try #require(compiled)

    var alone = Facts(id: "alone")
    try alone.set(fact, sample.passing)
    #expect(policy.quickDecision(alone, asOf: Self.asOf).outcome == .eligible, "\(fact) alone")

    var others = Facts(id: "others")
    for other in Fact.allCases where other != fact {
      try others.set(other, FactSample(other).passing)
    }
    let withoutIt = Evaluator.evaluate(policy, others, asOf: Self.asOf, explain: false)
    #expect(withoutIt.outcome != .eligible, "\(fact) unset, every other fact set")
    if others.value(of: fact, asOf: Self.asOf) == nil {
      #expect(withoutIt.outcome == .needsInformation && withoutIt.missingFacts == [fact])
    }

    var failing = others
    try failing.set(fact, sample.failing)
    #expect(
      policy.quickDecision(failing, asOf: Self.asOf).outcome == .ineligible,
      "\(fact) failing, every other fact passing")
  }
}

/// Values for a fact chosen from its type and bounds: one that satisfies ``condition`` and one
/// that does not, as a fact file, a test file and a policy write them.
struct FactSample {
  let fact: Fact
  /// The value satisfying the condition, as read from a file.
  let passing: Facts.RawValue
  /// A value of the same fact that fails the condition.
  let failing: Facts.RawValue
  /// The passing value as JSON.
  let json: String
  /// The passing value as a test file writes it.
  let testText: String
  /// A condition on the fact that the passing value satisfies.
  let condition: String

  init(_ fact: Fact) {
    self.fact = fact
    let name = fact.rawValue
    switch fact.definition.storage {
    case .enumeration(let words):
      let all = words.words ?? []
      let word = all.last!
      (passing, failing) = (.scalar(word), .scalar(all.first!))
      (json, testText, condition) = ("\"\(word)\"", word, "\(name) = \(word)")
    case .code(let words):
      let known = words.words ?? ["X1", "X2"]
      (passing, failing) = (.scalar(known[0]), .scalar(known[1]))
      (json, testText, condition) = (
        "\"\(known[0])\"", "\"\(known[0])\"", "\(name) = \"\(known[0])\""
      )
    case .integer, .decimal, .percent:
      let bounds = fact.bounds!
      let high = bounds.upperBound.description
      let unit = fact.type == .percent ? "%" : ""
      (passing, failing) = (.scalar(high), .scalar(bounds.lowerBound.description))
      (json, testText, condition) = (high, high + unit, "\(name) >= \(high)\(unit)")
    case .date:
      (passing, failing) = (.scalar("2026-01-15"), .scalar("2026-01-16"))
      (json, testText, condition) = ("\"2026-01-15\"", "2026-01-15", "\(name) = 2026-01-15")
    case .bool:
      (passing, failing) = (.bool(true), .bool(false))
      (json, testText, condition) = ("true", "yes", "\(name) = yes")
    case .set(let set):
      let word = set.members == .categories ? Category.rural.rawValue : "some-policy"
      (passing, failing) = (.list([word]), .list([]))
      (json, testText, condition) = ("[\"\(word)\"]", "[\(word)]", "\(name) has \(word)")
    }
  }

  /// The passing value as the facts hold it.
  var value: Value? {
    var facts = Facts(id: "sample")
    try? facts.set(fact, passing)
    return facts.value(of: fact, asOf: FactVocabularyTests.asOf)
  }
}
