import JolModel
import Testing

/// A learner's state does not depend on the order the learner's events arrive in, as long as
/// events of one date arrive in the order they were recorded: replay in log order equals the
/// fold in effective-date order, for every order a log can hold them in.
@Suite struct LearnerFoldOrderTests {
  typealias Stream = [(effective: CivilDate, event: DomainEvent)]

  @Test func logOrderEqualsDateOrderForRandomStreams() {
    for seed in UInt64(0)..<500 {
      var generator = LearnerStreamGenerator(seed: seed)
      let stream = generator.stream(count: 4 + generator.rng.below(30))
      for _ in 0..<6 {
        let arrival = stream.shuffled(using: &generator.rng)
        let log = LearnerState.logOrder(arrival)
        let dated = LearnerState.dateOrder(arrival)
        guard log == dated else {
          Issue.record("seed \(seed): \(differences(log, dated))\nfor\n\(describe(arrival))")
          return
        }
      }
    }
  }

  @Test func everyRecordIsReadBackFromASnapshot() throws {
    var state = ClusterState()
    for seed in UInt64(0)..<60 {
      var generator = LearnerStreamGenerator(seed: seed)
      for (index, event) in generator.stream(count: 20).enumerated() {
        state.apply(
          EventPayload(
            recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: event.effective,
            actor: "test", event: event.event
          ).envelope(
            sequence: state.coveredSequence + 1, stream: .learner(LearnerID("L-\(seed)")),
            streamVersion: UInt64(index + 1), id: EventID("E-\(seed)-\(index)")))
      }
    }
    #expect(state.learners.contains { !$0.kept.isEmpty })
    #expect(state.learners.contains { $0.history.contains(where: \.endedByLeaving) })
    #expect(state.learners.contains { $0.history.contains(where: \.leftAfterEntryOfItsDate) })
    #expect(state.learners.contains { $0.kept.contains { $0.after > 0 } })
    #expect(try ClusterSnapshot.decode(ClusterSnapshot.encode(state)) == state)
  }

  @Test func replayOfAShuffledLogEqualsTheClusterFold() {
    var generator = LearnerStreamGenerator(seed: 2026)
    var events: [(learner: LearnerID, effective: CivilDate, event: DomainEvent)] = []
    for learner in 0..<40 {
      for event in generator.stream(count: 15) {
        events.append((LearnerID("L-\(learner)"), event.effective, event.event))
      }
    }
    for _ in 0..<5 {
      var versions: [LearnerID: UInt64] = [:]
      let log = events.shuffled(using: &generator.rng).enumerated().map { index, event in
        versions[event.learner, default: 0] += 1
        return EventPayload(
          recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: event.effective,
          actor: "test", event: event.event
        ).envelope(
          sequence: UInt64(index + 1), stream: .learner(event.learner),
          streamVersion: versions[event.learner]!, id: EventID("E\(index)"))
      }
      var replayed = ClusterState()
      for envelope in log { replayed.apply(envelope) }
      let folded = ClusterState.fold(log)
      // Learners are listed in order of first appearance, which differs between the two.
      #expect(replayed.coveredSequence == folded.coveredSequence)
      #expect(replayed.learners.count == folded.learners.count)
      for learner in replayed.learners {
        #expect(folded.learner(learner.id) == learner, "\(learner.id)")
      }
    }
  }
}
