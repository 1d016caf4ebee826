import JolModel
import Testing

@testable import JolPolicy

/// `supplement RATE rounded to STEP`: the supplement is paid as a multiple of the step, rounded
/// half up, in the explained and the quick decision alike, shown in outlines, and a step that is
/// not a positive amount is an error at the step.
@Suite struct RoundedSupplementTests {
  static func policy(_ supplement: String, amount: String = "41896 KZT") -> String {
    // The parameter is declared only where used: an unused one is an error.
    let step = supplement.contains("to step") ? "parameter step\n  from 2026-09-01 = 10 KZT\n" : ""
    return MarkedPolicy.header + step + """
      amount \(amount) per month
      \(supplement)
      reason all-excellent kk "Барлығы «өте жақсы»" ru "Все «отлично»" en "All excellent"

      """
  }

  static func decide(_ text: String, lowestGrade: Int = 5) throws -> (Decision, QuickDecision) {
    let (set, errors) = PolicySet.load(files: [("rounded.policy", text)], otherPolicies: [])
    #expect(errors.isEmpty, "\(errors)")
    let policy = try #require(set.policy("marked"))
    var subject = Facts(id: "L1")
    subject.lowestGrade = lowestGrade
    let day = CivilDate("2026-10-01")!
    return (
      Evaluator.evaluate(policy, subject, asOf: day, explain: true),
      policy.quickDecision(subject, asOf: day)
    )
  }

  @Test(arguments: [
    // 41 896 × 15% = 6 284,40 → 6 284 (the published 48 180 ₸).
    ("15% rounded to 1 KZT", "41896 KZT", Money(tenge: 48180), Money(tenge: 6284)),
    // 43 574 × 15% = 6 536,10 → 6 536.
    ("15% rounded to 1 KZT", "43574 KZT", Money(tenge: 50110), Money(tenge: 6536)),
    // Half goes up: 1 001 × 50% = 500,50 → 501.
    ("50% rounded to 1 KZT", "1001 KZT", Money(tenge: 1502), Money(tenge: 501)),
    // A step of 10 ₸ from a parameter: 6 284,40 → 6 280.
    ("15% rounded to step", "41896 KZT", Money(tenge: 48176), Money(tenge: 6280)),
    // Without a step the supplement is exact to the tiyn.
    ("15%", "41896 KZT", Money(tiyn: 4_818_040), Money(tiyn: 628_440)),
  ])
  func theSupplementIsPaidAsAMultipleOfTheStep(
    rate: String, amount: String, total: Money, added: Money
  ) throws {
    let text = Self.policy(
      "supplement \(rate) when lowest_grade = 5 because all-excellent", amount: amount)
    let (explained, quick) = try Self.decide(text)
    #expect(explained.amount?.value == total)
    #expect(quick.amount == total)
    #expect(explained.supplements.first?.added == added)
    let (without, _) = try Self.decide(text, lowestGrade: 4)
    #expect(without.amount?.value == Money(amount))
  }

  @Test func theOutlineSaysWhatTheSupplementIsRoundedTo() throws {
    let text = Self.policy(
      "supplement 15% rounded to 1 KZT when lowest_grade = 5 because all-excellent")
    let (set, _) = PolicySet.load(files: [("rounded.policy", text)], otherPolicies: [])
    let policy = try #require(set.policy("marked"))
    let day = CivilDate("2026-10-01")!
    let outline = PolicyOutlineRenderer.text(policy, asOf: day, language: .en)
    #expect(outline.contains("+ 15%, rounded to 1\u{00A0}₸: All excellent"), "\(outline)")
    #expect(
      PolicyOutlineRenderer.text(policy, asOf: day, language: .ru).contains(
        "с округлением до 1\u{00A0}₸"))
    #expect(
      PolicyOutlineRenderer.text(policy, asOf: day, language: .kk).contains(
        "1\u{00A0}₸ дейін дөңгелектенеді"))
  }

  @Test(arguments: [
    (
      "supplement 15% rounded to ⟦0 KZT when lowest_grade = 5 because all-excellent",
      "more than zero"
    ),
    ("supplement 15% rounded to ⟦5% when lowest_grade = 5 because all-excellent", "rounding step"),
    ("supplement 15% rounded ⟦by 1 KZT when lowest_grade = 5 because all-excellent", "'to'"),
    (
      "supplement 15% rounded to ⟦\"one\" when lowest_grade = 5 because all-excellent",
      "rounding step"
    ),
  ])
  func aBadStepIsAnErrorAtIt(line: String, expected: String) throws {
    let marked = try MarkedPolicy(
      """
      amount 41896 KZT per month
      \(line)
      reason all-excellent kk "Барлығы «өте жақсы»" ru "Все «отлично»" en "All excellent"

      """)
    let found = marked.atMarker(others: [])
    #expect(
      found.contains { $0.description.contains(expected) }, "\(marked.diagnostics(others: []).1)")
    #expect(found.allSatisfy(isTrilingual))
  }
}
