import Foundation
import Testing

@testable import JolLog

/// An append whose group outgrows a chunk has its bytes written by a thread of its own while the
/// rest is encoded (``GroupWriter``). The log it leaves is the log an append writing at once
/// leaves, byte for byte; a failed chunk write is a failed append; and an append that fails
/// after chunks were written leaves neither a temporary file nor bytes after the committed end.
@Suite struct GroupWriterTests {
  /// Batches of 1–40 records of about 120–400 bytes each, on a few streams.
  private func batches(_ prefix: String, count: Int) -> [[ProposedRecord]] {
    (0..<count).map { number in
      (0..<(1 + number * 7 % 40)).map { index in
        record(
          "\(prefix)\(number)-\(index)", stream: "s\(index % 5)",
          #","pad":""# + String(repeating: "ә", count: (number + index) % 150) + #"""#)
      }
    }
  }

  /// The log's files that records and the commit marker are in, by name.
  private func files(_ directory: String) throws -> [String: [UInt8]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
      $0.hasSuffix(".jsonl") || $0 == "commit"
    }
    return Dictionary(
      uniqueKeysWithValues: try names.map { ($0, try bytes(of: directory + "/" + $0)) })
  }

  @Test func aLogWrittenInChunksIsTheLogWrittenAtOnce() throws {
    var logs: [[String: [UInt8]]] = []
    for chunk in [Int.max, 1, 700, 5_000] {
      let directory = TemporaryDirectory()
      defer { directory.remove() }
      var options = EventLog.Options(segmentSize: 60_000)
      options.chunkBytes = chunk
      let log = try EventLog.open(directory: directory.log, options: options)
      // The first call creates segments; the second appends to the last, then rolls over.
      _ = try log.appendBatches(batches("a", count: 60))
      _ = try log.appendBatches(batches("b", count: 45))
      let appended = log.lastSequence
      log.close()
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.log).allSatisfy {
          !$0.hasSuffix(AtomicFile.temporarySuffix)
        })
      let reopened = try EventLog.open(directory: directory.log, mode: .readOnly)
      let ids = try replay(reopened).map(\.3)
      reopened.close()
      #expect(ids == (batches("a", count: 60) + batches("b", count: 45)).flatMap { $0.map(\.id) })
      #expect(UInt64(ids.count) == appended)
      logs.append(try files(directory.log))
    }
    #expect(logs[0].count > 3, "several segments")
    for (index, log) in logs.enumerated().dropFirst() {
      #expect(log == logs[0], "chunk case \(index)")
    }
  }

  @Test(arguments: [0, 1, 4])
  func aFailedChunkWriteFailsTheAppend(successfulWrites: Int) throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    var options = EventLog.Options()
    options.chunkBytes = 2_000
    let log = try EventLog.open(directory: directory.log, options: options, fileSystem: faulty)
    try log.append([record("first")])
    faulty.fail("write", after: faulty.count("write") + successfulWrites, code: 28)  // ENOSPC
    let error = logError { try log.appendBatches(batches("a", count: 30)) }
    guard case .io(_, "write", 28)? = error?.kind else {
      Issue.record("expected io write ENOSPC, got \(String(describing: error))")
      return
    }
    #expect(log.lastSequence == 1, "nothing acknowledged")
    #expect(logError { try log.append([record("second")]) } != nil, "later writes refused")
    log.close()
    // Reopened: what the chunks left is an unacknowledged tail, as after a crash in the
    // write — whole batches kept from the start of the group, in order, the rest cut off.
    let reopened = try EventLog.open(directory: directory.log)
    defer { reopened.close() }
    let ids = try replay(reopened).map(\.3)
    let batchEnds = batches("a", count: 30).reduce(into: [0]) { $0.append($0.last! + $1.count) }
    #expect(
      ids == Array((["first"] + batches("a", count: 30).flatMap { $0.map(\.id) }).prefix(ids.count))
    )
    #expect(batchEnds.contains(ids.count - 1), "\(ids.count - 1) records: whole batches")
    #expect(try reopened.append([record("second")]).sequences != nil)
  }

  /// The append fails after chunks went to the writer (an id to check against the log cannot be
  /// read): in the last segment, or in a segment the append creates.
  @Test(arguments: [false, true])
  func anAppendFailingAfterChunksLeavesNothingOfItsGroup(inNewSegment: Bool) throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    var options = EventLog.Options(segmentSize: inNewSegment ? 8_000 : 64 << 20)
    options.chunkBytes = 1_500
    let log = try EventLog.open(directory: directory.log, options: options, fileSystem: faulty)
    try log.append(batch("old", count: 3))
    // Enough new records to fill the segment (in the new-segment case) and hand off chunks,
    // then a batch repeating an id the log has: checking it reads the log, which fails.
    let calls = batches("new", count: 25) + [[record("old-1")]]
    let sizeBefore = try bytes(of: directory.log + "/" + segmentFiles(directory.log).last!).count
    faulty.fail("read")
    #expect(logError { try log.appendBatches(calls) } != nil)
    let acknowledged = log.lastSequence
    let segmentsBefore = try segmentFiles(directory.log)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.log).allSatisfy {
        !$0.hasSuffix(AtomicFile.temporarySuffix)
      })
    // The last segment ends at its committed end, and the log goes on taking writes.
    let last = directory.log + "/" + segmentsBefore.last!
    #expect(try bytes(of: last).last == UInt8(ascii: "\n"))
    if !inNewSegment { #expect(try bytes(of: last).count == sizeBefore) }
    faulty.fail("read", after: Int.max)
    #expect(try log.append([record("later")]).sequences == (acknowledged + 1)...(acknowledged + 1))
    log.close()
    let reopened = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { reopened.close() }
    let ids = try replay(reopened).map(\.3)
    let written = batch("old", count: 3).map(\.id) + calls.flatMap { $0.map(\.id) }
    #expect(Array(ids.dropLast()) == Array(written.prefix(Int(acknowledged))))
    #expect(ids.last == "later")
    if inNewSegment {
      #expect(acknowledged > 3, "the groups flushed before the failure stay")
    } else {
      #expect(acknowledged == 3)
    }
  }
}
