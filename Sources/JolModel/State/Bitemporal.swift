/// "What had been recorded by then": a bound on the log, by global sequence or by the date
/// (in Kazakhstan) on which events were recorded.
public enum KnownAt: Hashable, Sendable {
  /// Events with a global sequence ≤ N.
  case sequence(UInt64)
  /// Events recorded on or before this civil date (Kazakhstan time).
  case date(CivilDate)

  /// Whether an event had been recorded at this point.
  public func includes(_ envelope: EventEnvelope) -> Bool {
    includes(sequence: envelope.sequence, recordedAt: envelope.recordedAt)
  }

  /// Whether the event of this sequence, recorded then, had been recorded at this point.
  public func includes(sequence: UInt64, recordedAt: Timestamp) -> Bool {
    switch self {
    case .sequence(let last): sequence <= last
    case .date(let date): recordedAt.kazakhstanDate <= date
    }
  }
}

/// Bitemporal selection of events: effective on or before `asOf` (the world as of a date) and
/// recorded by `knownAt` (what the log knew then); nil means no bound.
public struct TimeSlice: Hashable, Sendable {
  public var asOf: CivilDate?
  public var knownAt: KnownAt?

  public init(asOf: CivilDate? = nil, knownAt: KnownAt? = nil) {
    self.asOf = asOf
    self.knownAt = knownAt
  }

  /// Whether an event is in the slice.
  public func includes(_ envelope: EventEnvelope) -> Bool {
    includes(
      sequence: envelope.sequence, effective: envelope.effective, recordedAt: envelope.recordedAt)
  }

  /// Whether the event of this sequence, effective and recorded then, is in the slice.
  public func includes(sequence: UInt64, effective: CivilDate, recordedAt: Timestamp) -> Bool {
    (asOf.map { effective <= $0 } ?? true)
      && (knownAt?.includes(sequence: sequence, recordedAt: recordedAt) ?? true)
  }

  /// The events of the slice in fold order: effective date, then global sequence. Sorted in
  /// place: `sorted` would copy every event once more (a retain and a release of each of its
  /// strings), and a learner read again has each of its events selected so.
  /// - Complexity: O(n log n); O(n) for events already in order, as most streams' are.
  public func select(_ events: some Sequence<EventEnvelope>) -> [EventEnvelope] {
    var selected = events.filter(includes)
    selected.sort { ($0.effective, $0.sequence) < ($1.effective, $1.sequence) }
    return selected
  }
}

extension LearnerState {
  /// A learner's state as of an effective date and as known at a point of the log: folds the
  /// learner's events that are in the slice, in effective-date order (sequence breaks ties).
  /// Events of other streams in `events` are skipped.
  /// - Complexity: O(n log n) in the number of events.
  public static func fold(
    _ events: some Sequence<EventEnvelope>, learner: LearnerID, asOf: CivilDate? = nil,
    knownAt: KnownAt? = nil
  ) -> LearnerState {
    var state = LearnerState(id: learner)
    let stream = StreamName.learner(learner)
    for envelope in TimeSlice(asOf: asOf, knownAt: knownAt).select(
      events.lazy.filter { $0.stream == stream })
    {
      state.apply(envelope)
    }
    return state
  }
}

extension ClusterState {
  /// The region's state as of an effective date and as known at a point of the log: the events
  /// in the slice folded in date order (sequence breaking ties), the learners in order of their
  /// first event in the log, as in every state.
  /// - Complexity: O(n log n) in the number of events.
  public static func fold(
    _ events: some Sequence<EventEnvelope>, asOf: CivilDate? = nil, knownAt: KnownAt? = nil
  ) -> ClusterState {
    var state = ClusterState()
    for envelope in TimeSlice(asOf: asOf, knownAt: knownAt).select(events) { state.apply(envelope) }
    state.setLearners(state.learners.sorted { $0.firstSequence < $1.firstSequence })
    return state
  }
}

extension TimeSlice {
  /// Whether every event folded into `state` is in the slice — then the state as of the slice
  /// is `state` itself: the fold of a learner's events or an organisation's does not depend on
  /// their order (``LearnerState/apply(_:)``, ``ClusterState/applyToOrganisations(_:)``), and
  /// learners come in order of their first event in the log either way. A slice known at a date
  /// is never said to: the state does not keep when its events were recorded.
  public func includesAll(of state: ClusterState) -> Bool {
    guard let latest = state.latestEffective else { return true }
    if let asOf, latest > asOf { return false }
    switch knownAt {
    case nil: return true
    case .sequence(let last): return state.coveredSequence <= last
    case .date: return false
    }
  }
}
