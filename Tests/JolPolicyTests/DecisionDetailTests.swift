import JolModel
import Testing

@testable import JolPolicy

/// `jol policy eval` without `--explain` asks for a refusal's reasons only: the decision must
/// be the fully explained one with its passed criteria left out (and, for JSON lines, its
/// parameters), whatever the policy, subject or date, in every language and format.
@Suite struct DecisionDetailTests {
  @Test func refusalsAreTheFullDecisionWithoutWhatPassed() throws {
    let set = try ShippedPoliciesTests.load()
    var generator = SyntheticGenerator(seed: 31)
    var refusals = 0
    for policy in set.policies {
      for index in 0..<600 {
        let subject = generator.facts(id: "L\(index)", known: index % 3 == 0 ? 60 : 100)
        let day = date("2025-06-01").adding(days: Int(generator.random.next() % 900))
        var full = Evaluator.evaluate(policy, subject, asOf: day, detail: .full)
        full.criteria.removeAll { $0.status == .pass }
        let short = Evaluator.evaluate(policy, subject, asOf: day, detail: .refusals)
        if !short.criteria.isEmpty { refusals += 1 }
        var reasons = Evaluator.evaluate(policy, subject, asOf: day, detail: .reasons)
        #expect(reasons.parameters.isEmpty)
        reasons.parameters = full.parameters
        for language in Language.allCases {
          #expect(
            DecisionRenderer.json(reasons, language: language)
              == DecisionRenderer.json(full, language: language), "\(policy.id) \(index) \(day)")
          #expect(
            DecisionRenderer.json(short, language: language)
              == DecisionRenderer.json(full, language: language), "\(policy.id) \(index) \(day)")
          #expect(
            DecisionRenderer.text(short, language: language)
              == DecisionRenderer.text(full, language: language), "\(policy.id) \(index) \(day)")
        }
      }
    }
    // The comparison means something only if refusals, with their values, were met.
    #expect(refusals > 100)
  }

  /// A day worked out once and reused for many subjects decides each as deciding it on the
  /// date alone does — days before, in and after a policy's effect included.
  @Test func aDayReusedDecidesAsTheDateDoes() throws {
    let set = try ShippedPoliciesTests.load()
    var generator = SyntheticGenerator(seed: 5)
    for policy in set.policies {
      for day in ["2019-01-01", "2025-09-01", "2026-10-01", "2031-06-30"].map(date) {
        let reused = policy.day(day)
        #expect(reused.asOf == day)
        #expect((reused.context == nil) == !policy.isInEffect(on: day))
        for index in 0..<60 {
          let subject = generator.facts(id: "L\(index)", known: 100)
          for detail in [DecisionDetail.full, .refusals, .reasons, .outcome] {
            let once = Evaluator.evaluate(policy, subject, on: reused, detail: detail)
            let alone = Evaluator.evaluate(policy, subject, asOf: day, detail: detail)
            #expect(
              DecisionRenderer.json(once, language: .ru)
                == DecisionRenderer.json(alone, language: .ru), "\(policy.id) \(day)")
          }
        }
      }
    }
  }

  @Test func theOutcomeDetailIsTheOldUnexplainedDecision() throws {
    let set = try ShippedPoliciesTests.load()
    var generator = SyntheticGenerator(seed: 32)
    for policy in set.policies {
      for index in 0..<300 {
        let subject = generator.facts(id: "L\(index)", known: 80)
        let day = date("2026-10-01")
        let quick = Evaluator.evaluate(policy, subject, asOf: day, detail: .outcome)
        let full = Evaluator.evaluate(policy, subject, asOf: day, detail: .full)
        #expect(quick.outcome == full.outcome)
        #expect(quick.amount == full.amount)
        #expect(quick.missingFacts == full.missingFacts)
        #expect(quick.parameters.isEmpty)
        #expect(
          quick.criteria.map(\.id)
            == full.criteria.filter { [.fail, .unknown].contains($0.status) }
            .map(\.id))
        #expect(quick.criteria.allSatisfy { $0.values.isEmpty && $0.nearestMiss.isEmpty })
      }
    }
  }
}
