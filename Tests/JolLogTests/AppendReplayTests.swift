import Foundation
import JolModel
import Testing

@testable import JolLog

@Suite struct AppendReplayTests {
  @Test func appendReopenReplay() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    #expect(log.lastSequence == 0)
    let first = try log.append([record("a", stream: "x"), record("b", stream: "y")])
    #expect(first.sequences == 1...2)
    #expect(first.appendedIDs == ["a", "b"])
    let second = try log.append([record("c", stream: "x", #","note":"ümlaut, қазақша""#)])
    #expect(second.sequences == 3...3)
    #expect(log.streamVersion("x") == 2)
    #expect(log.streamVersion("nobody") == 0)
    log.close()

    let reopened = try EventLog.open(directory: directory.log)
    defer { reopened.close() }
    #expect(reopened.lastSequence == 3)
    #expect(reopened.streamVersion("x") == 2)
    #expect(reopened.streamVersion("y") == 1)
    let records = try replay(reopened)
    #expect(records.map(\.0) == [1, 2, 3])
    #expect(records.map(\.1) == ["x", "y", "x"])
    #expect(records.map(\.2) == [1, 1, 2])
    #expect(records.map(\.3) == ["a", "b", "c"])
    #expect(records[2].4 == #"{"type":"test","id":"c","note":"ümlaut, қазақша"}"#)
  }

  @Test func replayRanges() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 300))
    defer { log.close() }
    for number in 0..<20 { try log.append([record("r\(number)")]) }
    #expect(try segmentFiles(directory.log).count > 3)
    var seen: [UInt64] = []
    try log.forEach(from: 7, through: 12) { seen.append($0.sequence) }
    #expect(seen == Array(7...12))
    seen = []
    try log.forEach(from: 19) { seen.append($0.sequence) }
    #expect(seen == [19, 20])
    seen = []
    try log.forEach(from: 25) { seen.append($0.sequence) }
    #expect(seen.isEmpty)
  }

  /// Files are JSON Lines a person can read and any JSON reader can load.
  @Test func segmentIsReadableJSONLines() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    try log.append([
      ProposedRecord(
        id: "quote\"and\\slash", stream: "tab\there", payload: Array(#"{"type":"test"}"#.utf8))
    ])
    log.close()
    let files = try segmentFiles(directory.log)
    #expect(files == ["00000000000000000001.jsonl"])
    let text = String(decoding: try bytes(of: directory.log + "/" + files[0]), as: UTF8.self)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(object?["seq"] as? Int == 1)
    #expect(object?["stream"] as? String == "tab\there")
    #expect(object?["id"] as? String == "quote\"and\\slash")
    #expect((object?["data"] as? [String: Any])?["type"] as? String == "test")
    let reopened = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { reopened.close() }
    #expect(try replay(reopened).map(\.3) == ["quote\"and\\slash"])
    #expect(try replay(reopened).map(\.1) == ["tab\there"])
    #expect(reopened.streamVersion("tab\there") == 1)
    #expect(reopened.contains(id: "quote\"and\\slash"))
  }

  @Test func idempotentRetry() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    let records = batch("e", count: 3)
    let first = try log.append(records, expecting: ["s": .noStream])
    #expect(first.sequences == 1...3)
    // The same batch again (a retry after an unknown outcome): nothing appended, no conflict.
    let retry = try log.append(records, expecting: ["s": .noStream])
    #expect(retry.sequences == nil)
    #expect(retry.skippedIDs == ["e-0", "e-1", "e-2"])
    // A batch mixing old and new ids appends only the new ones; a repeat within it is skipped.
    let mixed = try log.append([record("e-1"), record("e-9"), record("e-9")])
    #expect(mixed.sequences == 4...4)
    #expect(mixed.appendedIDs == ["e-9"])
    #expect(mixed.skippedIDs == ["e-1", "e-9"])
    #expect(log.contains(id: "e-9"))
    #expect(!log.contains(id: "e-10"))
    log.close()
    // After reopening (index from file) and after losing the index file (rebuilt by scan).
    for dropIndex in [false, true] {
      if dropIndex { try FileManager.default.removeItem(atPath: directory.log + "/index") }
      let reopened = try EventLog.open(directory: directory.log)
      #expect(reopened.contains(id: "e-2"))
      let again = try reopened.appendBatches([records])
      #expect(again[0].sequences == nil)
      #expect(reopened.lastSequence == 4)
      #expect(reopened.streamVersion("s") == 4)
      reopened.close()
    }
  }

  @Test func expectedVersions() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    try log.append([record("1", stream: "a")], expecting: ["a": .noStream])
    let conflict = logError {
      try log.append([record("2", stream: "a")], expecting: ["a": .noStream])
    }
    #expect(conflict?.kind == .versionConflict(stream: "a", expected: .noStream, actual: 1))
    #expect(conflict?.exitCode == 65)
    let stale = logError {
      try log.append([record("3", stream: "a")], expecting: ["a": .exactly(5)])
    }
    #expect(stale?.description == "stream a is at version 1, expected version 5; nothing appended")
    try log.append(
      [record("4", stream: "a"), record("5", stream: "a"), record("6", stream: "b")],
      expecting: ["a": .exactly(1), "b": .noStream])
    #expect(log.streamVersion("a") == 3)
    #expect(log.lastSequence == 4)
    #expect(!log.contains(id: "2"))
  }

  @Test func invalidRecordsAreRejectedWhole() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    let cases: [ProposedRecord] = [
      ProposedRecord(id: "x", stream: "s", payload: Array(#"{"a":"line\#nbreak"}"#.utf8)),
      ProposedRecord(id: "x", stream: "s", payload: Array(#"{"a":"cr\#rhere"}"#.utf8)),
      ProposedRecord(id: "x", stream: "s", payload: Array(#"["not an object"]"#.utf8)),
      ProposedRecord(id: "", stream: "s", payload: Array("{}".utf8)),
      ProposedRecord(id: "x", stream: "", payload: Array("{}".utf8)),
    ]
    for bad in cases {
      let error = logError { try log.append([record("ok"), bad]) }
      guard case .invalidRecord(let index, _)? = error?.kind else {
        Issue.record("expected invalidRecord, got \(String(describing: error))")
        continue
      }
      #expect(index == 1)
    }
    #expect(log.lastSequence == 0)
  }

  @Test func groupCommitBatchesEachAtomic() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    let log = try EventLog.open(directory: directory.log, fileSystem: faulty)
    defer { log.close() }
    try log.append([record("seed")])
    let syncsBefore = faulty.count("fdatasync") + faulty.count("fsync")
    let results = try log.appendBatches((0..<50).map { batch("b\($0)", count: 20) })
    // One flush for the 50 batches, and one for the commit marker that acknowledges them.
    #expect(faulty.count("fdatasync") + faulty.count("fsync") == syncsBefore + 2)
    #expect(results.count == 50)
    #expect(results[0].sequences == 2...21)
    #expect(results[49].sequences == 982...1001)
    var batchEnds: [UInt64: Int] = [:]
    try log.forEach { batchEnds[$0.batchEnd, default: 0] += 1 }
    #expect(batchEnds.count == 51)
    #expect(batchEnds.values.filter { $0 == 20 }.count == 50)
  }

  @Test func segmentRolloverKeepsBatchesWhole() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 4096))
    var random = SplitMix64(seed: 42)
    var expected: UInt64 = 0
    for round in 0..<30 {
      let batches = (0..<Int.random(in: 1...4, using: &random)).map { number in
        batch(
          "r\(round)-\(number)", count: Int.random(in: 1...12, using: &random),
          stream: "stream-\(number)")
      }
      expected += UInt64(batches.joined().count)
      try log.appendBatches(batches)
    }
    #expect(log.lastSequence == expected)
    let files = try segmentFiles(directory.log)
    #expect(files.count > 5)
    // Each file is named by its first sequence, and no batch spans two files.
    let report = try log.verify()
    #expect(report.records == expected)
    #expect(report.segments == files.count)
    #expect(log.stats().segments == files.count)
    #expect(log.stats().streams == 4)
    log.close()
    let reopened = try EventLog.open(directory: directory.log, options: .init(segmentSize: 4096))
    defer { reopened.close() }
    #expect(reopened.lastSequence == expected)
    #expect(try replay(reopened).map(\.0) == Array(1...expected))
  }

  @Test func indexRebuiltWhenMissingStaleOrDamaged() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 2000)
    var log = try EventLog.open(directory: directory.log, options: options)
    for number in 0..<40 { try log.append([record("i\(number)", stream: "s\(number % 3)")]) }
    log.close()
    let indexPath = directory.log + "/index"
    let saved = try bytes(of: indexPath)
    // Stale: more records after the index was saved (the index file is put back afterwards).
    log = try EventLog.open(directory: directory.log, options: options)
    for number in 40..<50 { try log.append([record("i\(number)", stream: "s\(number % 3)")]) }
    log.close()
    try write(saved, to: indexPath)
    for damage in ["stale", "flipped", "missing"] {
      if damage == "flipped" {
        var bad = saved
        bad[bad.count / 2] ^= 0x10
        try write(bad, to: indexPath)
      }
      if damage == "missing" { try FileManager.default.removeItem(atPath: indexPath) }
      let reopened = try EventLog.open(directory: directory.log, options: options)
      #expect(reopened.streamVersion("s0") == 17, "\(damage)")
      #expect(reopened.contains(id: "i49"), "\(damage)")
      #expect(reopened.stats().streams == 3)
      #expect(try reopened.append([record("i3")]).sequences == nil, "\(damage)")
      reopened.close()
    }
  }

  /// Opening reads the whole of only the last segment (its tail is all that can be torn) and the
  /// first and last lines of the sealed ones (to see that they chain); the index of streams and
  /// ids comes from the index file, not from rescanning the sealed segments.
  @Test func openScansOnlyTheLastSegment() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 1000)
    let log = try EventLog.open(directory: directory.log, options: options)
    for number in 0..<30 { try log.append([record("o\(number)", stream: "s\(number % 4)")]) }
    log.close()
    let files = try segmentFiles(directory.log)
    #expect(files.count > 4)
    let faulty = FaultyFileSystem()
    let reopened = try EventLog.open(directory: directory.log, options: options, fileSystem: faulty)
    defer { reopened.close() }
    let lastPath = directory.log + "/" + files.last!
    let readAtOpen = faulty.takeReadBytes()
    #expect(readAtOpen[lastPath] ?? 0 >= (try bytes(of: lastPath)).count)
    for name in files.dropLast() {
      let read = readAtOpen[directory.log + "/" + name] ?? 0
      let size = try bytes(of: directory.log + "/" + name).count
      #expect(read > 0 && read < size + 4096, "\(name): its first and last lines only")
    }
    #expect(reopened.streamVersion("s1") == 8)
    let read = faulty.takeReadPaths().map { ($0 as NSString).lastPathComponent }
    #expect(
      Set(read).isSubset(of: ["index", files.last!]), "index loaded, sealed segments untouched")
    #expect(try reopened.append([record("new", stream: "s1")]).sequences == 31...31)
  }

  @Test func permissionsOwnerOnly() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log + "/nested")
    try log.append([record("p")])
    log.close()
    let fileSystem = PosixFileSystem()
    #expect(try fileSystem.permissions(directory.log) == 0o700)
    #expect(try fileSystem.permissions(directory.log + "/nested") == 0o700)
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.log + "/nested") {
      #expect(try fileSystem.permissions(directory.log + "/nested/" + name) == 0o600, "\(name)")
    }
  }

  @Test func closedLogRefusesCalls() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    log.close()
    log.close()
    #expect(logError { try log.append([record("late")]) }?.kind == .closed)
    #expect(logError { try log.forEach { _ in } }?.kind == .closed)
  }
}
