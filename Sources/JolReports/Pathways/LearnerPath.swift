import JolModel

/// What one learner's history says for the pathway report: how they left grade 9, how they
/// left college and where they went. Pure reading of ``LearnerState/history``; dates are
/// effective dates.
enum LearnerPath {
  /// Where a pupil went after grade 9.
  enum AfterGrade9: String, CaseIterable {
    case college
    case grade10 = "grade_10"
    case other
  }

  /// The learner's grade-9 exit in `year`: the end of a grade-9 school period in that year and
  /// where they went within half a year (a new grade-9 period — repeating, another school — is
  /// no exit). Nil when they did not leave grade 9 that year (or only after `asOf`).
  static func grade9Exit(_ state: LearnerState, year: Int, asOf: CivilDate) -> AfterGrade9? {
    for (index, period) in state.history.enumerated() {
      guard case .school(let school) = period.placement, school.grade == 9,
        let until = period.until, until.year == year, until <= asOf
      else { continue }
      let window = until.adding(days: 183)
      let next = state.history[(index + 1)...].first { $0.from >= until && $0.from <= window }
      switch next?.placement {
      case .school(let later)? where later.grade == 9: continue
      case .school(let later)? where later.grade == 10: return .grade10
      case .college?: return .college
      default: return .other
      }
    }
    return nil
  }

  /// The end of a college programme in `year`: the specialty and college, and the outcome —
  /// for a graduate, where they went within 12 months (see ``destination``).
  struct CollegeExit {
    var college: InstitutionID
    var specialty: SpecialtyCode
    var outcome: LeaverOutcome
  }

  /// Reasons that end a programme; the others (promoted, transferred, academic leave, an
  /// enrolment into a dual placement) continue it.
  private static let leaving: Set<TransitionReason> = [
    .graduated, .expelled, .droppedOut, .moved, .conscripted, .employed, .maternityLeave, .other,
  ]

  /// The learner's programme end in `year`, on or before `asOf`; nil when none.
  static func collegeExit(
    _ state: LearnerState, year: Int, asOf: CivilDate, employers: [EnterpriseID: Set<SpecialtyCode>]
  ) -> CollegeExit? {
    let history = state.history
    for index in history.indices {
      let period = history[index]
      guard let until = period.until, until.year == year, until <= asOf,
        let reason = period.exitReason, leaving.contains(reason),
        let programme = programme(at: index, history)
      else { continue }
      // A college or dual period followed at once by another is a programme that goes on.
      if let next = history[(index + 1)...].first(where: { $0.from == until }),
        programmeContinues(next.placement)
      {
        continue
      }
      let outcome =
        reason == .graduated
        ? destination(
          after: until, from: index + 1, history, asOf: asOf, specialty: programme.specialty,
          employers: employers)
        : .notCompleted
      return CollegeExit(
        college: programme.institution, specialty: programme.specialty, outcome: outcome)
    }
    return nil
  }

  /// The college programme a period belongs to: its own at college; for a dual placement, the
  /// college period it follows directly (through other dual placements).
  static func programme(at index: Int, _ history: [StagePeriod]) -> CollegePlacement? {
    guard let college = StageOnDate.programme(continuedBy: index, in: history),
      case .college(let placement) = history[college].placement
    else { return nil }
    return placement
  }

  private static func programmeContinues(_ placement: StagePlacement) -> Bool {
    switch placement {
    case .college: true
    case .enterprise(let enterprise): enterprise.kind == .dualTraining
    default: false
    }
  }

  /// A graduate's destination: of the placements entered within 12 months of graduating (and
  /// by `asOf`), the first by this order — employment (in the specialty first), continuing
  /// study, military service, maternity leave, neither study nor work, leaving the region;
  /// ``LeaverOutcome/notRecorded`` when there is none.
  static func destination(
    after graduation: CivilDate, from start: Int, _ history: [StagePeriod], asOf: CivilDate,
    specialty: SpecialtyCode, employers: [EnterpriseID: Set<SpecialtyCode>]
  ) -> LeaverOutcome {
    let window = min(graduation.adding(days: 365), asOf)
    var best = LeaverOutcome.notRecorded
    var bestRank = Int.max
    for period in history[start...] where period.from >= graduation && period.from <= window {
      let outcome: LeaverOutcome
      switch period.placement {
      case .enterprise(let enterprise):
        let inSpecialty =
          enterprise.specialty.map { $0 == specialty }
          ?? employers[enterprise.enterprise]?.contains(specialty) ?? false
        outcome = inSpecialty ? .employedInSpecialty : .employedOther
      case .university, .college, .school: outcome = .continuingStudy
      case .outside(let outside):
        switch outside.kind {
        case .militaryService: outcome = .militaryService
        case .maternityLeave: outcome = .maternityLeave
        case .leftRegion: outcome = .leftRegion
        case .neet: outcome = .neet
        case .other: outcome = .notRecorded
        }
      }
      let rank = LeaverOutcome.allCases.firstIndex(of: outcome) ?? Int.max
      if rank < bestRank {
        best = outcome
        bestRank = rank
      }
    }
    return best
  }
}
