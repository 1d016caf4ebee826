import Foundation
import Synchronization
import Testing

@testable import JolModel

/// ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` gives the state a one-thread fold of the
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
        #expect(state.learnerIndex.position(of: learner.id, in: state.learners) == Int32(position))
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

  @Test(arguments: [1, 2, 3])
  func theReadingStopsSoonAfterAnEventThatDoesNotDecode(cores: Int) {
    // A damaged log is not read to its end: each core holds a few batches at most, and the
    // reader stops at the first batch after a core has met the event.
    #expect(Self.region.count > 1_000)
    let events = Self.damaged(at: [10])
    var handed = 0
    var state = ClusterState()
    do {
      try state.foldInParallel(cores: cores, batchSize: 4) { add in
        for event in events {
          handed += 1
          try add(event)
        }
      }
      Issue.record("no failure")
    } catch let failure as UndecodableEvent {
      #expect(failure.sequence == 11)
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(handed < 300, "\(handed) of \(events.count) events read")
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

/// ``Lanes`` run each lane's work once, in the order handed over, lanes side by side; at most
/// `depth` pieces of a lane are waiting or running at a time.
struct LanesTests {
  @Test(arguments: [true, false])
  func eachLaneRunsItsWorkOnceInOrder(threads: Bool) {
    let laneCount = 3
    let done = Mutex([[Int]](repeating: [], count: laneCount))
    let lanes = Lanes(laneCount, depth: 2, threads: threads)
    for piece in 0..<60 {
      let lane = piece * 7 % laneCount
      lanes.run(lane) { done.withLock { $0[lane].append(piece) } }
    }
    lanes.wait()
    let expected = (0..<laneCount).map { lane in (0..<60).filter { $0 * 7 % laneCount == lane } }
    #expect(done.withLock { $0 } == expected)
    // More work after a wait runs too.
    lanes.run(1) { done.withLock { $0[1].append(-1) } }
    lanes.wait()
    #expect(done.withLock { $0[1].last } == -1)
  }

  @Test func aLaneHoldsAtMostItsDepth() {
    // Each piece counts itself in while it waits or runs; the caller may not hand over a third
    // while two of the lane's are still in.
    let inLane = Atomic<Int>(0)
    let most = Mutex(0)
    let lanes = Lanes(1, depth: 2)
    for _ in 0..<40 {
      let now = inLane.add(1, ordering: .acquiringAndReleasing).newValue
      most.withLock { $0 = max($0, now) }
      lanes.run(0) {
        usleep(200)
        inLane.subtract(1, ordering: .acquiringAndReleasing)
      }
    }
    lanes.wait()
    #expect(most.withLock { $0 } <= 3, "at most two in the lane, and the one being handed over")
    #expect(inLane.load(ordering: .acquiring) == 0)
  }

  /// Once `wait` returns, no lane holds what its work captured: the caller's next write to a
  /// value the work held a copy of happens in place.
  @Test func whatTheWorkCapturedIsReleasedOnceWaitReturns() {
    final class Held: Sendable {}
    let lanes = Lanes(2, depth: 4)
    for round in 0..<300 {
      var held: Held? = Held()
      weak let watched = held
      for lane in 0..<2 { lanes.run(lane) { [held] in _ = held } }
      held = nil
      lanes.wait()
      #expect(watched == nil, "round \(round)")
      if watched != nil { break }
    }
  }

  @Test func withoutThreadsWorkRunsOnTheCallerWhenHandedOver() {
    let lanes = Lanes(2, threads: false)
    var ran = false
    let flag = Mutex(false)
    lanes.run(1) { flag.withLock { $0 = true } }
    ran = flag.withLock { $0 }
    #expect(ran, "ran before run returned")
  }
}
