import JolModel
import JolPolicy
import Testing

/// Facts derived from a learner's folded state (``Facts/init(learner:asOf:birthDate:policy:)``).
@Suite struct FactsFromStateTests {
  static func date(_ text: String) -> CivilDate { CivilDate(text)! }

  /// A learner: school 2024-09-01, college from 2025-09-01 (funding corrected 2026-02-01),
  /// a term result, a category, a mentorship, an award, an application, a diagnostic.
  static func collegeStudent() -> LearnerState {
    var state = LearnerState(id: "L-1")
    var sequence: UInt64 = 0
    func apply(_ event: DomainEvent, _ day: String) {
      sequence += 1
      state.apply(event, effective: date(day), sequence: sequence)
    }
    apply(
      .learnerRegistered(
        LearnerRegistered(
          school: "SCH-1", grade: 9, className: "А", language: .kk, district: "351010000",
          region: "350000000")), "2024-09-01")
    let college = CollegePlacement(
      institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
      qualification: QualificationCode(rawValue: "4S07150301"),
      form: .fullTime, funding: .paid, language: .kk)
    apply(
      .stageEntered(StageEntered(placement: .college(college), reason: .enrolled)), "2025-09-01")
    var corrected = college
    corrected.funding = Funding.stateOrder
    apply(
      .stageEntered(StageEntered(placement: .college(corrected), reason: .enrolled)), "2026-02-01")
    apply(
      .termResult(
        TermResult(
          term: "2025-2", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("92.5")!,
          grades: [SubjectGrade(subject: "a", grade: 5), SubjectGrade(subject: "b", grade: 4)])),
      "2026-06-20")
    apply(.categoryDeclared(CategoryChange(category: .rural)), "2024-09-01")
    apply(.categoryDeclared(CategoryChange(category: .orphan)), "2026-11-01")
    apply(.mentorshipAssigned(MentorshipAssigned(mentor: "M-1", enterprise: "E-1")), "2026-09-15")
    apply(
      .applicationSubmitted(ApplicationSubmitted(policy: "akim-named-scholarship")), "2026-09-10")
    apply(
      .applicationSubmitted(ApplicationSubmitted(policy: "akim-named-scholarship")), "2026-09-10")
    apply(
      .awardGranted(
        AwardGranted(
          policy: "state-tvet-scholarship", policyVersion: 1, round: "R-1",
          amount: Money(tenge: 100), periodStart: date("2026-09-01"),
          periodEnd: date("2027-01-31"))), "2026-09-01")
    return state
  }

  /// A session grade is a college's: a first-year student whose last result is the school's
  /// has no `lowest_grade` (and the state scholarship pays them without one), though `gpa`
  /// stays the last term's; after the first session, the session's grade counts.
  @Test func aSchoolResultIsNoSessionGrade() {
    var state = LearnerState(id: "L-2")
    state.apply(
      .learnerRegistered(
        LearnerRegistered(
          school: "SCH-1", grade: 9, className: "А", language: .kk, district: "395400000",
          region: "39")), effective: Self.date("2025-09-01"), sequence: 1)
    state.apply(
      .termResult(
        TermResult(
          term: "2026-2", gpa: FixedDecimal("3.4")!, attendance: FixedDecimal("95")!,
          grades: [SubjectGrade(subject: "a", grade: 3)])), effective: Self.date("2026-05-25"),
      sequence: 2)
    let college = CollegePlacement(
      institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
      qualification: QualificationCode(rawValue: "4S07150301"),
      form: .fullTime, funding: .stateOrder, language: .kk)
    state.apply(
      .stageEntered(StageEntered(placement: .college(college), reason: .enrolled)),
      effective: Self.date("2026-09-01"), sequence: 3)
    let first = Facts(learner: state, asOf: Self.date("2026-10-01"))
    #expect(first.course == 1)
    #expect(first.lowestGrade == nil)
    #expect(first.gpa == FixedDecimal("3.4"))
    state.apply(
      .termResult(
        TermResult(
          term: "2026-1", gpa: FixedDecimal("4.6")!, attendance: FixedDecimal("97")!,
          grades: [SubjectGrade(subject: "a", grade: 5), SubjectGrade(subject: "b", grade: 4)])),
      effective: Self.date("2026-12-28"), sequence: 4)
    let second = Facts(learner: state, asOf: Self.date("2027-01-15"))
    #expect(second.lowestGrade == 4)
  }

