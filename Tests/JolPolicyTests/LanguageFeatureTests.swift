import JolModel
import Testing

@testable import JolPolicy

/// Each condition form, with three-valued (Kleene) logic over missing facts.
struct LanguageFeatureTests {
  static func policy(_ condition: String) -> CompiledPolicy {
    let text = """
      policy feature
      version 1
      title kk "а" ru "б" en "c"
      basis "test"
      effective 2026-01-01 ..
      consider all
      require \(condition) because k
      reason k kk "а" ru "б" en "c"
      """
    let (policy, diagnostics) = PolicySet.compile(path: "feature.policy", text: text)
    precondition(diagnostics.isEmpty, "\(diagnostics)")
    return policy!
  }

  static let cases: [(String, @Sendable (inout Facts) -> Void, Outcome)] = [
    ("categories has all [rural, orphan]", { $0.categories = [.rural, .orphan] }, .eligible),
    ("categories has all [rural, orphan]", { $0.categories = [.rural] }, .ineligible),
    ("categories has none [orphan]", { $0.categories = [.rural] }, .eligible),
    ("categories has none [orphan]", { _ in }, .needsInformation),
    ("stage not in [school, outside]", { $0.stage = .college }, .eligible),
    ("stage != college", { $0.stage = .college }, .ineligible),
    ("employer is known", { _ in }, .ineligible),
    ("employer is not known", { _ in }, .eligible),
    // true or unknown
    ("gpa >= 4 or categories has orphan", { $0.categories = [.orphan] }, .eligible),
    // unknown or false
    ("gpa >= 4 or categories has orphan", { $0.categories = [] }, .needsInformation),
    // unknown and false
    ("gpa >= 4 and categories has orphan", { $0.categories = [] }, .ineligible),
    ("not (gpa >= 4)", { $0.gpa = FixedDecimal("3.9") }, .eligible),
    ("applied_on <= 2026-09-30", { $0.appliedOn = CivilDate("2026-09-30") }, .eligible),
    ("age >= 16", { $0.birthDate = CivilDate("2010-10-02") }, .ineligible),  // 15 on 2026-10-01
    ("age >= 16", { $0.birthDate = CivilDate("2010-10-01") }, .eligible),
    ("mentorship = yes", { $0.mentorship = false }, .ineligible),
    ("attendance > 90%", { $0.attendance = FixedDecimal("90") }, .ineligible),
    (
      "specialty in [07150500, \"07130100\"]",
      { $0.specialty = SpecialtyCode(rawValue: "07130100") }, .eligible
    ),
  ]

  @Test(arguments: cases.indices)
  func conditionForms(index: Int) {
    let (condition, build, expected) = Self.cases[index]
    var subject = Facts(id: "x")
    build(&subject)
    let decision = Evaluator.evaluate(Self.policy(condition), subject, asOf: date("2026-10-01"))
    #expect(decision.outcome == expected, "\(condition)")
  }

  @Test func strictThresholdMissIsWordedAsBeyond() {
    var subject = Facts(id: "x")
    subject.attendance = FixedDecimal("90")
    let decision = Evaluator.evaluate(
      Self.policy("attendance > 90%"), subject, asOf: date("2026-10-01"))
    let miss = decision.criteria[0].nearestMiss[0]
    #expect(miss.text(.en) == "needs attendance beyond 90% (now 90%)")
    #expect(miss.text(.ru) == "нужно: посещаемость выше 90% (сейчас 90%)")
  }
}
