import JolModel
import JolPolicy
import Testing

/// Dual training is a way of training a college's students: the workplace part at an
/// enterprise keeps the learner at the college stage with its funding, form and course, and
/// makes `dual_training` yes. Other enterprise placements, or a dual one that follows no
/// college period, are the enterprise stage.
@Suite struct DualPlacementFactsTests {
  static func date(_ text: String) -> CivilDate { CivilDate(text)! }

  static let college = CollegePlacement(
    institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
    qualification: QualificationCode(rawValue: "3W07150501"), form: .fullTime,
    funding: .stateOrder, language: .kk)

  static func enterprise(_ kind: EnterprisePlacementKind) -> StagePlacement {
    .enterprise(EnterprisePlacement(enterprise: "940140000385", kind: kind))
  }

  /// A learner whose placements follow one another on the given dates.
  static func learner(_ moves: [(StagePlacement, String)], session: String? = nil)
    -> LearnerState
  {
    var state = LearnerState(id: "L-D")
    var sequence: UInt64 = 0
    for (placement, day) in moves {
      sequence += 1
      state.apply(
        .stageEntered(StageEntered(placement: placement, reason: .enrolled)), effective: date(day),
        sequence: sequence)
    }
    if let session {
      sequence += 1
      state.apply(
        .termResult(
          TermResult(
            term: "2025-1", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("95")!,
            grades: [SubjectGrade(subject: "welding", grade: 4)])), effective: date(session),
        sequence: sequence)
    }
    return state
  }

  @Test func aDualPlacementAfterCollegeKeepsTheCollegeStage() {
    let state = Self.learner(
      [(.college(Self.college), "2025-09-01"), (Self.enterprise(.dualTraining), "2026-02-01")],
      session: "2026-01-20")
    let facts = Facts(learner: state, asOf: Self.date("2026-10-15"))
    #expect(facts.stage == .college)
    #expect(facts.dualTraining == true)
    #expect(facts.funding == .stateOrder)
    #expect(facts.form == .fullTime)
    #expect(facts.qualificationLevel == .worker)
    #expect(facts.institution == "COL-1")
    #expect(facts.course == 2)
    #expect(facts.lowestGrade == 4)
    // Before the placement the learner studied at college, not dually.
    let before = Facts(learner: state, asOf: Self.date("2026-01-25"))
    #expect(before.stage == .college && before.dualTraining == false && before.course == 1)
  }

  @Test func theProgrammeRunsThroughDualPlacementsBackToCollege() {
    let state = Self.learner([
      (.college(Self.college), "2024-09-01"), (Self.enterprise(.dualTraining), "2025-02-01"),
      (Self.enterprise(.dualTraining), "2025-04-01"), (.college(Self.college), "2025-06-01"),
    ])
    let facts = Facts(learner: state, asOf: Self.date("2025-10-01"))
    #expect(facts.stage == .college && facts.dualTraining == false)
    #expect(facts.course == 2, "the programme began on 2024-09-01, before the placements")
    let atWork = Facts(learner: state, asOf: Self.date("2025-05-01"))
    #expect(atWork.stage == .college && atWork.dualTraining == true && atWork.course == 1)
  }

  @Test(arguments: [EnterprisePlacementKind.employment, .internship])
  func otherEnterprisePlacementsEndTheCollegeStage(kind: EnterprisePlacementKind) {
    let state = Self.learner([
      (.college(Self.college), "2024-09-01"), (Self.enterprise(kind), "2026-07-01"),
    ])
    let facts = Facts(learner: state, asOf: Self.date("2026-10-15"))
    #expect(facts.stage == .enterprise)
    #expect(facts.dualTraining == false)
    #expect(facts.funding == nil && facts.form == nil && facts.course == nil)
  }

  @Test func aDualPlacementAfterAGapOrWithoutCollegeIsTheEnterpriseStage() {
    var gap = Self.learner([
      (.college(Self.college), "2024-09-01"), (Self.enterprise(.dualTraining), "2025-02-01"),
    ])
    // The college period ended before the placement began: the placement continues nothing.
    gap.history[0].until = Self.date("2025-01-15")
    for state in [gap, Self.learner([(Self.enterprise(.dualTraining), "2025-02-01")])] {
      let facts = Facts(learner: state, asOf: Self.date("2025-03-01"))
      #expect(facts.stage == .enterprise)
      #expect(facts.dualTraining == true)
      #expect(facts.funding == nil && facts.course == nil)
    }
  }
}
