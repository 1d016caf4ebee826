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
  /// Where the learner's history puts them on `asOf`: the periods are read in place, never
  /// copied.
  public let onDate: StageOnDate
  /// The last term result, when dated on or before `asOf`.
  public let term: TermSummary?
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
    onDate = StageOnDate(state.history, on: asOf)
    if let term = state.lastTerm, let date = state.lastTermDate, date <= asOf {
      self.term = term
    } else {
      term = nil
    }
    isRecorded = state.registration != nil || !state.history.isEmpty
  }

  /// The stage period on `asOf` (``StageOnDate/period``).
  public var period: StagePeriod? { onDate.period }

  /// The college period of the programme followed on `asOf` (``StageOnDate/programme``).
  public var programme: StagePeriod? { onDate.programme }

  /// The school placement on the date.
  public var school: SchoolPlacement? { onDate.school }

  /// The stage on the date: a dual placement at an enterprise is still the college stage.
  public var stage: Stage? { onDate.stage }

  /// The last term result of the current college programme: a session is a college's, so a
  /// result dated before the programme began (a school's) is no session grade — a first-year
  /// student has none until the first session. Nil outside college.
  public var sessionTerm: TermSummary? {
    guard let start = onDate.programmeStart, let date = state.lastTermDate, date >= start
    else { return nil }
    return term
  }

  /// The college placement of the programme followed on the date (``StageOnDate/college``).
  public var college: CollegePlacement? { onDate.college }

  /// Whether the learner trains dually on the date (``StageOnDate/dualTraining``).
  public var dualTraining: Bool? { onDate.dualTraining }

  /// The enterprise placement on the date.
  public var enterprise: EnterprisePlacement? { onDate.enterprise }

  /// The institution of the placement on the date (school, college or university).
  public var institution: InstitutionID? { onDate.institution }

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

  /// Year of study at college on the date (``StageOnDate/course``); 1–6.
  public var course: Int? { onDate.course }
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
