import Foundation
import JolModel
import Testing

@testable import JolApp

/// Derived state in the data directory: a snapshot written after writes, and a missing, damaged
/// or stale one rebuilt from the log — always equal to a full replay.
@Suite struct SnapshotStoreTests {
  /// 400 learners with three events each, appended in one write; `prefix` names their ids.
  func populated(prefix: String = "L") throws -> String {
    let data = try temporaryDirectory()
    let store = try Store.openForWriting(testContext(data: data))
    var batches: [[EventDraft]] = []
    for index in 0..<400 {
      let learner = LearnerID("\(prefix)\(1000 + index)")
      let date = CivilDate("2025-09-01")!
      batches.append([
        EventDraft(
          stream: .learner(learner), effective: date,
          event: .learnerRegistered(
            LearnerRegistered(
              school: InstitutionID("S-\(index % 7)"), grade: 9, className: "А", language: .kk,
              district: "391010000", region: "39"))),
        EventDraft(
          stream: .learner(learner), effective: date,
          event: .categoryDeclared(CategoryChange(category: index % 3 == 0 ? .rural : .lowIncome))),
        EventDraft(
          stream: .learner(learner), effective: CivilDate("2026-06-25")!,
          event: .termResult(
            TermResult(
              term: "2025-2", gpa: FixedDecimal(units: Int64(30_000 + index * 50)),
              attendance: FixedDecimal(90), grades: []))),
      ])
    }
    try store.append(batches)
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
    #expect(restored.coveredSequence == 1200)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == fullReplay(data))
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
}
