import JolModel
import Testing

@testable import JolPolicy

struct EvaluatorTests {
  let policy = compileSample()

  func good(_ id: String = "L1") -> Facts {
    facts(id) {
      $0.stage = .college
      $0.form = .fullTime
      $0.gpa = FixedDecimal("3.8")
      $0.attendance = FixedDecimal("95")
      $0.qualificationLevel = .specialist
      $0.lowestGrade = 4
      $0.categories = []
    }
  }

  @Test func eligibleWithTableAmount() {
    let decision = Evaluator.evaluate(policy, good(), asOf: date("2026-10-01"))
    #expect(decision.outcome == .eligible)
    #expect(decision.amount == Amount(value: Money(tenge: 40000), per: .month))
    #expect(decision.criteria.allSatisfy { $0.status == .pass })
    #expect(decision.textHash == SHA256.hex(samplePolicy))
  }

  @Test func supplementWhenAllExcellent() {
    var subject = good()
    subject.lowestGrade = 5
    let decision = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"))
    #expect(decision.amount?.value == Money(tenge: 46000))
  }

  @Test func datedParameterChangesAtItsDate() {
    var subject = good()
    subject.gpa = FixedDecimal("3.55")
    #expect(Evaluator.evaluate(policy, subject, asOf: date("2026-12-31")).outcome == .eligible)
    let later = Evaluator.evaluate(policy, subject, asOf: date("2027-01-01"))
    #expect(later.outcome == .ineligible)
    #expect(later.failedReasons == ["gpa-below-minimum"])
    let gpa = later.criteria.first { $0.id == "gpa-below-minimum" }!
    #expect(gpa.nearestMiss.first?.change == .decimal(FixedDecimal("0.05")!))
    #expect(
      later.reasonText(gpa, .ru)
        == "Средний балл 3,55 < 3,6 — не хватает: средний балл +0,05 (3,55 → 3,6)")
    #expect(later.reasonText(gpa, .en) == "GPA 3.55 < 3.6 — needs GPA +0.05 (3.55 → 3.6)")
    #expect(later.parameters.contains { $0.name == "min_gpa" && $0.from == date("2027-01-01") })
  }

  @Test func missingFactGivesNeedsInformationNamingIt() {
    var subject = good()
    subject.gpa = nil
    let decision = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"))
    #expect(decision.outcome == .needsInformation)
    #expect(decision.missingFacts == [.gpa])
    #expect(decision.criteria.first { $0.id == "gpa-below-minimum" }?.status == .unknown)
  }

  @Test func knownFailureWinsOverUnknown() {
    var subject = good()
    subject.gpa = nil
    subject.stage = .school
    #expect(Evaluator.evaluate(policy, subject, asOf: date("2026-10-01")).outcome == .ineligible)
  }

  @Test func waiverAndHigherPriorityEnforcement() {
    var subject = good()
    subject.attendance = FixedDecimal("70")
    #expect(Evaluator.evaluate(policy, subject, asOf: date("2026-10-01")).outcome == .ineligible)
    subject.categories = [.orphan]
    let waived = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"))
    #expect(waived.outcome == .eligible)
    #expect(waived.criteria.first { $0.id == "attendance-too-low" }?.status == .waived)
    subject.attendance = FixedDecimal("40")
    let enforced = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"))
    #expect(enforced.outcome == .ineligible)
    #expect(enforced.criteria.first { $0.id == "attendance-too-low" }?.decidedByPriority == 20)
  }

  @Test func unknownExceptionMakesCriterionUnknown() {
    var subject = good()
    subject.attendance = FixedDecimal("70")
    subject.categories = nil
    let decision = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"))
    #expect(decision.outcome == .needsInformation)
    #expect(decision.missingFacts == [.categories])
  }

  @Test func outsideEffectiveWindow() {
    let decision = Evaluator.evaluate(policy, good(), asOf: date("2027-09-01"))
    #expect(decision.outcome == .ineligible)
    #expect(decision.failedReasons == ["policy-not-in-effect"])
  }

  @Test func quickDecisionAgreesWithExplainedDecision() {
    var rng = SyntheticGenerator(seed: 7)
    for index in 0..<2000 {
      let subject = rng.facts(id: "L\(index)")
      let day = date("2026-09-01").adding(days: Int(rng.random.next() % 400))
      let full = Evaluator.evaluate(policy, subject, asOf: day)
      let quick = policy.quickDecision(subject, asOf: day)
      #expect(quick.outcome == full.outcome)
      #expect(quick.amount == full.amount?.value)
    }
  }

  @Test func jsonShape() {
    let line = DecisionRenderer.json(
      Evaluator.evaluate(policy, good(), asOf: date("2026-10-01")), language: .en)
    #expect(
      line.hasPrefix("{\"subject\":\"L1\",\"policy\":\"sample-scholarship\",\"version\":\"2\","))
    #expect(
      line.contains(
        "\"outcome\":\"eligible\",\"amount\":{\"value\":\"40000\",\"currency\":\"KZT\",\"per\":\"month\"}"
      ))
    #expect(
      line.contains(
        "{\"id\":\"gpa-below-minimum\",\"status\":\"pass\",\"reason\":\"GPA: 3.8; min_gpa: 3.5\",\"values\":{\"gpa\":\"3.8\",\"min_gpa\":\"3.5\"}}"
      ))
    #expect(!line.contains("\n"))
  }

  @Test func textRenderingIsLocalized() {
    var subject = good()
    subject.gpa = FixedDecimal("3.4")
    let text = DecisionRenderer.text(
      Evaluator.evaluate(policy, subject, asOf: date("2026-10-01")), language: .kk)
    #expect(text.contains("Шешім: тағайындалмайды"))
    // A failed criterion by its reason, with the values and the nearest miss; a passed one by
    // what it requires, in the reader's language — never by its key.
    #expect(
      text.contains("  ✗ Орташа балл 3,4 < 3,5 — жетіспейді: орташа балл +0,1 (3,4 → 3,5)\n"))
    #expect(text.contains("  ✓ білім беру кезеңі = колледж\n"))
    #expect(text.contains("  ✓ сабаққа қатысу ≥ 90% — сабаққа қатысу: 95%"))
    #expect(!text.contains("gpa-below-minimum") && !text.contains("not-in-college"))
  }
}
