import JolModel

/// Random streams of one learner's events for the fold-order tests: every learner event kind,
/// from small pools of values and dates so that dates collide, lists repeat and ends meet
/// their starts on the same day.
struct LearnerStreamGenerator {
  var rng: SplitMix64

  init(seed: UInt64) { rng = SplitMix64(seed: seed) }

  /// One learner's events, each with its effective date, in no particular order. A start or
  /// end of a category, consent or mentorship comes, one time in three, with its opposite on
  /// the same date (a same-day correction): shuffled, they arrive as end-then-start and
  /// start-then-end pairs of one thing and date.
  mutating func stream(count: Int) -> [(effective: CivilDate, event: DomainEvent)] {
    var events: [(effective: CivilDate, event: DomainEvent)] = []
    while events.count < count {
      let (day, event) = (date(), event())
      events.append((day, event))
      if rng.below(3) == 0, let opposite = Self.opposite(of: event) {
        events.append((day, opposite))
      }
    }
    return events
  }

  /// The event that undoes `event` (an end for a start, a start for an end) of a dated run.
  static func opposite(of event: DomainEvent) -> DomainEvent? {
    switch event {
    case .categoryDeclared(let e): .categoryEnded(e)
    case .categoryEnded(let e): .categoryDeclared(e)
    case .consentRecorded(let e): .consentWithdrawn(e)
    case .consentWithdrawn(let e): .consentRecorded(e)
    case .mentorshipAssigned(let e):
      .mentorshipEnded(MentorshipEnded(mentor: e.mentor, reason: .other))
    case .mentorshipEnded(let e):
      .mentorshipAssigned(MentorshipAssigned(mentor: e.mentor, enterprise: "E-1", matching: nil))
    default: nil
    }
  }

  /// One of eight dates a month apart.
  mutating func date() -> CivilDate {
    CivilDate("2026-01-01")!.adding(days: 30 * rng.below(8))
  }

