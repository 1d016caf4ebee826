import JolModel
import JolPolicy
import Testing

/// The population of a round built from a state (``RoundInputs``): no store, no vault.
@Suite struct RoundInputsTests {
  static func date(_ text: String) -> CivilDate { CivilDate(text)! }
  static let asOf = date("2026-10-15")

  static func policy(consider: String) -> CompiledPolicy {
    RoundFixtures.compile(
      "population.policy",
      """
      policy fixture-population
      version 1
      title kk "а" ru "б" en "c"
      basis "test"
      effective 2026-06-01 .. 2027-08-31
      consider \(consider)
      require stage = school because not-at-school
      amount 1000 KZT per year
      rank by gpa desc
      tiebreak lottery "population"
      seats 10
      reason not-at-school kk "а" ru "б" en "c"
      """)
  }

  /// L1 applied before the date and holds an award of round R-1; L2 applied after the date;
  /// L3 never applied; L4 applied, then was erased.
  static func state() -> ClusterState {
    var state = IntakeState(ClusterState())
    func add(_ learner: String, _ day: String, _ event: DomainEvent) {
      state.apply(
        EventDraft(stream: .learner(LearnerID(learner)), effective: date(day), event: event))
    }
    for learner in ["L1", "L2", "L3", "L4"] {
      add(
        learner, "2026-09-01",
        .learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 11, className: "А", language: .kk, district: "351010000",
            region: "35")))
    }
    let application = DomainEvent.applicationSubmitted(
      ApplicationSubmitted(policy: "fixture-population"))
    add("L1", "2026-10-01", application)
    add("L2", "2026-10-20", application)
    add("L4", "2026-10-01", application)
    add("L4", "2026-10-05", .learnerErased(LearnerErased(reason: "request")))
    add(
      "L1", "2026-09-01",
      .awardGranted(
        AwardGranted(
          policy: "other-grant", policyVersion: 1, round: "R-1", amount: Money(tenge: 100),
          periodStart: date("2026-09-01"), periodEnd: date("2027-08-31"))))
    return state.state
  }

  static func inputs(consider: String, supersedes: RoundID? = nil) -> RoundInputs {
    RoundInputs(
      policy: policy(consider: consider), asOf: asOf, logPosition: 9, seed: "",
      supersedes: supersedes, state: state(),
      birthDate: { $0 == "L1" ? date("2009-01-01") : nil })
  }

  @Test func applicantsAreThoseWhoAppliedByTheDateAndAreNotErased() {
    let applicants = Self.inputs(consider: "applicants").applicants
    #expect(applicants.map(\.subject) == ["L1"])
    #expect(applicants.first?.appliedOn == Self.date("2026-10-01"))
  }

  @Test func withoutApplicationsEveryLearnerNotErasedIsConsidered() {
    let applicants = Self.inputs(consider: "all").applicants
    #expect(applicants.map(\.subject) == ["L1", "L2", "L3"])
    #expect(applicants.allSatisfy { $0.appliedOn == nil })
  }

  @Test func agesComeFromTheBirthDatesPassedIn() {
    let applicants = Self.inputs(consider: "all").applicants
    #expect(applicants.map(\.facts.age) == [17, nil, nil])
  }

  @Test func aSupersededRoundsAwardsCountAsRevoked() {
    let held = Self.inputs(consider: "applicants").applicants.first?.facts.awards
    #expect(held?.contains("other-grant") == true)
    let superseding = Self.inputs(consider: "applicants", supersedes: "R-1")
    #expect(superseding.applicants.first?.facts.awards?.contains("other-grant") == false)
    #expect(superseding.supersedes == "R-1")
  }

  /// A region large enough to be shared among the cores: learners registered in no order of
  /// their ids (some ids longer than 16 bytes, some with a 16-byte prefix in common, some not
  /// ASCII), some erased, some who applied before the date, some after.
  static func largeState(learners count: Int) -> ClusterState {
    var state = IntakeState(ClusterState())
    var random = SplitMix64(seed: 2026)
    let application = DomainEvent.applicationSubmitted(
      ApplicationSubmitted(policy: "fixture-population"))
    for number in 0..<count {
      let hex = String(random.next() >> 8, radix: 16)
      let id =
        switch number % 5 {
        case 0: "L-0000000000000000-\(hex)"
        case 1: "Lё\(hex)"
        default: "L\(hex)"
        }
      func add(_ day: String, _ event: DomainEvent) {
        state.apply(EventDraft(stream: .learner(LearnerID(id)), effective: date(day), event: event))
      }
      add(
        "2026-09-01",
        .learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 11, className: "А", language: .kk, district: "351010000",
            region: "35")))
      switch random.next() % 4 {
      case 0: add("2026-10-01", application)
      case 1: add("2026-10-20", application)
      case 2:
        add("2026-10-01", application)
        if number % 3 == 0 { add("2026-10-05", .learnerErased(LearnerErased(reason: "r"))) }
      default: break
      }
    }
    return state.state
  }

  @Test(arguments: ["applicants", "all"])
  func aLargeRegionsApplicantsAreThoseOfOneLearnerAfterAnother(_ consider: String) {
    let state = Self.largeState(learners: 30_000)
    let policy = Self.policy(consider: consider)
    let birthDate = { (id: LearnerID) in
      id.rawValue.hasSuffix("7") ? Self.date("2009-01-01") : nil
    }
    let inputs = RoundInputs(
      policy: policy, asOf: Self.asOf, logPosition: 9, seed: "", state: state,
      birthDate: birthDate)
    // The population as the definition reads: every learner not erased, in id order, their
    // facts; the applicants those with a first application on or before the date.
    let expected = state.learners.filter { $0.erased == nil }.sorted { $0.id < $1.id }
      .compactMap { learner -> Applicant? in
        let facts = Facts(
          learner: learner, asOf: Self.asOf, birthDate: birthDate(learner.id), policy: policy.id)
        if consider == "all" { return Applicant(facts: facts) }
        return facts.appliedOn.map { Applicant(facts: facts, appliedOn: $0) }
      }
    #expect(expected.count > 8192)
    #expect(inputs.applicants.map(\.facts) == expected.map(\.facts))
    #expect(inputs.applicants.map(\.appliedOn) == expected.map(\.appliedOn))
  }
}
