import JolModel
import Testing

@testable import JolPolicy

/// Round cases in `.tests` files: a methodologist pins who a round awards and each pool's seats.
struct RoundCaseTests {
  let set = PolicySet.load(files: [
    ("quota.policy", RoundFixtures.quotaPolicy(unused: "to general"))
  ])
  .0

  func run(_ body: String) -> (results: [PolicyTestResult], diagnostics: [Diagnostic]) {
    PolicyTestRunner.run(files: [("quota.tests", "policy small-quota\n" + body)], policies: set)
  }

  @Test func aRoundCasePassesAndFailsOnWhatItPins() {
    let body = """
      round "the best three of four"
        as-of 2026-08-25
        applicant A facts gpa=4.9 categories=[rural]
        applicant B facts gpa=4.0 categories=[]
        applicant C facts gpa=3.0 categories=[]
        awarded A, B
        pool rural seats 4
        pool general seats 9
      """
    let (results, diagnostics) = run(body)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(results.count == 1)
    #expect(results.first?.passed == true, "\(results.first?.failures.map(\.en) ?? [])")
    let wrong = run(body.replacingOccurrences(of: "pool rural seats 4", with: "pool rural seats 5"))
    #expect(wrong.results.first?.failures.map(\.en) == ["expected 5 seats in pool 'rural', got 4"])
    let who = run(body.replacingOccurrences(of: "awarded A, B", with: "awarded A"))
    #expect(who.results.first?.failures.map(\.en) == ["expected awarded [A], got [A, B]"])
  }

  @Test func aRoundCaseWithoutItsExpectationIsAnError() {
    let (_, diagnostics) = run(
      """
      round "no expectation"
        as-of 2026-08-25
        applicant A facts gpa=4.9
      """)
    #expect(diagnostics.map(\.description).contains { $0.contains("has no 'awarded …' line") })
    let (_, typo) = run(
      """
      round "typo"
        as-of 2026-08-25
        aplicant A facts gpa=4.9
        awarded none
      """)
    #expect(typo.map(\.description).contains { $0.contains("did you mean 'applicant'") }, "\(typo)")
  }
}
