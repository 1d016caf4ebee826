/// The whole region's state folded from the log: every learner, institution, enterprise,
/// mentor, policy version, funding round and matching run, and the log position it covers.
///
/// Learners are kept in one contiguous array with an index by id, not in a dictionary of
/// large values: a dictionary reserves slots for its load factor, which for 1 000 000 learners
/// would double the memory of the state itself.
public struct ClusterState: Hashable, Sendable {
  /// Every learner, in order of first appearance in the log.
  public internal(set) var learners: [LearnerState] = []
  /// Position of each learner in ``learners``.
  var learnerIndex = LearnerIndex()
  public var institutions: [InstitutionID: InstitutionState] = [:]
  public var enterprises: [EnterpriseID: EnterpriseState] = [:]
  public var mentors: [MentorID: MentorState] = [:]
  /// Published versions of each policy, in order of their dates (then of publication).
  public var policies: [PolicyID: [PolicyVersionRecord]] = [:]
  public var rounds: [RoundID: RunState<RoundRun>] = [:]
  public var matchings: [MatchingRunID: RunState<MatchingRun>] = [:]
  /// The highest global sequence folded in: a snapshot of this state covers the log up to it.
  public var coveredSequence: UInt64 = 0
  /// The latest effective date of the events folded in; nil before any. The state as of any
  /// date from it on is this state (``TimeSlice/includesAll(of:)``).
  public internal(set) var latestEffective: CivilDate?
  /// The events the organisations above are folded from, by the stream that names each
  /// organisation, each in date order (``applyToOrganisations(_:)``).
  var organisationEvents: [StreamName: [OrganisationEvent]] = [:]

  public init() {}

  /// The learner with this id, if the log has named them.
  /// - Complexity: O(1).
  public func learner(_ id: LearnerID) -> LearnerState? {
    learnerIndex.position(of: id, in: learners).map { learners[Int($0)] }
  }

  /// Calls `body` with every learner, in order: a copy of each state, a retain and a release of
  /// each of its arrays (reading the array through a buffer pointer copies it all the same).
  public func forEachLearner(_ body: (LearnerState) throws -> Void) rethrows {
    try forEachLearner(in: learners.indices, body)
  }

  /// ``forEachLearner(_:)`` for the learners at these positions.
  public func forEachLearner(in positions: Range<Int>, _ body: (LearnerState) throws -> Void)
    rethrows
  {
    for position in positions { try body(learners[position]) }
  }

  /// Reserves room for `count` learners (before a large replay).
  public mutating func reserveLearners(_ count: Int) {
    learners.reserveCapacity(count)
    learnerIndex.reserveCapacity(count, of: learners)
  }

  /// The position of a learner in ``learners``, adding an empty state when new.
  mutating func learnerPosition(_ id: LearnerID) -> Int {
    if let index = learnerIndex.position(of: id, in: learners) { return Int(index) }
    learnerIndex.append(LearnerState(id: id), to: &learners)
    return learners.count - 1
  }

  /// Replaces ``learners`` and rebuilds their index (restoring a snapshot, reordering them).
  mutating func setLearners(_ states: [LearnerState]) {
    learners = states
    learnerIndex = LearnerIndex(indexing: states)
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.learners == rhs.learners && lhs.institutions == rhs.institutions
      && lhs.enterprises == rhs.enterprises && lhs.mentors == rhs.mentors
      && lhs.policies == rhs.policies
      && lhs.rounds == rhs.rounds && lhs.matchings == rhs.matchings
      && lhs.coveredSequence == rhs.coveredSequence && lhs.latestEffective == rhs.latestEffective
      && lhs.organisationEvents == rhs.organisationEvents
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(learners)
    hasher.combine(coveredSequence)
  }
}
