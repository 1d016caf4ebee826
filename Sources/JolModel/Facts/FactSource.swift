/// What a learner's state tells as of a decision date, read once and shared by the derivations
/// of every fact (``FactVocabulary``): the placement on the date, the last term, the
/// applications to the policy decided on.
///
/// `state` should be folded as of `asOf` (``TimeSlice``); periods, categories, awards,
/// mentorships and diagnostics are also read *on* `asOf`, and a term result dated after it is
/// ignored, so a state folded later gives the same facts for these.
public struct FactSource: Sendable {
  /// The learner.
  public let state: LearnerState
  /// The decision date.
  public let asOf: CivilDate
  /// The learner's birth date from the vault, for `age` only (never kept as a fact).
  public let birthDate: CivilDate?
  /// The policy decided on, for the application facts.
  public let policy: PolicyID?
  /// The position in the learner's history of ``period`` and of ``programme``: the periods
  /// are read in place, never copied (a report reads a million learners' this way).
  private let periodIndex: Int?
  private let programmeIndex: Int?
  /// The last term result, when dated on or before `asOf`.
  public let term: TermResult?
  /// Whether the log has registered or placed the learner: then categories, awards and
  /// mentorship are known (possibly empty, or no), the log being the record of declarations.
  public let isRecorded: Bool

  /// Reads the state once for the derivations.
  /// - Complexity: O(periods) of the learner.
  public init(
    learner state: LearnerState, asOf: CivilDate, birthDate: CivilDate? = nil,
    policy: PolicyID? = nil
  ) {
    self.state = state
    self.asOf = asOf
    self.birthDate = birthDate
    self.policy = policy
    periodIndex = state.history.lastIndex { $0.contains(asOf) }
    programmeIndex = periodIndex.flatMap { Self.programme(continuedBy: $0, in: state.history) }
    if let term = state.lastTerm, let date = state.lastTermDate, date <= asOf {
      self.term = term
    } else {
      term = nil
    }
    isRecorded = state.registration != nil || !state.history.isEmpty
  }

  /// The stage period on `asOf`.
  public var period: StagePeriod? { periodIndex.map { state.history[$0] } }

  /// The college period of the programme followed on `asOf`: ``period`` itself at college, or,
  /// during the workplace part of dual training at an enterprise, the college period that
  /// placement continues (dual training is a way of training a college's students, so they
  /// stay its students: same stage, funding, form and course). Nil otherwise.
  public var programme: StagePeriod? { programmeIndex.map { state.history[$0] } }

  /// The placement on the date.
  private var placement: StagePlacement? { periodIndex.map { state.history[$0].placement } }

  /// The school placement on the date.
  public var school: SchoolPlacement? {
    if case .school(let school)? = placement { return school }
    return nil
  }

  /// The stage on the date: a dual placement at an enterprise is still the college stage.
  public var stage: Stage? { programmeIndex != nil ? .college : placement?.stage }

  /// The last term result of the current college programme: a session is a college's, so a
  /// result dated before the programme began (a school's) is no session grade — a first-year
  /// student has none until the first session. Nil outside college.
  public var sessionTerm: TermResult? {
    guard let programmeIndex, let date = state.lastTermDate, date >= programmeStart(programmeIndex)
    else { return nil }
    return term
  }

  /// The college placement of the programme followed on the date (see ``programme``).
  public var college: CollegePlacement? {
    guard let programmeIndex, case .college(let college) = state.history[programmeIndex].placement
    else { return nil }
    return college
  }

  /// Whether the learner trains dually on the date: a dual enrolment, or a dual placement at an
  /// enterprise. Nil without a placement.
  public var dualTraining: Bool? {
    switch placement {
    case .college(let college)?: college.dualTraining
    case .enterprise(let enterprise)?: enterprise.kind == .dualTraining
    case nil: nil
    default: false
    }
  }

  /// The enterprise placement on the date.
  public var enterprise: EnterprisePlacement? {
    if case .enterprise(let enterprise)? = placement { return enterprise }
    return nil
  }

