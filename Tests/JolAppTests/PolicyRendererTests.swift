import Foundation
import JolFormat
import JolModel
import Testing

@testable import JolApp
@testable import JolPolicy

/// The byte-buffer JSON line must be exactly the readable reference renderer's output.
@Suite struct PolicyRendererTests {
  /// The seeded generator, with the two draws these tests use.
  struct Draws {
    var random: JolModel.SplitMix64
    init(state: UInt64) { random = JolModel.SplitMix64(seed: state) }
    mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    mutating func maybe() -> Bool { random.next() % 5 != 0 }
  }

  func shippedPolicies() throws -> PolicySet {
    let root = repositoryRoot + "/Policies/"
    let names = [
      "scholarships/state-tvet-scholarship.policy", "scholarships/akim-named-scholarship.policy",
      "grants/dual-training-grant.policy", "grants/rural-youth-grant.policy",
    ]
    let (set, diagnostics) = PolicySet.load(
      files: try names.map { ($0, try String(contentsOfFile: root + $0, encoding: .utf8)) })
    #expect(diagnostics.isEmpty)
    return set
  }

  /// Random facts around the shipped thresholds, some missing, some with text needing escapes.
  func randomFacts(_ random: inout Draws, _ index: Int) -> Facts {
    var facts = Facts(id: index % 7 == 0 ? "L\"\(index)\\\n\t" : "L\(index)")
    if random.maybe() { facts.stage = [.school, .college, .university][random.below(3)] }
    if random.maybe() { facts.grade = 8 + random.below(4) }
    if random.maybe() { facts.funding = [.stateOrder, .paid, .targetedOrder][random.below(3)] }
    if random.maybe() { facts.form = [.fullTime, .extramural, .evening][random.below(3)] }
    if random.maybe() { facts.dualTraining = random.below(2) == 0 }
    if random.maybe() {
      facts.qualificationLevel = [.worker, .specialist, .appliedBachelor][random.below(3)]
    }
    if random.maybe() { facts.lowestGrade = 2 + random.below(4) }
    if random.maybe() { facts.gpa = FixedDecimal(units: Int64(25_000 + random.below(25_001))) }
    if random.maybe() {
      facts.attendance = FixedDecimal(units: Int64(800_000 + random.below(200_001)))
    }
    if random.maybe() { facts.course = 1 + random.below(4) }
    if random.maybe() { facts.age = 14 + random.below(14) }
    if random.maybe() { facts.categories = random.below(3) == 0 ? [.rural, .disability] : [] }
    if random.maybe() {
      facts.specialty = SpecialtyCode(
        rawValue: ["06130100", "07150100", "x\u{1}"][random.below(3)])
    }
    if random.maybe() { facts.awards = random.below(4) == 0 ? ["akim-named-scholarship"] : [] }
    if random.maybe() {
      facts.appliedOn = CivilDate("2026-06-10")!.adding(days: random.below(120))
    }
    if random.maybe() { facts.enterpriseAgreement = random.below(2) == 0 }
    if random.maybe() { facts.workObligationYears = random.below(5) }
    if random.maybe() { facts.employer = "980640000123" }
    return facts
  }

  @Test func theByteWriterMatchesTheReferenceRendererEverywhere() throws {
    let set = try shippedPolicies()
    var random = Draws(state: 2026)
    let dates = [
      "2025-08-31", "2026-07-15", "2026-08-25", "2026-09-01", "2026-10-01", "2027-01-01",
    ]
    .map { CivilDate($0)! }
    var checked = 0
    for index in 0..<1500 {
      let facts = randomFacts(&random, index)
      let policy = set.policies[random.below(set.policies.count)]
      let date = dates[random.below(dates.count)]
      let language = Language.allCases[random.below(3)]
      let decision = Evaluator.evaluate(policy, facts, asOf: date, explain: random.below(3) != 0)
      var buffer = JSONBytes(capacity: 16)
      DecisionRenderer.writeJSONLine(decision, language: language, into: &buffer)
      let expected = DecisionRenderer.json(decision, language: language) + "\n"
      #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected)
      checked += 1
    }
    #expect(checked == 1500)
  }

  /// A core's own compilation of a policy (`PolicyFiles.policyCompiler`'s `again`), by file
  /// or by id, decides and explains exactly as the first, with texts of its own.
  @Test(arguments: ["state-tvet-scholarship", "Policies/grants/dual-training-grant.policy"])
  func aSecondCompilationDecidesAsTheFirst(_ reference: String) throws {
    let console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 0 },
      workingDirectory: repositoryRoot)
    let context = Context(
      console: console, language: .en, dataDirectory: "/",
      policiesDirectory: repositoryRoot + "/Policies")
    let date = CivilDate("2026-10-01")!
    let (policy, again) = try PolicyFiles.policyCompiler(reference, on: date, context)
    let second = try #require(again())
    var random = Draws(state: 7)
    for index in 0..<400 {
      let facts = randomFacts(&random, index)
      let language = Language.allCases[index % 3]
      for explain in [false, true] {
        #expect(
          DecisionRenderer.json(
            Evaluator.evaluate(second, facts, asOf: date, explain: explain), language: language)
            == DecisionRenderer.json(
              Evaluator.evaluate(policy, facts, asOf: date, explain: explain), language: language))
      }
    }
    var (first, copied) = (policy.textHash, second.textHash)
    #expect(first == copied)
    let apart = first.withUTF8 { one in copied.withUTF8 { one.baseAddress != $0.baseAddress } }
    #expect(apart)
  }

  @Test func numbersAndMoneyAreWrittenLikeTheirDescriptions() {
    var buffer = JSONBytes()
    for tiyn: Int64 in [0, 5, 50, 100, 3_739_225, -1_234_567_89, 100_000_000_00] {
      buffer.removeAll()
      buffer.money(Money(tiyn: tiyn))
      #expect(String(decoding: buffer.bytes, as: UTF8.self) == Money(tiyn: tiyn).description)
      buffer.removeAll()
      buffer.formattedMoney(Money(tiyn: tiyn), .kk)
      #expect(
        String(decoding: buffer.bytes, as: UTF8.self) == LocalNumber.money(Money(tiyn: tiyn), .kk))
    }
    for units: Int64 in [0, 1, 35_000, 34_000, -500, 1_000_000_000, 12_345] {
      buffer.removeAll()
      buffer.fixed(units, places: 4)
      #expect(
        String(decoding: buffer.bytes, as: UTF8.self) == FixedDecimal(units: units).description)
    }
  }
}
