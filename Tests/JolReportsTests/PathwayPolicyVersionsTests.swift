import JolModel
import Testing

@testable import JolReports

/// The report's header names the policy versions behind its figures: those published by the
/// date, and those that decided the awards it counts — even when the round was run, and its
/// policy recorded, after the date it was run as of.
@Suite struct PathwayPolicyVersionsTests {
  typealias F = PathwayFixture

  static func award(_ learner: String, policy: PolicyID, version: Int, on day: String)
    -> EventDraft
  {
    EventDraft(
      stream: .learner(LearnerID(learner)), effective: F.date(day),
      event: .awardGranted(
        AwardGranted(
          policy: policy, policyVersion: version, round: "R-1", amount: Money(tenge: 40_000),
          periodStart: F.date(day), periodEnd: F.date("2027-06-30"))))
  }

  @Test func anAwardsPolicyVersionIsNamedThoughPublishedLater() throws {
    let drafts =
      F.graduate("L-1", then: nil)
      + [Self.award("L-1", policy: "akim-named-scholarship", version: 2, on: "2026-09-01")]
    let report = try F.report(F.state(drafts))
    #expect(report.policies == [.init(id: "akim-named-scholarship", version: 2)])
  }

  @Test func anAwardAfterTheDateNamesNothing() throws {
    let drafts =
      F.graduate("L-1", then: nil)
      + [Self.award("L-1", policy: "akim-named-scholarship", version: 2, on: "2026-11-01")]
    let report = try F.report(F.state(drafts, asOf: F.date("2026-12-31")))
    #expect(report.policies == [])
  }
}
