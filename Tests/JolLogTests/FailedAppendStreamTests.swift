import Foundation
import Testing

@testable import JolLog

/// An append advances stream versions in the index as it encodes its records, and puts them
/// back when the records do not become durable: whatever makes an append fail (an invalid
/// record in a later batch, a version conflict, a failed flush, a failure after a segment was
/// sealed), every stream's version is then the one its durable records give — in this log,
/// and in the index file a later open reads.
@Suite struct FailedAppendStreamTests {
  /// Each stream's version as the log's records give it (its number of records).
  static func versionsInRecords(_ log: EventLog) throws -> [String: UInt64] {
    var versions: [String: UInt64] = [:]
    for (_, stream, version, _, _) in try replay(log) {
      #expect(version == (versions[stream] ?? 0) + 1, "versions of \(stream) dense from 1")
      versions[stream] = version
    }
    return versions
  }

  /// The versions the log answers for `streams`, beside those its records give.
  static func expectVersionsAgree(_ log: EventLog, _ streams: [String]) throws {
    let inRecords = try versionsInRecords(log)
    for stream in streams {
      #expect(log.streamVersion(stream) == inRecords[stream] ?? 0, "stream \(stream)")
    }
  }

  static let streams = ["old", "new-a", "new-b", "new-c"]

  @Test func anInvalidRecordInALaterBatchLeavesEveryVersion() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    try log.append(batch("seed", count: 3, stream: "old"))
    let bad = ProposedRecord(id: "bad", stream: "new-c", payload: Array("[]".utf8))
    let error = logError {
      try log.appendBatches([
        batch("one", count: 2, stream: "old"), batch("two", count: 4, stream: "new-a"),
        batch("three", count: 1, stream: "new-b") + [bad],
      ])
    }
    guard case .invalidRecord? = error?.kind else {
      Issue.record("expected invalidRecord, got \(String(describing: error))")
      return
    }
    #expect(log.streamVersion("old") == 3)
    #expect(log.streamVersion("new-a") == 0)
    try Self.expectVersionsAgree(log, Self.streams)
    // The next append numbers on from the durable records.
    try log.appendBatches([
      batch("again", count: 2, stream: "old"), batch("a", count: 1, stream: "new-a"),
    ])
    #expect(log.streamVersion("old") == 5)
    #expect(log.streamVersion("new-a") == 1)
    try Self.expectVersionsAgree(log, Self.streams)
    #expect(try log.verify().records == 6)
  }

  @Test func aVersionConflictLeavesEveryVersion() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    try log.append(batch("seed", count: 2, stream: "old"))
    let error = logError {
      try log.append(batch("late", count: 3, stream: "old"), expecting: ["old": .exactly(1)])
    }
    guard case .versionConflict? = error?.kind else {
      Issue.record("expected versionConflict, got \(String(describing: error))")
      return
    }
    #expect(log.streamVersion("old") == 2)
    try Self.expectVersionsAgree(log, Self.streams)
  }

  @Test func aFailedFlushLeavesEveryVersion() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    let log = try EventLog.open(directory: directory.log, fileSystem: faulty)
    defer { log.close() }
    try log.append(batch("seed", count: 2, stream: "old"))
    faulty.fail("fdatasync")
    #expect(
      logError {
        try log.appendBatches([
          batch("one", count: 2, stream: "old"), batch("two", count: 3, stream: "new-a"),
        ])
      } != nil)
    // The log refuses writes from now on, and still answers what its durable records hold.
    #expect(log.streamVersion("old") == 2)
    #expect(log.streamVersion("new-a") == 0)
  }

  /// Small segments: the first groups of the call are made durable when their segment fills,
  /// and a later batch then fails. Their versions stay, the others are put back, and the index
  /// file (saved when a segment is sealed) holds no version of a record that is not in the log.
  @Test(arguments: [1, 5, 17, 40])
  func aFailureAfterASegmentWasSealedKeepsOnlyTheDurableVersions(failingBatch: Int) throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 2_048)
    let names = (0..<6).map { "stream-\($0)" }
    do {
      let log = try EventLog.open(directory: directory.log, options: options)
      defer { log.close() }
      try log.appendBatches((0..<30).map { batch("seed-\($0)", count: 3, stream: names[$0 % 6]) })
      let bad = ProposedRecord(id: "bad", stream: names[0], payload: Array("not json".utf8))
      var batches = (0..<50).map { batch("more-\($0)", count: 4, stream: names[$0 % 6]) }
      batches[failingBatch].append(bad)
      let before = try log.verify().records
      #expect(logError { try log.appendBatches(batches) } != nil)
      #expect(try log.verify().records >= before)
      try Self.expectVersionsAgree(log, names)
    }
    // A later open reads the index file, when one was saved: it agrees with the records too.
    let reopened = try EventLog.open(directory: directory.log, options: options)
    defer { reopened.close() }
    try Self.expectVersionsAgree(reopened, names)
    try reopened.appendBatches([batch("after", count: 2, stream: names[3])])
    try Self.expectVersionsAgree(reopened, names)
    _ = try reopened.verify()
  }

  @Test func batchesGivenOneByOneAreAskedForInOrderAndNoneAfterAFailure() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    var asked: [Int] = []
    let results = try log.appendBatches(count: 4, records: 8) { index in
      asked.append(index)
      return batch("given-\(index)", count: 2, stream: "s\(index)")
    }
    #expect(asked == [0, 1, 2, 3])
    #expect(results.map(\.sequences) == [1...2, 3...4, 5...6, 7...8])
    asked = []
    let error = logError {
      try log.appendBatches(count: 4, records: 8) { index in
        asked.append(index)
        // Batch 1 repeats an id of batch 0 and is skipped; batch 2 is invalid.
        if index == 2 { return [ProposedRecord(id: "x", stream: "s", payload: [])] }
        return batch("twice", count: 2, stream: "s")
      }
    }
    guard case .invalidRecord? = error?.kind else {
      Issue.record("expected invalidRecord, got \(String(describing: error))")
      return
    }
    #expect(asked == [0, 1, 2])
    #expect(log.lastSequence == 8)
    #expect(log.streamVersion("s") == 0)
  }

  /// The versions of many streams at once (looked up in pieces on every core) are each
  /// stream's own, absent streams 0, in the order asked.
  @Test func manyStreamsAtOnceAreEachStreamsVersion() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    try log.appendBatches(
      (0..<6_000).map { batch("many-\($0)", count: 1 + $0 % 3, stream: "stream-\($0)") })
    let asked = (0..<9_000).reversed().map { "stream-\($0)" }
    let versions = log.streamVersions(of: asked)
    #expect(versions.count == 9_000)
    for (stream, version) in zip(asked, versions) {
      let number = Int(stream.dropFirst("stream-".count))!
      #expect(version == (number < 6_000 ? UInt64(1 + number % 3) : 0), "\(stream)")
    }
    #expect(log.streamVersion("stream-5") == 3)
  }
}
