import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// `jol log stats` counts events by type from the counts the writer keeps
/// (`snapshots/event-types`) and the events after them: the same counts as decoding every event
/// of the log, whether the kept file is current, behind, damaged, of another log, or missing.
@Suite struct EventTypeCountsTests {
  let checkpoints = CheckpointStoreTests()

  /// Events by type, every event of the log decoded.
  func model(_ data: String) throws -> [String: Int] {
    try checkpoints.events(data).reduce(into: [:]) { $0[$1.type.rawValue, default: 0] += 1 }
  }

  /// `jol log stats --format json`'s events by type, checked to count the log's streams.
  func stats(_ data: String) throws -> [String: Int] {
    let result = runJol(["log", "stats", "--format", "json", "--data", data])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["streams"] as? Int == Set(try checkpoints.events(data).map(\.stream)).count)
    let rows = try #require(object["by_type"] as? [[String: Any]])
    return Dictionary(
      uniqueKeysWithValues: rows.map { ($0["type"] as? String ?? "", $0["events"] as? Int ?? -1) })
  }

  func kept(_ data: String) -> EventTypeCounts? {
    (try? PosixFileSystem().readFile(data + "/snapshots/" + EventTypeCounts.fileName))
      .flatMap(EventTypeCounts.decode)
  }

  @Test func theCountsAreTheLogsWhateverTheKeptFileSays() throws {
    let data = try checkpoints.region()
    let path = data + "/snapshots/" + EventTypeCounts.fileName
    // The writer counted what it wrote.
    let written = try #require(kept(data))
    let events = try checkpoints.events(data)
    #expect(written.through?.sequence == UInt64(events.count))
    #expect(written.counts == (try model(data)))
    #expect(try stats(data) == (try model(data)))

    // A write adds what it appended: the file follows the log.
    try checkpoints.writer(data).append(checkpoints.tail(events))
    let appended = try #require(kept(data))
    #expect(appended.through?.sequence == UInt64(try checkpoints.events(data).count))
    #expect(appended.counts == (try model(data)))
    #expect(appended.counts != written.counts)
    #expect(try stats(data) == (try model(data)))

    // Damaged, emptied, of another log, a directory: not believed, the log counted whole.
    let bytes = try PosixFileSystem().readFile(path)
    let other = try checkpoints.region(seed: 41)
    let otherBytes = try PosixFileSystem().readFile(
      other + "/snapshots/" + EventTypeCounts.fileName)
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0x04
    for damaged in [flipped, Array(bytes.dropLast(3)), [], otherBytes] {
      try AtomicFile.write(damaged, to: path)
      #expect(try stats(data) == (try model(data)))
    }
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(try stats(data) == (try model(data)))
    try FileManager.default.removeItem(atPath: path)

    // A reader never writes it; the next writer counts the log whole and writes it.
    #expect(try stats(data) == (try model(data)))
    #expect(!FileManager.default.fileExists(atPath: path))
    try checkpoints.writer(data).refreshEventTypeCounts()
    #expect(kept(data)?.counts == (try model(data)))
  }

  /// Counts kept through another record than the last before a write (left by a writer that
  /// stopped, or put back): the write does not add to them; they are brought up from the log
  /// once they are a snapshot's interval behind it, and read with the events after them till
  /// then.
  @Test func countsBehindTheLogAreBroughtUpFromTheLogOnceAnIntervalBehind() throws {
    let data = try checkpoints.region(seed: 43)
    let path = data + "/snapshots/" + EventTypeCounts.fileName
    let behind = try PosixFileSystem().readFile(path)
    let old = try #require(EventTypeCounts.decode(behind))
    let learner = try #require(try checkpoints.events(data).first { $0.stream.kind == .learner })
    func days(_ count: Int, from first: String) -> [[EventDraft]] {
      (0..<count).map { day in
        [
          EventDraft(
            stream: learner.stream, effective: CivilDate(first)!.adding(days: day),
            event: .categoryDeclared(CategoryChange(category: .largeFamily)))
        ]
      }
    }
    try checkpoints.writer(data).append(days(3, from: "2027-01-01"))
    try AtomicFile.write(behind, to: path)
    try checkpoints.writer(data).append(days(2, from: "2027-02-01"))
    #expect(kept(data) == old, "not added to counts behind the log")
    #expect(try stats(data) == (try model(data)))

    try checkpoints.writer(data).append(days(Int(Store.snapshotInterval), from: "2027-03-01"))
    let after = try #require(kept(data))
    #expect(after.through?.sequence == UInt64(try checkpoints.events(data).count))
    #expect(after.counts == (try model(data)))
    #expect(
      after.counts["learner.category_declared"]
        == (old.counts["learner.category_declared"] ?? 0) + 5 + Int(Store.snapshotInterval))
  }

  @Test func aFileDecodesToWhatWasEncodedAndAnyDamageIsRefused() throws {
    let counts = EventTypeCounts(
      through: LogPosition(
        sequence: 1_234, segmentFirstSequence: 1_001, offset: 98_765, checksum: 0xBEEF),
      counts: ["learner.registered": 400, "learner.term_result": 2_100, "policy.published": 3],
      streams: 431)
    let bytes = counts.encode()
    #expect(EventTypeCounts.decode(bytes) == counts)
    #expect(EventTypeCounts.decode(EventTypeCounts().encode()) == EventTypeCounts())
    for index in bytes.indices {
      var damaged = bytes
      damaged[index] ^= 0x01
      #expect(EventTypeCounts.decode(damaged) == nil, "byte \(index)")
      #expect(EventTypeCounts.decode(Array(bytes.prefix(index))) == nil, "cut at \(index)")
    }
  }
}