  @Test func everyFactTheStateSupplies() throws {
    let state = Self.collegeStudent()
    let facts = Facts(
      learner: state, asOf: Self.date("2026-10-15"), birthDate: Self.date("2009-11-01"),
      policy: "akim-named-scholarship")
    #expect(facts.id == "L-1")
    #expect(facts.stage == .college)
    #expect(facts.institution == "COL-1")
    #expect(facts.specialty?.rawValue == "07150500")
    #expect(facts.qualification?.rawValue == "4S07150301")
    #expect(facts.qualificationLevel == .specialist)
    #expect(facts.form == .fullTime)
    #expect(facts.funding == .stateOrder)
    #expect(facts.course == 2, "entered 2025-09-01; the funding correction is the same programme")
    #expect(facts.gpa == FixedDecimal("4.5"))
    #expect(facts.attendance == FixedDecimal("92.5"))
    #expect(facts.lowestGrade == 4)
    #expect(facts.categories == [.rural], "orphan is declared only from 2026-11-01")
    #expect(facts.region == "350000000")
    #expect(facts.district == "351010000")
    #expect(facts.age == 16)
    #expect(facts.birthDate == nil, "the birth date itself never becomes a fact")
    #expect(facts.mentorship == true)
    #expect(facts.awards == ["state-tvet-scholarship"])
    #expect(facts.appliedOn == Self.date("2026-09-10"))
    #expect(facts.grade == nil)
    #expect(facts.enterpriseAgreement == nil)
    #expect(state.applications.count == 1, "the same application twice is one")
  }

  @Test func factsFollowTheDate() {
    let state = Self.collegeStudent()
    let atSchool = Facts(learner: state, asOf: Self.date("2025-03-01"))
    #expect(atSchool.stage == .school)
    #expect(atSchool.grade == 9)
    #expect(atSchool.institution == "SCH-1")
    #expect(atSchool.gpa == nil, "the term result is dated later")
    #expect(atSchool.mentorship == false)
    #expect(atSchool.awards == [])
    #expect(atSchool.appliedOn == nil)
    #expect(atSchool.age == nil, "no birth date given")

    let later = Facts(learner: state, asOf: Self.date("2027-02-15"), policy: "other-policy")
    #expect(later.categories == [.orphan, .rural])
    #expect(later.awards == [], "the award ended 2027-01-31")
    #expect(later.appliedOn == nil, "no application to this policy")
    #expect(later.course == 2)
    #expect(Facts(learner: state, asOf: Self.date("2027-09-01")).course == 3)
  }

  @Test func unknownLearnerHasOnlyUnknownFacts() {
    let facts = Facts(learner: LearnerState(id: "L-X"), asOf: Self.date("2026-10-15"))
    for fact in Fact.allCases {
      #expect(facts.value(of: fact, asOf: Self.date("2026-10-15")) == nil, "\(fact)")
    }
  }

  @Test func courseCountsAcademicYears() {
    #expect(Facts.course(since: Self.date("2025-09-01"), on: Self.date("2026-08-31")) == 1)
    #expect(Facts.course(since: Self.date("2025-09-01"), on: Self.date("2026-09-01")) == 2)
    #expect(Facts.course(since: Self.date("2020-09-01"), on: Self.date("2029-09-01")) == 6)
  }

  @Test func tiedDiagnosticLeavesTheDirectionUnknown() {
    var state = LearnerState(id: "L-2")
    let instrument = InstrumentRef("klimov@1")!
    state.apply(
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: instrument, answers: [:], scores: [:], leadingDirections: ["technic"])),
      effective: Self.date("2026-03-01"), sequence: 1)
    #expect(Facts(learner: state, asOf: Self.date("2026-04-01")).diagnosticDirection == "technic")
    state.apply(
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: instrument, answers: [:], scores: [:],
          leadingDirections: ["technic", "nature"])),
      effective: Self.date("2026-05-01"), sequence: 2)
    #expect(Facts(learner: state, asOf: Self.date("2026-06-01")).diagnosticDirection == nil)
  }
}

/// The agreement facts (`employer`, `enterprise_agreement`, `work_obligation_years`) that an
/// application to a policy supplies.
@Suite struct FactsFromApplicationTests {
  static let dual: PolicyID = "dual-training-grant"
  static func day(_ text: String) -> CivilDate { CivilDate(text)! }