  mutating func event() -> DomainEvent {
    switch rng.below(24) {
    case 0:
      .learnerRegistered(
        LearnerRegistered(
          school: rng.pick(["S-1", "S-2"]), grade: 5 + rng.below(2), className: "А",
          language: rng.pick([.kk, .ru]), district: rng.pick(["d-1", "d-2"]), region: "r"))
    case 1, 2, 3: .stageEntered(StageEntered(placement: placement(), reason: reason()))
    case 4, 5: .stageLeft(StageLeft(stage: rng.pick(Stage.allCases), reason: reason()))
    case 6: .categoryDeclared(CategoryChange(category: rng.pick([.rural, .orphan])))
    case 7: .categoryEnded(CategoryChange(category: rng.pick([.rural, .orphan])))
    case 8: .consentRecorded(ConsentChange(reference: rng.pick(["C-1", "C-2"])))
    case 9: .consentWithdrawn(ConsentChange(reference: rng.pick(["C-1", "C-2"])))
    case 10:
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: InstrumentRef(id: "klimov", version: 1 + rng.below(2)),
          answers: ["q1": rng.pick(["a", "b"])], scores: ["human": FixedDecimal(rng.below(3))],
          leadingDirections: ["technology"]))
    case 11, 12:
      .termResult(
        TermResult(
          term: rng.pick(["2025-1", "2025-2"]), gpa: FixedDecimal(3 + rng.below(2)),
          attendance: FixedDecimal(90), grades: [SubjectGrade(subject: "math", grade: 4)]))
    case 13:
      .mentorshipAssigned(
        MentorshipAssigned(
          mentor: rng.pick(["M-1", "M-2"]), enterprise: rng.pick(["E-1", "E-2"]),
          matching: rng.pick([nil, "run-1"]), reason: rng.pick([nil, "moved"])))
    case 14:
      .mentorshipEnded(
        MentorshipEnded(mentor: rng.pick(["M-1", "M-2"]), reason: rng.pick([.completed, .other])))
    case 15:
      .awardGranted(
        AwardGranted(
          policy: "P-1", policyVersion: 1 + rng.below(2), round: rng.pick(["R-1", "R-2"]),
          amount: Money(tenge: 100_000), periodStart: date(), periodEnd: date().adding(days: 300))
      )
    case 16:
      .awardRevoked(
        AwardRevoked(
          policy: "P-1", round: rng.pick(["R-1", "R-2"]), reason: rng.pick(["expelled", "moved"])))
    case 17:
      .awardPaid(
        AwardPaid(
          policy: "P-1", round: rng.pick(["R-1", "R-2"]),
          amount: Money(tenge: Int64(1 + rng.below(3))), periodStart: CivilDate("2026-01-01")!,
          periodEnd: CivilDate("2026-01-31")!))
    case 18:
      .applicationSubmitted(
        ApplicationSubmitted(policy: rng.pick(["P-1", "P-2"]), agreement: rng.pick([nil, true])))
    case 19, 20:
      .mentorPreferencesDeclared(
        MentorPreferencesDeclared(
          programme: rng.pick(["dual", "stem"]),
          choices: rng.pick([[.mentor("M-1")], [.mentor("M-2")], [.enterprise("E-1")]])))
    case 21: .learnerErased(LearnerErased(reason: "request"))
    default: .stageLeft(StageLeft(stage: rng.pick([.school, .college]), reason: reason()))
    }
  }

  mutating func reason() -> TransitionReason {
    rng.pick([.enrolled, .promoted, .transferred, .graduated])
  }

  mutating func placement() -> StagePlacement {
    switch rng.below(5) {
    case 0:
      .school(
        SchoolPlacement(
          institution: rng.pick(["S-1", "S-2"]), grade: 6, className: "А", language: .kk))
    case 1:
      .college(
        CollegePlacement(
          institution: rng.pick(["C-1", "C-2"]), specialty: SpecialtyCode(rawValue: "07150100"),
          form: .fullTime, funding: .stateOrder, language: .kk))
    case 2: .enterprise(EnterprisePlacement(enterprise: "E-1", kind: .employment))
    case 3:
      .university(UniversityPlacement(institution: "U-1", programme: "6B06101", funding: .grant))
    default: .outside(OutsidePlacement(kind: rng.pick([.neet, .militaryService])))
    }
  }
}

extension LearnerState {
  /// The state of `events` folded in the order given, with sequences 1, 2, … in that order
  /// (a log in which they were recorded in that order).
  static func logOrder(_ events: [(effective: CivilDate, event: DomainEvent)]) -> LearnerState {
    var state = LearnerState(id: "L-1")
    for (index, event) in events.enumerated() {
      state.apply(event.event, effective: event.effective, sequence: UInt64(index + 1))
    }
    return state
  }

  /// The state of the same log folded in effective-date order, sequence breaking ties.
  static func dateOrder(_ events: [(effective: CivilDate, event: DomainEvent)]) -> LearnerState {
    var state = LearnerState(id: "L-1")
    let sorted = events.enumerated().sorted {
      ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset)
    }
    for (index, event) in sorted {
      state.apply(event.event, effective: event.effective, sequence: UInt64(index + 1))
    }
    return state
  }
}

/// The fields in which two states differ, each with both values: what a failure shows. Empty
/// when they differ in none but those `ignoring` names.
func differences(
  _ a: LearnerState, _ b: LearnerState, ignoring: Set<String> = []
) -> String {
  zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).compactMap { x, y in
    guard !ignoring.contains(x.label ?? "") else { return nil }
    let (left, right) = (String(describing: x.value), String(describing: y.value))
    return left == right ? nil : "\(x.label ?? "?"):\n  \(left)\n  \(right)"
  }.joined(separator: "\n")
}

/// A stream as short lines: date and event.
func describe(_ stream: [(effective: CivilDate, event: DomainEvent)]) -> String {
  stream.map { "\($0.effective) \($0.event)" }.joined(separator: "\n")
}
