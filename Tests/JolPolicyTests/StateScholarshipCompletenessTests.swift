import JolModel
import Testing

@testable import JolPolicy

/// The state scholarship decides from the facts the issue names: a learner whose `stage`,
/// `funding`, `form`, `dual_training`, `qualification_level`, `lowest_grade`, `course` and
/// `categories` are known gets a definite decision (eligible with an amount, or ineligible),
/// never "needs information". Every combination of their values is enumerated.
@Suite struct StateScholarshipCompletenessTests {
  static let categorySets: [Set<JolModel.Category>] = [
    [], [.orphan], [.withoutParentalCare], [.disability], [.rural, .largeFamily],
    [.visualImpairment], [.hearingImpairment],
  ]

  @Test func everyKnownCombinationIsDecided() throws {
    let set = try ShippedPoliciesTests.load()
    let policy = try #require(set.policy("state-tvet-scholarship"))
    var decided = 0
    for asOf in [date("2024-09-01"), date("2026-10-01")] {
      for stage in Stage.allCases {
        for funding in Funding.allCases {
          for form in StudyForm.allCases {
            for dual in [false, true] {
              for level in QualificationLevel.allCases {
                for lowest in 2...5 {
                  for course in 1...4 {
                    for categories in Self.categorySets {
                      var facts = Facts(id: "L")
                      facts.stage = stage
                      facts.funding = funding
                      facts.form = form
                      facts.dualTraining = dual
                      facts.qualificationLevel = level
                      facts.lowestGrade = lowest
                      facts.course = course
                      facts.categories = categories
                      let decision = policy.quickDecision(facts, asOf: asOf)
                      #expect(decision.outcome != .needsInformation, "\(facts)")
                      #expect((decision.outcome == .eligible) == (decision.amount != nil))
                      decided += 1
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    #expect(decided > 10_000)
  }

  /// A first-year student before the first session: the grade is unknown, yet decided.
  @Test func firstYearWithoutASessionIsDecided() throws {
    let set = try ShippedPoliciesTests.load()
    let policy = try #require(set.policy("state-tvet-scholarship"))
    for level in QualificationLevel.allCases {
      for dual in [false, true] {
        var facts = Facts(id: "L")
        facts.stage = .college
        facts.funding = .stateOrder
        facts.form = .fullTime
        facts.dualTraining = dual
        facts.qualificationLevel = level
        facts.course = 1
        facts.categories = []
        #expect(policy.quickDecision(facts, asOf: date("2026-10-01")).outcome == .eligible)
      }
    }
  }
}
