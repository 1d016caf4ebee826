import JolModel
import Testing

/// Imports that meet the fold's same-date and re-import rules: what a planner checks is what the
/// fold then records, and the same rows again plan nothing.
@Suite struct IntakeSameDateTests {
  typealias Base = IntakePlannerTests

  /// Plans `row` and folds the planned events in; returns what was planned.
  static func planAndApply<P: RowPlanner>(
    _ planner: inout P, _ row: P.Row, in state: inout IntakeState
  ) throws -> [DomainEvent] {
    let drafts = try planner.plan(row, line: 2, in: state).get()
    for draft in drafts { state.apply(draft) }
    return drafts.map(\.event)
  }

  @Test func theSameMentorListImportedAgainLaterPlansNothing() throws {
    var state = Base.state()
    func row(_ day: String, _ choices: [String] = ["123456789012"]) -> MentorPreferenceRow {
      MentorPreferenceRow(iin: Base.iin, date: Base.date(day), programme: "dual", choices: choices)
    }
    var first = MentorPreferencePlanner()
    #expect(try Self.planAndApply(&first, row("2026-02-01"), in: &state).count == 1)
    var again = MentorPreferencePlanner()
    #expect(try Self.planAndApply(&again, row("2026-03-01"), in: &state) == [])
    var other = MentorPreferencePlanner()
    #expect(try Self.planAndApply(&other, row("2026-04-01", []), in: &state).count == 1)
  }

  @Test func aRosterCorrectedOnTheDayACategoryEndedDeclaresItOnce() throws {
    var state = Base.state()
    var ending = LearnerPlanner()
    #expect(
      try Self.planAndApply(&ending, Base.roster(on: "2026-01-10", categories: []), in: &state)
        == [.categoryEnded(CategoryChange(category: .rural))])
    // The corrected roster of the same day states it again: declared, and held from then.
    var corrected = LearnerPlanner()
    #expect(
      try Self.planAndApply(&corrected, Base.roster(on: "2026-01-10"), in: &state)
        == [.categoryDeclared(CategoryChange(category: .rural))])
    let learner = state.state.learner(Base.learner)
    #expect(learner?.categories(on: Base.date("2026-01-10")) == [.rural])
    var again = LearnerPlanner()
    #expect(try Self.planAndApply(&again, Base.roster(on: "2026-01-10"), in: &state) == [])
  }

  @Test func aLeaveOnATransferDayEndsThePeriodThePlannerCheckedAndIsPlannedOnce() throws {
    var state = Base.state()
    for code in ["COL-A", "COL-B"] {
      state.apply(
        EventDraft(
          stream: .institution(InstitutionID(code)), effective: Base.date("2020-01-01"),
          event: .institutionRegistered(
            InstitutionRegistered(
              kind: .college, names: OrganisationNames(kk: code, ru: code),
              district: "351010000", languages: [.kk]))))
    }
    func entry(_ code: InstitutionID, _ day: String) -> StageRow {
      StageRow(
        iin: Base.iin, date: Base.date(day), reason: .transferred,
        move: .entered(LearnerFoldSameDateTests.college(code)))
    }
    var planner = StagePlanner()
    _ = try Self.planAndApply(&planner, entry("COL-A", "2026-01-10"), in: &state)
    _ = try Self.planAndApply(&planner, entry("COL-B", "2026-03-01"), in: &state)
    let leave = StageRow(
      iin: Base.iin, date: Base.date("2026-03-01"), reason: .other, move: .left(.college))
    #expect(try Self.planAndApply(&planner, leave, in: &state).count == 1)
    let history = state.state.learner(Base.learner)?.history ?? []
    // College B, which holds the day, is left; A ended by B's entry, as before.
    #expect(history.last?.placement == LearnerFoldSameDateTests.college("COL-B"))
    #expect(history.last?.until == Base.date("2026-03-01"))
    #expect(history.last?.endedByLeaving == true)
    #expect(history.dropLast().last?.endedByLeaving == false)
    #expect(state.state.learner(Base.learner)?.kept == [])
    #expect(try Self.planAndApply(&planner, leave, in: &state) == [])
  }

  @Test func anOlderRosterInAnotherDistrictPlacesTheLearnerOnceAndKeepsTheLatestResidence()
    throws
  {
    var state = Base.state()  // registered on 2025-09-01 in 351010000
    var march = Base.roster(on: "2025-03-01")
    march.row.district = "351020000"
    var first = LearnerPlanner()
    let planned = try Self.planAndApply(&first, march, in: &state)
    #expect(!planned.contains { if case .learnerRegistered = $0 { true } else { false } })
    for _ in 0..<2 {
      var again = LearnerPlanner()
      #expect(try Self.planAndApply(&again, march, in: &state) == [])
    }
    let learner = state.state.learner(Base.learner)
    // The residence stays the latest-dated registration's; March's school is in the history.
    #expect(
      learner?.registration
        == LearnerRegistration(
          district: "351010000", region: "35", registered: Base.date("2025-09-01")))
    #expect(learner?.period(on: Base.date("2025-03-01"))?.from == Base.date("2025-03-01"))
    // A roster of the registration's date or later still moves the learner.
    var september = Base.roster(on: "2025-09-01")
    september.row.district = "351020000"
    var moving = LearnerPlanner()
    #expect(try Self.planAndApply(&moving, september, in: &state).count == 1)
    #expect(state.state.learner(Base.learner)?.registration?.district == "351020000")
  }

  @Test func aRosterOfTheDayASchoolWasEnteredAndLeftPlansNothingAgain() throws {
    var state = Base.state()
    let roster = Base.roster(school: "SCH-2", on: "2026-01-10")
    var first = LearnerPlanner()
    #expect(try Self.planAndApply(&first, roster, in: &state).count == 1)
    var stages = StagePlanner()
    let leave = StageRow(
      iin: Base.iin, date: Base.date("2026-01-10"), reason: .other, move: .left(.school))
    #expect(try Self.planAndApply(&stages, leave, in: &state).count == 1)
    for _ in 0..<2 {
      var again = LearnerPlanner()
      #expect(try Self.planAndApply(&again, roster, in: &state) == [])
    }
    let last = state.state.learner(Base.learner)?.history.last
    #expect(last?.entryReason == .transferred)
    #expect(last?.until == Base.date("2026-01-10"))
    #expect(last?.endedByLeaving == true)
  }
}
