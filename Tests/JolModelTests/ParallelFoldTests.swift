import Synchronization
import Testing

@testable import JolModel

/// ``ClusterState/foldInParallel(cores:batchSize:_:)`` gives the state a one-thread fold of the
/// same events in log order gives — learners in the same order, organisations, the covered
/// sequence — and the same first failure, whatever the cores and the batch size.
struct ParallelFoldTests {
  /// A generated region's events (organisations, learners, transitions, terms, demand,
  /// applications, mentors, preference lists), encoded as the log holds them.
  static func encodedRegion(seed: UInt64, learners: Int) -> [EncodedEvent] {
    var generator = SyntheticGenerator(seed: seed)
    let drafts = generator.region(learners: learners).events { LearnerID("L-\($0)") }
    return drafts.enumerated().map { index, draft in
      let payload = EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(index)),
        effective: draft.effective, actor: "test", event: draft.event)
      return EncodedEvent(
        sequence: UInt64(index + 1), stream: draft.stream.description, streamVersion: 1,
        id: "E\(index + 1)", payload: ArraySlice(EventCodec.encode(payload)))
    }
  }

  static let region = encodedRegion(seed: 11, learners: 300)

  /// The one-thread fold: decode each event and apply it, in order.
  static func sequentialFold(_ events: some Sequence<EncodedEvent>, into state: inout ClusterState)
    throws
  {
    for event in events {
      state.apply(
        try EventCodec.decode(
          sequence: event.sequence, stream: event.stream, streamVersion: event.streamVersion,
          id: event.id, payload: event.payload))
    }
  }

  static func parallelFold(
    _ events: some Sequence<EncodedEvent>, into state: inout ClusterState, cores: Int,
    batchSize: Int
  ) throws {
    try state.foldInParallel(cores: cores, batchSize: batchSize) { add in
      for event in events { try add(event) }
    }
  }

  @Test(arguments: [1, 2, 3, 7])
  func foldsAWholeRegionAsOneThreadDoes(cores: Int) throws {
    var expected = ClusterState()
    try Self.sequentialFold(Self.region, into: &expected)
    #expect(expected.learners.count == 300)
    #expect(!expected.institutions.isEmpty && !expected.enterprises.isEmpty)
    for batchSize in [1, 7, 500, 100_000] {
      var state = ClusterState()
      try Self.parallelFold(Self.region, into: &state, cores: cores, batchSize: batchSize)
      #expect(state == expected, "\(cores) cores, batches of \(batchSize)")
      #expect(state.learners.map(\.id) == expected.learners.map(\.id))
      #expect(state.coveredSequence == expected.coveredSequence)
    }
  }

  @Test(arguments: [1, 2, 5])
  func foldsATailOntoAStateThatHasLearnersAlready(cores: Int) throws {
    // As after a snapshot: some learners known, the tail adds events to them and new ones.
    var expected = ClusterState()
    try Self.sequentialFold(Self.region, into: &expected)
    for split in [1, Self.region.count / 3, Self.region.count - 5] {
      var state = ClusterState()
      try Self.sequentialFold(Self.region[..<split], into: &state)
      try Self.parallelFold(Self.region[split...], into: &state, cores: cores, batchSize: 64)
      #expect(state == expected, "tail from \(split), \(cores) cores")
      // The index finds every learner where the array holds them.
      for (position, learner) in state.learners.enumerated() {
        #expect(state.learnerIndex[learner.id] == Int32(position))
      }
    }
  }

  @Test func anEmptyRunChangesNothing() throws {
    var state = ClusterState()
    try Self.sequentialFold(Self.region.prefix(50), into: &state)
    let before = state
    try Self.parallelFold([EncodedEvent](), into: &state, cores: 2, batchSize: 16)
    #expect(state == before)
  }

  /// The region with the payloads at `positions` damaged: not JSON any more.
  static func damaged(at positions: [Int]) -> [EncodedEvent] {
    var events = region
    for position in positions { events[position].payload = ArraySlice("{\"type\":".utf8) }
    return events
  }

  @Test(arguments: [1, 2, 4])
  func throwsTheFirstUndecodableEventInLogOrder(cores: Int) {
    let last = Self.region.count - 1
    for positions in [[0], [17], [17, last / 2], [last / 2, 17, last], [last]] {
      let events = Self.damaged(at: positions)
      for batchSize in [1, 10, 4096] {
        var state = ClusterState()
        do {
          try Self.parallelFold(events, into: &state, cores: cores, batchSize: batchSize)
          Issue.record("no failure for \(positions)")
        } catch let failure as UndecodableEvent {
          #expect(failure.sequence == UInt64(positions.min()! + 1), "\(positions), \(batchSize)")
          #expect(failure.reason is JSONReadError)
        } catch {
          Issue.record("unexpected \(error)")
        }
      }
    }
  }

  @Test(arguments: [1, 2])
  func anEventInAStreamItDoesNotBelongToIsUndecodableAsOneThreadFindsIt(cores: Int) throws {
    // The fold checks the stream as the one-thread decode does: a learner's event under an
    // institution's stream, a stream of no known kind, a stream without an id.
    let learnerEvent = try #require(
      Self.region.firstIndex { $0.stream.hasPrefix("learner/") && $0.sequence > 20 })
    for stream in ["institution/S-1", "pupil/L-1", "learner/", "learner"] {
      var events = Self.region
      events[learnerEvent].stream = stream
      var expected = ClusterState()
      var expectedReason = ""
      do {
        try Self.sequentialFold(events, into: &expected)
        Issue.record("the one-thread fold took \(stream)")
      } catch {
        expectedReason = "\(error)"
      }
      var state = ClusterState()
      do {
        try Self.parallelFold(events, into: &state, cores: cores, batchSize: 16)
        Issue.record("the parallel fold took \(stream)")
      } catch let failure as UndecodableEvent {
        #expect(failure.sequence == events[learnerEvent].sequence)
        #expect("\(failure.reason)" == expectedReason, "\(stream)")
        #expect(expectedReason.contains("stream"))
      }
    }
  }

  struct ReaderFailure: Error {}

  @Test(arguments: [1, 2])
  func anUndecodableEventBeforeTheReadersFailureIsTheFailure(cores: Int) {
    // The reader stops at position 1000 (a damaged log): an undecodable event before it is
    // what a one-thread replay meets first; without one, the reader's failure is thrown.
    #expect(Self.region.count > 1000)
    for damagedAt in [nil, 10, 999] as [Int?] {
      let events = Self.damaged(at: damagedAt.map { [$0] } ?? [])
      var state = ClusterState()
      do {
        try state.foldInParallel(cores: cores, batchSize: 128) { add in
          for event in events.prefix(1000) { try add(event) }
          throw ReaderFailure()
        }
        Issue.record("no failure")
      } catch let failure as UndecodableEvent {
        #expect(damagedAt.map { failure.sequence == UInt64($0 + 1) } ?? false)
      } catch {
        #expect(damagedAt == nil && error is ReaderFailure)
      }
    }
  }

  @Test func aSubjectsStreamsShareOneKey() {
    #expect(
      ClusterState.foldKey(ofSubjectIn: "learner/L-1")
        == ClusterState.foldKey(ofSubjectIn: "institution/L-1"))
    #expect(
      ClusterState.foldKey(ofSubjectIn: "learner/L-1")
        != ClusterState.foldKey(ofSubjectIn: "learner/L-2"))
    // Only the first `/` separates: an id may hold more.
    #expect(
      ClusterState.foldKey(ofSubjectIn: "policy/a/b")
        == ClusterState.foldKey(ofSubjectIn: "round/a/b"))
  }
}

/// ``StartedTasks`` runs every task once, on workers or on the waiting caller.
struct StartedTasksTests {
  @Test(arguments: [1, 2, 3, 8])
  func runsEveryTaskOnceAndWaitsForAll(cores: Int) {
    for count in [0, 1, 2, 5, 64] {
      let runs = Mutex([Int](repeating: 0, count: count))
      let tasks = StartedTasks(count, cores: cores) { task in runs.withLock { $0[task] += 1 } }
      tasks.wait()
      #expect(runs.withLock { $0 } == [Int](repeating: 1, count: count), "\(count) tasks")
      tasks.wait()
      #expect(runs.withLock { $0 } == [Int](repeating: 1, count: count))
    }
  }
}
