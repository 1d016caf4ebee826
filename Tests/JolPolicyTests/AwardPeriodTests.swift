import JolModel
import Testing

@testable import JolPolicy

/// An award's period: from the decision date to the end of the policy's window, one year at
/// most; its amount counts every started month, semester or year.
struct AwardPeriodTests {
  let policy = RoundFixtures.compile("rural.policy", RoundFixtures.ruralGrant)  // to 2027-08-31

  @Test func thePeriodEndsWithTheWindowOrAfterAYear() {
    let october = AwardPeriod(policy: policy, asOf: CivilDate("2026-10-15")!)
    #expect(october.end == CivilDate("2027-08-31"))
    #expect(october.months == 11)
    #expect(october.total(Money(tenge: 40_000), per: .month) == Money(tenge: 440_000))
    #expect(october.total(Money(tenge: 100_000), per: .semester) == Money(tenge: 200_000))
    #expect(october.total(Money(tenge: 560_000), per: .year) == Money(tenge: 560_000))
    let june = AwardPeriod(policy: policy, asOf: CivilDate("2026-06-01")!)
    #expect(june.end == CivilDate("2027-05-31"), "one year at most")
    #expect(june.months == 12)
  }

  @Test func periodsOverlapWhenTheyShareADay() {
    let a = AwardPeriod(policy: policy, asOf: CivilDate("2026-10-15")!)
    let b = AwardPeriod(policy: policy, asOf: CivilDate("2027-08-31")!)
    #expect(a.overlaps(b) && b.overlaps(a))
    let openEnded = compileSample()  // consecutive years of a policy never overlap
    let c = AwardPeriod(policy: openEnded, asOf: CivilDate("2026-09-01")!)
    let d = AwardPeriod(policy: openEnded, asOf: CivilDate("2027-09-01")!)
    #expect(!c.overlaps(d))
  }

  @Test func aMonthEndIsKeptInShorterMonths() {
    #expect(CivilDate("2027-01-31")!.addingMonths(1) == CivilDate("2027-02-28"))
    #expect(CivilDate("2028-01-31")!.addingMonths(1) == CivilDate("2028-02-29"))
    #expect(CivilDate("2026-12-15")!.addingMonths(2) == CivilDate("2027-02-15"))
  }
}
