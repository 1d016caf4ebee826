import JolModel
import Testing

/// The import planners on their own: typed rows against a state, no files, no store.
@Suite struct IntakePlannerTests {
  static func date(_ text: String) -> CivilDate { CivilDate(text)! }
  static let iin = try! IIN(validating: "070514500011")
  static let learner = LearnerID("L0000000000000001")
  static let region = Region(rawValue: "35")!

  /// Two schools and an enterprise registered; the learner of ``iin`` registered at SCH-1 in
  /// grade 8 on 2025-09-01, rural.
  static func state() -> IntakeState {
    var state = IntakeState(ClusterState()) { $0 == iin ? learner : nil }
    for code in ["SCH-1", "SCH-2"] {
      state.apply(
        EventDraft(
          stream: .institution(InstitutionID(code)), effective: date("2020-01-01"),
          event: .institutionRegistered(
            InstitutionRegistered(
              kind: .school, names: OrganisationNames(kk: code, ru: code), district: "351010000",
              languages: [.kk]))))
    }
    state.apply(
      EventDraft(
        stream: .enterprise("123456789012"), effective: date("2020-01-01"),
        event: .enterpriseRegistered(
          EnterpriseRegistered(
            names: OrganisationNames(kk: "E", ru: "E"), district: "351010000", specialties: [],
            capacity: 5))))
    for (event, day) in [
      (
        DomainEvent.learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 8, className: "А", language: .kk, district: "351010000",
            region: "35")), "2025-09-01"
      ),
      (.categoryDeclared(CategoryChange(category: .rural)), "2025-09-01"),
    ] {
      state.apply(EventDraft(stream: .learner(learner), effective: date(day), event: event))
    }
    return state
  }

  static func roster(
    school: String = "SCH-1", grade: Int = 8, className: String = "А", on day: String,
    categories: [LearnerRow.DatedCategory]? = [LearnerRow.DatedCategory(.rural)]
  ) -> LearnerPlanner.Entry {
    LearnerPlanner.Entry(
      learner: learner,
      row: LearnerRow(
        iin: iin,
        placement: SchoolPlacement(
          institution: InstitutionID(school), grade: grade, className: className, language: .kk),
        district: "351010000", region: region, categories: categories, date: date(day)))
  }

  static func events(_ plan: RowPlan<some Hashable & Sendable>) -> [DomainEvent] {
    (try? plan.get())?.map(\.event) ?? []
  }

  static func entryReasons(_ plan: RowPlan<some Hashable & Sendable>) -> [TransitionReason] {
    events(plan).compactMap { if case .stageEntered(let e) = $0 { e.reason } else { nil } }
  }

  @Test func aRowEqualToTheStatePlansNothing() throws {
    var planner = LearnerPlanner()
    let plan = planner.plan(Self.roster(on: "2026-01-10"), line: 2, in: Self.state())
    #expect(try plan.get() == [])
  }

  @Test func aHigherGradeAtTheSameSchoolIsAPromotionAnotherSchoolATransfer() {
    var planner = LearnerPlanner()
    let promoted = planner.plan(Self.roster(grade: 9, on: "2026-09-01"), line: 2, in: Self.state())
    #expect(Self.entryReasons(promoted) == [.promoted])
    var other = LearnerPlanner()
    let moved = other.plan(
      Self.roster(school: "SCH-2", on: "2026-01-10"), line: 2, in: Self.state())
    #expect(Self.entryReasons(moved) == [.transferred])
    var lower = LearnerPlanner()
    let down = lower.plan(Self.roster(grade: 7, on: "2026-01-10"), line: 2, in: Self.state())
    #expect(Self.entryReasons(down) == [.other])
  }

  @Test func aSameDayCorrectionKeepsTheReasonRecorded() {
    var state = Self.state()
    var planner = LearnerPlanner()
    for draft in try! planner.plan(Self.roster(grade: 9, on: "2026-09-01"), line: 2, in: state)
      .get()
    {
      state.apply(draft)
    }
    // The same day, the class letter corrected: still the promotion, not a transfer.
    var next = LearnerPlanner()
    let corrected = next.plan(
      Self.roster(grade: 9, className: "Б", on: "2026-09-01"), line: 2, in: state)
    #expect(Self.entryReasons(corrected) == [.promoted])
  }

  @Test func aCategoryNoLongerStatedEndsOnTheRowsDate() throws {
    var planner = LearnerPlanner()
    let plan = planner.plan(
      Self.roster(on: "2026-01-10", categories: []), line: 2, in: Self.state())
    let drafts = try plan.get()
    #expect(drafts.map(\.event) == [.categoryEnded(CategoryChange(category: .rural))])
    #expect(drafts.map(\.effective) == [Self.date("2026-01-10")])
    // Without a categories column, categories are left as they are.
    var other = LearnerPlanner()
    #expect(
      try other.plan(Self.roster(on: "2026-01-10", categories: nil), line: 2, in: Self.state())
        .get() == [])
  }

  @Test func aRepeatedIINAndAnUnknownSchoolAreProblemsAtTheirFields() {
    var planner = LearnerPlanner()
    _ = planner.plan(Self.roster(on: "2026-01-10"), line: 2, in: Self.state())
    let plan = planner.plan(
      Self.roster(school: "SCH-9", on: "2026-01-10"), line: 3, in: Self.state())
    guard case .failure(let problems) = plan else {
      Issue.record("planned \(plan)")
      return
    }
    #expect(problems.problems.map(\.field) == [.iin, .school])
    #expect(problems.problems[0].reason.en.contains("first on line 2"))
  }

  @Test func aLearnerTheVaultDoesNotKnowIsAnErrorRow() {
    var planner = StagePlanner()
    let other = try! IIN(validating: "880515300120")
    let row = StageRow(
      iin: other, date: Self.date("2026-06-30"), reason: .graduated, move: .left(.school))
    let plan = planner.plan(row, line: 5, in: Self.state())
    guard case .failure(let problems) = plan else {
      Issue.record("planned \(plan)")
      return
    }
    #expect(problems.problems.map(\.field) == [.iin])
  }

  @Test func leavingAStageTheLearnerIsNotAtIsAProblemAndLeavingTwicePlansOnce() throws {
    var planner = StagePlanner()
    let notThere = StageRow(
      iin: Self.iin, date: Self.date("2026-06-30"), reason: .graduated, move: .left(.college))
    let expected = RowProblems<StagePlanner.Field>(
      .stage, IntakeMessages.notAtStage(.college, Self.date("2026-06-30")))
    #expect(throws: expected) { try planner.plan(notThere, line: 2, in: Self.state()).get() }
    var state = Self.state()
    let leave = StageRow(
      iin: Self.iin, date: Self.date("2026-06-30"), reason: .graduated, move: .left(.school))
    let drafts = try planner.plan(leave, line: 3, in: state).get()
    #expect(drafts.count == 1)
    for draft in drafts { state.apply(draft) }
    #expect(try planner.plan(leave, line: 4, in: state).get() == [])
  }

  @Test func aChangedTermResultIsACorrectionAndTheSameResultsNothing() throws {
    let result = TermResult(
      term: "2025-2", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("92")!, grades: [])
    var state = Self.state()
    state.apply(
      EventDraft(
        stream: .learner(Self.learner), effective: Self.date("2026-01-10"),
        event: .termResult(result)))
    var planner = GradePlanner()
    let same = GradeRow(iin: Self.iin, date: Self.date("2026-01-20"), result: result)
    #expect(try planner.plan(same, line: 2, in: state).get() == [])
    var corrected = result
    corrected.gpa = FixedDecimal("4.6")!
    var fresh = GradePlanner()
    let row = GradeRow(iin: Self.iin, date: Self.date("2026-01-20"), result: corrected)
    #expect(Self.events(fresh.plan(row, line: 2, in: state)) == [.termResult(corrected)])
  }

  @Test func theTermsLatestRecordDecidesEvenWhenEffectiveEarlier() throws {
    // Recorded second with an earlier effective date: not the last term, but the term's latest
    // record — importing it again is a duplicate, importing the first again a correction.
    let first = TermResult(
      term: "2025-2", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("92")!, grades: [])
    var second = first
    second.attendance = FixedDecimal("93")!
    var state = Self.state()
    for (result, day) in [(first, "2026-01-20"), (second, "2026-01-10")] {
      state.apply(
        EventDraft(
          stream: .learner(Self.learner), effective: Self.date(day), event: .termResult(result)))
    }
    #expect(state.state.learner(Self.learner)?.lastTerm == TermSummary(first))
    var planner = GradePlanner()
    let again = GradeRow(iin: Self.iin, date: Self.date("2026-02-01"), result: second)
    #expect(try planner.plan(again, line: 2, in: state).get() == [])
    let back = GradeRow(iin: Self.iin, date: Self.date("2026-02-01"), result: first)
    var fresh = GradePlanner()
    #expect(Self.events(fresh.plan(back, line: 2, in: state)) == [.termResult(first)])
  }

  static func sheet(_ answers: [String: String], version: Int = 1) -> DiagnosticCompleted {
    DiagnosticCompleted(
      instrument: InstrumentRef(id: "five-types", version: version), answers: answers,
      scores: [:], leadingDirections: [])
  }

  @Test func aDiagnosticIsRecordedOncePerInstrumentVersionDateAndAnswers() throws {
    let answers = ["1": "a", "2": "b", "10": "c"]
    var state = Self.state()
    var planner = DiagnosticPlanner()
    let row = DiagnosticRow(
      iin: Self.iin, date: Self.date("2026-10-01"), result: Self.sheet(answers))
    let drafts = try planner.plan(row, line: 2, in: state).get()
    #expect(drafts.map(\.event) == [.diagnosticCompleted(Self.sheet(answers))])
    for draft in drafts { state.apply(draft) }
    // The same sheet again, in the file or in a later file: nothing.
    #expect(try planner.plan(row, line: 3, in: state).get() == [])
    var later = DiagnosticPlanner()
    #expect(try later.plan(row, line: 2, in: state).get() == [])
    // A changed answer, another date or another version: another result.
    var changed = row
    changed.result = Self.sheet(["1": "a", "2": "c", "10": "c"])
    var otherDay = row
    otherDay.date = Self.date("2026-10-02")
    var rescored = row
    rescored.result = Self.sheet(answers, version: 2)
    for other in [changed, otherDay, rescored] {
      var fresh = DiagnosticPlanner()
      #expect(try fresh.plan(other, line: 2, in: state).get().count == 1)
    }
  }

  @Test func demandDeclaredAgainWithTheSameCountPlansNothing() throws {
    var planner = DemandPlanner()
    var state = Self.state()
    let row = DemandRow(
      enterprise: "123456789012", date: Self.date("2026-01-10"),
      demand: DemandDeclared(specialty: SpecialtyCode(rawValue: "07150100"), count: 4, year: 2027))
    let drafts = try planner.plan(row, line: 2, in: state).get()
    #expect(drafts.count == 1)
    for draft in drafts { state.apply(draft) }
    #expect(try planner.plan(row, line: 3, in: state).get() == [])
    var unknown = row
    unknown.enterprise = "999999999999"
    #expect(throws: RowProblems<DemandPlanner.Field>.self) {
      try planner.plan(unknown, line: 4, in: state).get()
    }
  }

  @Test func anInstitutionWhoseIntakeChangedGetsACapacityChange() throws {
    var planner = InstitutionPlanner()
    var state = Self.state()
    let offer = SpecialtyOffer(specialty: SpecialtyCode(rawValue: "07150100"), intake: 25)
    func row(_ intake: Int) -> InstitutionRow {
      var offered = offer
      offered.intake = intake
      return .institution(
        "COL-1",
        InstitutionRegistered(
          kind: .college, names: OrganisationNames(kk: "C", ru: "C"), district: "351010000",
          languages: [.kk], specialties: [offered]), Self.date("2026-01-10"))
    }
    for draft in try planner.plan(row(25), line: 2, in: state).get() { state.apply(draft) }
    var next = InstitutionPlanner()
    #expect(
      Self.events(next.plan(row(30), line: 2, in: state)) == [
        .institutionCapacityChanged(CapacityChanged(specialty: offer.specialty, capacity: 30))
      ])
    #expect(throws: RowProblems<InstitutionPlanner.Field>.self) {
      try next.plan(row(30), line: 3, in: state).get()
    }
  }
}
