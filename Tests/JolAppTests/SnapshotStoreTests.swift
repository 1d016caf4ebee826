import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// Derived state in the data directory: a snapshot written after writes, and a missing, damaged
/// or stale one rebuilt from the log — always equal to a full replay.
@Suite struct SnapshotStoreTests {
  /// 400 synthetic learners of grade 9, each registered with their categories and given one
  /// term result, a batch a learner; `prefix` names their ids (the same seed gives every prefix
  /// the same number of events).
  func drafts(prefix: String = "L") -> [[EventDraft]] {
    var generator = SyntheticGenerator(seed: 400)
    return (0..<400).map { index in
      let id = LearnerID("\(prefix)\(1000 + index)")
      let learner = generator.learner(grade: 9, registered: CivilDate("2025-09-01")!)
      let term = generator.termResult(term: "2025-2", strength: .ordinary)
      return learner.events(as: id).map {
        EventDraft(stream: $0.stream, effective: $0.effective, event: $0.event)
      } + [
        EventDraft(
          stream: .learner(id), effective: CivilDate("2026-06-25")!, event: .termResult(term))
      ]
    }
  }

  /// A data directory holding ``drafts(prefix:)``, appended in one write.
  func populated(prefix: String = "L") throws -> String {
    let data = try temporaryDirectory()
    try Store.openForWriting(testContext(data: data)).append(drafts(prefix: prefix))
    return data
  }

  func fullReplay(_ data: String) throws -> ClusterState {
    var events: [EventEnvelope] = []
    try Store.openForReading(testContext(data: data)).forEachEvent { events.append($0) }
    return ClusterState.fold(events)
  }

  @Test func aWriteLeavesASnapshotThatEqualsAFullReplay() throws {
    let data = try populated()
    let snapshot = data + "/snapshots/state.snapshot"
    #expect(FileManager.default.fileExists(atPath: snapshot))
    let restored = try ClusterSnapshot.decode(
      Array(try Data(contentsOf: URL(fileURLWithPath: snapshot))))
    #expect(restored.coveredSequence == UInt64(drafts().joined().count))
    #expect(restored.coveredSequence > 800)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == fullReplay(data))
  }