  /// A dual-form college student since 2025-09-01, with an enterprise placement record before
  /// (practice at E-PRACTICE until 2025-08-31), and the given applications (date, event).
  static func learner(_ applications: [(String, ApplicationSubmitted)]) -> LearnerState {
    var state = LearnerState(id: "L-D")
    var sequence: UInt64 = 0
    func apply(_ event: DomainEvent, _ date: String) {
      sequence += 1
      state.apply(event, effective: day(date), sequence: sequence)
    }
    apply(
      .stageEntered(
        StageEntered(
          placement: .enterprise(EnterprisePlacement(enterprise: "E-PRACTICE", kind: .employment)),
          reason: .enrolled)), "2025-06-01")
    apply(
      .stageEntered(
        StageEntered(
          placement: .college(
            CollegePlacement(
              institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
              qualification: QualificationCode(rawValue: "4S07150301"), form: .fullTime,
              dualTraining: true,
              funding: .stateOrder, language: .kk)), reason: .enrolled)), "2025-09-01")
    for (date, application) in applications { apply(.applicationSubmitted(application), date) }
    return state
  }

  @Test func anApplicationWithoutTheFieldsLeavesThemUnknown() {
    let state = Self.learner([("2026-08-10", ApplicationSubmitted(policy: Self.dual))])
    let facts = Facts(learner: state, asOf: Self.day("2026-09-01"), policy: Self.dual)
    #expect(facts.appliedOn == Self.day("2026-08-10"))
    #expect(facts.employer == nil, "a college student has no current enterprise placement")
    #expect(facts.enterpriseAgreement == nil)
    #expect(facts.workObligationYears == nil)
  }

  @Test func theApplicationSuppliesTheAgreementForItsPolicyOnly() {
    let state = Self.learner([
      (
        "2026-08-10",
        ApplicationSubmitted(
          policy: Self.dual, enterprise: "940140000385", agreement: true, workObligationYears: 3)
      )
    ])
    let facts = Facts(learner: state, asOf: Self.day("2026-09-01"), policy: Self.dual)
    #expect(facts.employer == "940140000385")
    #expect(facts.enterpriseAgreement == true)
    #expect(facts.workObligationYears == 3)
    #expect(facts.value(of: .enterpriseAgreement, asOf: Self.day("2026-09-01")) == .bool(true))

    let other = Facts(
      learner: state, asOf: Self.day("2026-09-01"), policy: "akim-named-scholarship")
    #expect(other.enterpriseAgreement == nil && other.workObligationYears == nil)
    #expect(other.employer == nil)
    let before = Facts(learner: state, asOf: Self.day("2026-08-09"), policy: Self.dual)
    #expect(before.enterpriseAgreement == nil, "not yet applied")
  }

  @Test func aRefusedAgreementIsKnownAsNo() {
    let state = Self.learner([
      ("2026-08-10", ApplicationSubmitted(policy: Self.dual, agreement: false))
    ])
    let facts = Facts(learner: state, asOf: Self.day("2026-09-01"), policy: Self.dual)
    #expect(facts.enterpriseAgreement == false)
    #expect(facts.employer == nil)
  }

  @Test func aLaterApplicationRecordsTheAgreementTheFirstLacked() {
    let state = Self.learner([
      ("2026-06-15", ApplicationSubmitted(policy: Self.dual, enterprise: "940140000385")),
      (
        "2026-08-20",
        ApplicationSubmitted(policy: Self.dual, agreement: true, workObligationYears: 5)
      ),
    ])
    let early = Facts(learner: state, asOf: Self.day("2026-07-01"), policy: Self.dual)
    #expect(early.employer == "940140000385")
    #expect(early.enterpriseAgreement == nil)
    let later = Facts(learner: state, asOf: Self.day("2026-09-01"), policy: Self.dual)
    #expect(later.appliedOn == Self.day("2026-06-15"), "applied_on stays the first application")
    #expect(later.employer == "940140000385", "kept from the earlier application")
    #expect(later.enterpriseAgreement == true)
    #expect(later.workObligationYears == 5)
  }

  @Test func theApplicationsEnterpriseWinsOverAPlacement() {
    var state = Self.learner([
      ("2026-08-10", ApplicationSubmitted(policy: Self.dual, enterprise: "940140000385"))
    ])
    state.apply(
      .stageEntered(
        StageEntered(
          placement: .enterprise(EnterprisePlacement(enterprise: "E-WORK", kind: .employment)),
          reason: .graduated)), effective: Self.day("2026-08-15"), sequence: 99)
    let facts = Facts(learner: state, asOf: Self.day("2026-09-01"), policy: Self.dual)
    #expect(facts.employer == "940140000385")
    let withoutPolicy = Facts(learner: state, asOf: Self.day("2026-09-01"))
    #expect(withoutPolicy.employer == "E-WORK", "the placement when no application names one")
  }
}
