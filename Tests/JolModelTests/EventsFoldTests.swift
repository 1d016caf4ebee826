import Testing

@testable import JolModel

/// The folds cannot skip an event type silently: their switches have no `default:` (a new type
/// does not compile until each says what to do with it), and this test fails when what a fold
/// does with a registered type is nothing.
@Suite struct EventsFoldTests {
  @Test func everyRegisteredTypeChangesTheStateItIsFoldedInto() {
    var log = RandomLog(seed: 5)
    var state = ClusterState()
    var changing: Set<EventType> = []
    for envelope in log.generate(3000) {
      // The state as it would be had the fold only noted the event's sequence.
      var unchanged = state
      unchanged.coveredSequence = max(state.coveredSequence, envelope.sequence)
      if envelope.stream.kind == .learner {
        let position = unchanged.learnerPosition(LearnerID(envelope.stream.id))
        unchanged.learners[position].lastSequence = max(
          unchanged.learners[position].lastSequence, envelope.sequence)
      }
      state.apply(envelope)
      if state != unchanged { changing.insert(envelope.type) }
    }
    let registered = Set(EventRegistry.rows.map(\.type))
    #expect(
      registered.subtracting(changing).isEmpty,
      "folded without effect: \(registered.subtracting(changing).map(\.rawValue).sorted())")
  }
}
