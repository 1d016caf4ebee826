/// The state an intake plans against: the data directory's state with the file's earlier rows
/// folded in, so two rows about one learner (left school, entered college) see each other; and
/// the vault's map of IINs to learners, passed in (the log never holds an IIN).
public struct IntakeState {
  /// The state with the planned events folded in.
  public private(set) var state: ClusterState
  /// The learner an IIN names in the vault; nil when the vault does not know it.
  public let learner: (IIN) -> LearnerID?
  private var sequence: UInt64

  /// Planning starts from `state`, the vault's IINs looked up with `learner`.
  public init(_ state: ClusterState, learner: @escaping (IIN) -> LearnerID? = { _ in nil }) {
    self.state = state
    self.learner = learner
    self.sequence = state.coveredSequence
  }

  /// Makes room for `count` more learners than the state has (a roster's new learners).
  public mutating func reserveLearners(_ count: Int) {
    state.reserveLearners(state.learners.count + count)
  }

  /// Folds a planned event in, as the log will once it is appended.
  public mutating func apply(_ draft: EventDraft) {
    sequence += 1
    state.apply(
      EventEnvelope(
        id: EventID(""), stream: draft.stream, streamVersion: 0, sequence: sequence,
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: draft.effective,
        actor: ActorID(""), event: draft.event))
  }

  /// Whether folding `draft` in would change none of the learner's records: it is already
  /// recorded. The events a fold keeps aside (``LearnerState/kept``) and the latest date do not
  /// count — the same list or category again on a later date is kept there, and says nothing
  /// new.
  public func isRecorded(_ draft: EventDraft) -> Bool {
    guard draft.stream.kind == .learner else { return false }
    let id = LearnerID(draft.stream.id)
    guard var learner = state.learner(id) else { return false }
    let before = learner
    learner.apply(draft.event, effective: draft.effective, sequence: before.lastSequence)
    return learner.hasSameRecords(as: before)
  }
}