  /// The institution of the placement on the date (school, college or university).
  public var institution: InstitutionID? {
    if let college { return college.institution }
    switch placement {
    case .school(let school)?: return school.institution
    case .university(let university)?: return university.institution
    default: return nil
    }
  }

  /// The applications to ``policy`` on or before the date, in date order then log order.
  public var applications: [ApplicationSubmitted] {
    guard let policy else { return [] }
    return state.applications.prefix { $0.appliedOn <= asOf }
      .filter { $0.application.policy == policy }.map(\.application)
  }

  /// The value of the latest application to ``policy`` that states it: an agreement signed
  /// after the first application is recorded by applying again with it.
  public func latestStated<T>(_ value: (ApplicationSubmitted) -> T?) -> T? {
    applications.reversed().lazy.compactMap(value).first
  }

  /// Year of study at college on the date: academic years (from 1 September) since the
  /// learner entered the current college programme, following corrections at the same
  /// college; 1 in the first year, at most 6.
  public var course: Int? {
    guard let programmeIndex else { return nil }
    return Facts.course(since: programmeStart(programmeIndex), on: asOf)
  }

  /// The college period the period at `index` belongs to: itself at college; for a dual
  /// placement at an enterprise, the college period it directly follows (through earlier dual
  /// placements). Positions in `history`.
  private static func programme(continuedBy index: Int, in history: [StagePeriod]) -> Int? {
    var index = index
    while true {
      switch history[index].placement {
      case .college: return index
      case .enterprise(let enterprise) where enterprise.kind == .dualTraining:
        guard index > 0, history[index - 1].until == history[index].from else { return nil }
        index -= 1
      default: return nil
      }
    }
  }

  /// The first day of the programme the college period at `programme` belongs to: the run of
  /// college periods at the same institution, with the dual placements between them, that
  /// ends with it. A change of form or funding starts a new period but not a new programme.
  private func programmeStart(_ programme: Int) -> CivilDate {
    let history = state.history
    guard case .college(let college) = history[programme].placement else {
      return history[programme].from
    }
    var index = programme
    var start = index
    while index > 0, history[index - 1].until == history[index].from {
      index -= 1
      switch history[index].placement {
      case .college(let previous) where previous.institution == college.institution:
        start = index
      case .enterprise(let enterprise) where enterprise.kind == .dualTraining: continue
      default: return history[start].from
      }
    }
    return history[start].from
  }
}

extension Facts {
  /// The facts the log supplies about a learner as of a decision date: each fact of the
  /// vocabulary derived by its entry (``FactVocabulary``) from what the state tells
  /// (``FactSource``). What the state cannot tell stays nil — unknown, never "no".
  ///
  /// - Parameters:
  ///   - birthDate: the learner's birth date from the vault, for `age`; only the age on
  ///     `asOf` is kept, never the date itself (so no explanation can show it).
  ///   - policy: the policy decided on, for `applied_on` (its first application on or before
  ///     `asOf`) and the agreement facts (its applications on or before `asOf`).
  /// - Complexity: O(periods + categories + awards + applications) of the learner.
  public init(
    learner state: LearnerState, asOf: CivilDate, birthDate: CivilDate? = nil,
    policy: PolicyID? = nil
  ) {
    self.init(id: state.id.rawValue)
    let source = FactSource(learner: state, asOf: asOf, birthDate: birthDate, policy: policy)
    for entry in FactVocabulary.entries { entry.derive?(&self, source) }
  }

  /// Year of study on `date` for a programme entered on `start`: 1 until the next 1 September, then one more each 1 September; 1–6.
  public static func course(since start: CivilDate, on date: CivilDate) -> Int {
    func academicYear(_ day: CivilDate) -> Int { day.month >= 9 ? day.year : day.year - 1 }
    return min(6, max(1, academicYear(date) - academicYear(start) + 1))
  }
}