  /// The data directory with an event appended that the codec refuses (an unknown type, under
  /// a valid checksum: only decoding finds it); returns its sequence.
  func appendUndecodable(to data: String) throws -> UInt64 {
    let log = try EventLog.open(directory: data + "/log", mode: .readWrite)
    defer { log.close() }
    let result = try log.append([
      ProposedRecord(
        id: "E-bad", stream: "learner/L1000", payload: Array(#"{"type":"no_such_event"}"#.utf8))
    ])
    return try #require(result.sequences?.upperBound)
  }

  @Test(arguments: [false, true])
  func anUndecodableEventIsReportedAtItsSequence(keepSnapshot: Bool) throws {
    // The tail after a snapshot, or the whole log when there is none: each read on every core,
    // the failure named as a one-thread replay names it.
    let data = try populated()
    if !keepSnapshot { try FileManager.default.removeItem(atPath: data + "/snapshots") }
    let bad = try appendUndecodable(to: data)
    do {
      _ = try Store.openForReading(testContext(data: data)).currentState()
      Issue.record("the state was read past an undecodable event")
    } catch let error as CommandError {
      #expect(error.exitCode == .dataError)
      #expect(error.message.en.contains("event #\(bad) cannot be read"), "\(error.message.en)")
    }
  }

  @Test func aDamagedOrMissingSnapshotIsRebuiltFromTheLog() throws {
    let data = try populated()
    let expected = try fullReplay(data)
    let snapshot = URL(fileURLWithPath: data + "/snapshots/state.snapshot")
    var bytes = try Data(contentsOf: snapshot)
    bytes[bytes.count / 2] ^= 0x5A
    try bytes.write(to: snapshot)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == expected)

    try "not a snapshot".write(to: snapshot, atomically: true, encoding: .utf8)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == expected)

    try FileManager.default.removeItem(at: snapshot)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == expected)
  }

  @Test func aSnapshotAheadOfTheLogIsNotUsed() throws {
    // A snapshot from a longer log (a restored backup of the log, an older copy) covers
    // sequences this log does not have: it is ignored, not trusted.
    let long = try populated()
    let short = try temporaryDirectory()
    try SampleLearner.write(to: short)
    try FileManager.default.createDirectory(
      atPath: short + "/snapshots", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: long + "/snapshots/state.snapshot", toPath: short + "/snapshots/state.snapshot")
    let state = try Store.openForReading(testContext(data: short)).currentState()
    #expect(state == (try fullReplay(short)))
    #expect(state.learners.count == 1)
  }

  /// A snapshot from another log of the same length or shorter (a log cut back and grown again
  /// with other events, another region's copy) covers sequences this log has, but not the same
  /// records: it is not trusted, and the writer replaces it.
  @Test func aSnapshotOfAnotherLogOfAnyLengthIsNotUsed() throws {
    let original = try populated(prefix: "L")
    for extra in [0, 1, 1500] {
      let other = try populated(prefix: "M")
      if extra > 0 {
        let store = try Store.openForWriting(testContext(data: other))
        try store.append(
          (0..<extra).map { index in
            [
              EventDraft(
                stream: .learner(LearnerID("N\(index)")), effective: CivilDate("2025-09-01")!,
                event: .categoryDeclared(CategoryChange(category: .rural)))
            ]
          })
      }
      try FileManager.default.removeItem(atPath: other + "/snapshots/state.snapshot")
      try FileManager.default.copyItem(
        atPath: original + "/snapshots/state.snapshot",
        toPath: other + "/snapshots/state.snapshot")
      let state = try Store.openForReading(testContext(data: other)).currentState()
      #expect(state == (try fullReplay(other)), "\(extra) events more")
      #expect(state.learners.allSatisfy { !$0.id.rawValue.hasPrefix("L") }, "\(extra)")
      // The next write replaces the foreign snapshot with one of this log.
      let writer = try Store.openForWriting(testContext(data: other))
      try writer.append([
        [
          EventDraft(
            stream: .learner(LearnerID("W1")), effective: CivilDate("2025-09-01")!,
            event: .categoryDeclared(CategoryChange(category: .rural)))
        ]
      ])
      let snapshot = try Data(contentsOf: URL(fileURLWithPath: other + "/snapshots/state.snapshot"))
      let restored = try ClusterSnapshot.decode(Array(snapshot))
      #expect(restored == (try fullReplay(other)), "\(extra): rewritten from this log")
    }
  }

  @Test func theStateAsOfADateAfterEveryEventIsTheCurrentOne() throws {
    // The learners' events are dated up to 2026-06-25: as of that date or later, and as known
    // at the log's last event, the state is the snapshot's and the tail's — the events the
    // snapshot covers are not read again. An event only decoding refuses, first in the log and
    // left out of the snapshot, shows which slices are read from the log.
    let data = try temporaryDirectory()
    _ = try Store.openForWriting(testContext(data: data))
    let bad = try appendUndecodable(to: data)
    try Store.openForWriting(testContext(data: data)).append(drafts())
    let writer = try Store.openForWriting(testContext(data: data))
    var current = ClusterState()
    try writer.forEachEvent(from: bad + 1) { current.apply($0) }
    try writer.saveSnapshot(current)
    let last = current.coveredSequence
    #expect(current.latestEffective == CivilDate("2026-06-25"))

    let store = try Store.openForReading(testContext(data: data))
    let fromTheSnapshot = [
      TimeSlice(), TimeSlice(asOf: CivilDate("2026-06-25")!),
      TimeSlice(asOf: CivilDate("2031-01-01")!, knownAt: .sequence(last)),
    ]
    for slice in fromTheSnapshot {
      let same = try store.state(slice) == current
      #expect(same, "\(slice)")
    }
    let fromTheLog = [
      TimeSlice(asOf: CivilDate("2026-06-24")!), TimeSlice(knownAt: .sequence(last - 1)),
      TimeSlice(knownAt: .date(CivilDate("2031-01-01")!)),
    ]
    for slice in fromTheLog {
      #expect(throws: CommandError.self, "\(slice)") { try store.state(slice) }
    }
  }

  @Test func theStateAsOfAnyDateIsTheFoldOfTheLogsEventsAsOfIt() throws {
    // With a snapshot and a tail after it, whichever way each slice is read: the current state
    // as it is, with the two learners dated later folded anew, or the log folded.
    let data = try populated()
    try Store.openForWriting(testContext(data: data)).append(
      drafts(prefix: "M").prefix(2).map {
        $0.map {
          EventDraft(stream: $0.stream, effective: $0.effective.adding(days: 2), event: $0.event)
        }
      })
    var events: [EventEnvelope] = []
    let store = try Store.openForReading(testContext(data: data))
    try store.forEachEvent { events.append($0) }
    let last = UInt64(events.count)
    // Few enough to be read again rather than the log folded.
    #expect(Store.learnersToReadAgain(events: last) >= 2)
    let dates = [
      "2025-08-31", "2025-09-01", "2026-06-24", "2026-06-25", "2026-06-26", "2026-06-27",
    ]
    for date in dates.map({ CivilDate($0)! }) {
      for knownAt in [nil, KnownAt.sequence(last), .sequence(last - 4)] {
        let slice = TimeSlice(asOf: date, knownAt: knownAt)
        let same = try store.state(slice) == ClusterState.fold(events, asOf: date, knownAt: knownAt)
        #expect(same, "\(slice)")
      }
    }
  }
}
