/// Everything the log says about one learner, folded from the learner's stream: where they are
/// and have been on the path, their categories, consents, results, diagnostics, mentorships and
/// awards. No personal data (that is in the vault).
///
/// Built by ``apply(_:effective:sequence:)``; see `LearnerState+Apply.swift` for the rules that
/// make late-recorded events land where their effective date puts them.
public struct LearnerState: Hashable, Codable, Sendable {
  public var id: LearnerID
  public var registration: LearnerRegistration?
  /// Stage periods in order of their start; the last one without an end is the current one.
  public var history: [StagePeriod] = []
  /// Category periods in order of their start (then category).
  public var categories: [CategoryPeriod] = []
  /// Consents in order of recording (then reference).
  public var consents: [ConsentRecord] = []
  /// The result of the latest term (by effective date), as the state keeps it.
  public var lastTerm: TermSummary?
  /// Effective date of ``lastTerm``.
  public var lastTermDate: CivilDate?
  /// Every term's latest-recorded results, as digests, sorted by term: what
  /// `jol import grades` compares a row with.
  public var terms: [RecordedTerm] = []
  /// Diagnostics in order of their dates.
  public var diagnostics: [DiagnosticSummary] = []
  /// Mentorships in order of their start (then mentor).
  public var mentorships: [MentorshipPeriod] = []
  /// Awards in order of grant (then policy and round).
  public var awards: [AwardRecord] = []
  /// Applications to policies, in order of their dates.
  public var applications: [ApplicationRecord] = []
  /// The list held for each mentoring programme, in order of their dates (then programme).
  public var mentorPreferences: [MentorPreferenceRecord] = []
  /// When the learner's personal data was erased (`jol forget`), if it was.
  public var erased: CivilDate?
  /// The highest global sequence folded in.
  public var lastSequence: UInt64 = 0
  /// The lowest global sequence folded in (0 before any): where the learner comes among the
  /// others in a state (``ClusterState/learners``).
  public var firstSequence: UInt64 = 0
  /// The latest effective date of the events folded in; nil before any. The learner's state as
  /// of any date from it on is this one
  /// (``ClusterState/restrict(asOf:events:limit:readOrder:learnersReadAtOnce:minimumPiece:)``).
  public var latestEffective: CivilDate?
  /// Events the records above cannot say again, kept to derive a collection anew when an
  /// event dated earlier arrives later (`LearnerState+Apply.swift`, which lists what an event in
  /// date order keeps); empty for most learners. By date, then collection, thing, place among
  /// the thing's starts and ends of the date, and kind.
  public internal(set) var kept: [KeptEvent] = []

  public init(id: LearnerID) { self.id = id }

  /// Whether the two states say the same of the learner: their records, leaving out what the
  /// fold keeps for itself — the events kept aside (``kept``), and the sequences and latest date
  /// folded (a repeat on a later date changes those, and says nothing new).
  public func hasSameRecords(as other: LearnerState) -> Bool {
    records == other.records
  }

  /// The state without what the fold keeps for itself (``hasSameRecords(as:)``).
  private var records: LearnerState {
    var state = self
    state.kept = []
    (state.lastSequence, state.firstSequence, state.latestEffective) = (0, 0, nil)
    return state
  }

  /// The current placement: the last period that has not ended.
  public var current: StagePeriod? {
    guard let last = history.last, last.until == nil else { return nil }
    return last
  }

  /// The placement on a date, if the learner had one.
  /// - Complexity: O(number of periods).
  public func period(on date: CivilDate) -> StagePeriod? {
    history.last { $0.contains(date) }
  }

  /// The categories held on a date, sorted and without repeats.
  public func categories(on date: CivilDate) -> [Category] {
    Array(Set(categories.lazy.filter { $0.contains(date) }.map(\.category))).sorted()
  }

  /// The policies whose awards hold on a date, sorted and without repeats.
  public func awards(on date: CivilDate) -> [PolicyID] {
    Array(Set(awards.lazy.filter { $0.holds(on: date) }.map(\.grant.policy))).sorted()
  }

  /// The latest diagnostic taken on or before a date.
  public func latestDiagnostic(onOrBefore date: CivilDate) -> DiagnosticSummary? {
    diagnostics.last { $0.date <= date }
  }

  /// The first application to `policy` made on or before a date.
  public func application(to policy: PolicyID, onOrBefore date: CivilDate) -> ApplicationRecord? {
    applications.first { $0.application.policy == policy && $0.appliedOn <= date }
  }

  /// The list for a mentoring programme, if one was declared on or before a date.
  public func mentorPreferences(for programme: String, onOrBefore date: CivilDate)
    -> MentorPreferenceRecord?
  {
    mentorPreferences.first { $0.list.programme == programme && $0.declared <= date }
  }

  /// The mentorship that has not ended, if any.
  public var currentMentorship: MentorshipPeriod? { mentorships.last { $0.until == nil } }

  /// Consents recorded and not withdrawn on a date.
  public func activeConsents(on date: CivilDate) -> [ConsentRecord] {
    consents.filter { $0.recorded <= date && ($0.withdrawn.map { date < $0 } ?? true) }
  }
}
