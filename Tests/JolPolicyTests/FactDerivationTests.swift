import JolModel
import Testing

@testable import JolPolicy

/// Every fact of the vocabulary that the log supplies is derived from a state built from events,
/// and what is derived is a value a fact file accepts back; a fact the log never supplies
/// (`birth_date`) is never derived. A new entry is covered by adding it: give it an event below
/// if no scenario yields it yet.
@Suite struct FactDerivationTests {
  static let policy: PolicyID = "dual-training-grant"
  static let asOf = date("2026-10-15")

  /// Learners whose states, between them, yield every derived fact on ``asOf``.
  static func scenarios() -> [Facts] {
    var sequence: UInt64 = 0
    func apply(_ event: DomainEvent, _ day: String, to state: inout LearnerState) {
      sequence += 1
      state.apply(event, effective: date(day), sequence: sequence)
    }
    let region = Region.all[0].rawValue
    var student = LearnerState(id: "L-COLLEGE")
    apply(
      .learnerRegistered(
        LearnerRegistered(
          school: "SCH-1", grade: 9, className: "А", language: .kk, district: "D-1",
          region: region)), "2024-09-01", to: &student)
    apply(
      .stageEntered(
        StageEntered(
          placement: .college(
            CollegePlacement(
              institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
              qualification: QualificationCode(rawValue: "4S07150301"), form: .fullTime,
              dualTraining: true,
              funding: .stateOrder, language: .kk)), reason: .enrolled)), "2025-09-01",
      to: &student)
    apply(
      .termResult(
        TermResult(
          term: "2025-2", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("92.5")!,
          grades: [SubjectGrade(subject: "a", grade: 4)])), "2026-06-20", to: &student)
    apply(.categoryDeclared(CategoryChange(category: .rural)), "2024-09-01", to: &student)
    apply(
      .mentorshipAssigned(MentorshipAssigned(mentor: "M-1", enterprise: "E-1")), "2026-09-15",
      to: &student)
    apply(
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: InstrumentRef("klimov@1")!, answers: [:], scores: [:],
          leadingDirections: [Direction.all[0].rawValue])), "2026-03-01", to: &student)
    apply(
      .applicationSubmitted(
        ApplicationSubmitted(
          policy: policy, enterprise: "940140000385", agreement: true, workObligationYears: 3)),
      "2026-09-10", to: &student)
    apply(
      .awardGranted(
        AwardGranted(
          policy: "state-tvet-scholarship", policyVersion: 1, round: "R-1",
          amount: Money(tenge: 100), periodStart: date("2026-09-01"),
          periodEnd: date("2027-01-31"))), "2026-09-01", to: &student)

    var pupil = LearnerState(id: "L-SCHOOL")
    apply(
      .learnerRegistered(
        LearnerRegistered(
          school: "SCH-1", grade: 9, className: "Б", language: .ru, district: "D-1",
          region: region)), "2026-09-01", to: &pupil)

    return [
      Facts(learner: student, asOf: asOf, birthDate: date("2009-11-01"), policy: policy),
      Facts(learner: pupil, asOf: asOf),
    ]
  }

  @Test(arguments: Fact.allCases)
  func derivedFromEventsAndAcceptedBackByAFactFile(_ fact: Fact) throws {
    let values = Self.scenarios().compactMap { $0.value(of: fact, asOf: Self.asOf) }
    guard fact.definition.isDerived else {
      #expect(values.isEmpty, "\(fact) is not derived, yet a state yielded \(values)")
      return
    }
    #expect(!values.isEmpty, "no scenario yields \(fact): add an event that does")
    for value in values {
      var again = Facts(id: "L1")
      try again.set(fact, .scalar(value.canonical))
      #expect(again.value(of: fact, asOf: Self.asOf) == value, "\(fact): \(value.canonical)")
    }
  }
}
