import Foundation
import Testing

@testable import JolLog

/// Damage that later, durable writes vouch for is corruption: reported with the segment file
/// and byte offset, never truncated, and the log refuses to write.
@Suite struct CorruptionTests {
  private func makeLog(_ directory: TemporaryDirectory, segmentSize: UInt64 = 64 << 20) throws {
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: segmentSize))
    for number in 0..<10 { try log.append(batch("b\(number)", count: 3, stream: "s\(number)")) }
    log.close()
  }

  @Test func flippedBitInTheMiddleIsReportedNotTruncated() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try makeLog(directory)
    let name = (try segmentFiles(directory.log))[0]
    let path = directory.log + "/" + name
    var content = try bytes(of: path)
    let newlines = content.indices.filter { content[$0] == 0x0A }
    let lineStart = newlines[9] + 1  // the 11th record, in the 4th batch
    content[lineStart + 60] ^= 0x04
    try write(content, to: path)

    let error = logError { _ = try EventLog.open(directory: directory.log) }
    #expect(
      error?.kind
        == .corrupt(
          segment: name, offset: UInt64(lineStart),
          what: error.map {
            if case .corrupt(_, _, let what) = $0.kind { what } else { "" }
          } ?? ""))
    #expect(error?.exitCode == 65)
    #expect(error?.description.contains("\(name) at byte \(lineStart)") == true)
    #expect(try bytes(of: path) == content, "nothing truncated")
    // A reader reports it too.
    #expect(logError { _ = try EventLog.open(directory: directory.log, mode: .readOnly) } != nil)
  }

  @Test func corruptionInASealedSegmentFoundByVerifyAndReplay() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try makeLog(directory, segmentSize: 800)
    let files = try segmentFiles(directory.log)
    #expect(files.count >= 3)
    let path = directory.log + "/" + files[1]
    var content = try bytes(of: path)
    let newlines = content.indices.filter { content[$0] == 0x0A }
    content[newlines[0] + 30] ^= 0x01  // second line of the second segment
    try write(content, to: path)

    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 800))
    defer { log.close() }
    let error = logError { _ = try log.verify() }
    guard case .corrupt(let segment, let offset, let what)? = error?.kind else {
      Issue.record("expected corruption, got \(String(describing: error))")
      return
    }
    #expect(segment == files[1])
    #expect(offset == UInt64(newlines[0] + 1))
    #expect(what.contains("checksum mismatch"))
    #expect(logError { try log.forEach { _ in } }?.kind == error?.kind)
    // After verify found it, the log refuses to write, reporting the same corruption.
    #expect(logError { try log.append([record("new")]) }?.kind == error?.kind)
  }

  @Test func verifyChecksInvariantsBeyondChecksums() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try makeLog(directory)
    let name = (try segmentFiles(directory.log))[0]
    let path = directory.log + "/" + name
    let content = try bytes(of: path)
    // A checksum-valid line whose stream version skips one: rewrite line 2 with version 7.
    let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false)
    var line = String(decoding: lines[1], as: UTF8.self)
    line = line.replacingOccurrences(of: #""version":2"#, with: #""version":7"#)
    let checked = Array(line.utf8.dropFirst(18))
    let crc = String(CRC32C.checksum(checked), radix: 16)
    line =
      #"{"crc":""# + String(repeating: "0", count: 8 - crc.count) + crc + "\","
      + String(decoding: checked, as: UTF8.self)
    var rebuilt = Array(lines[0]) + [0x0A] + Array(line.utf8) + [0x0A]
    for rest in lines.dropFirst(2) where !rest.isEmpty { rebuilt += Array(rest) + [0x0A] }
    try write(rebuilt, to: path)
    let log = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { log.close() }
    let error = logError { _ = try log.verify() }
    guard case .corrupt(_, let offset, let what)? = error?.kind else {
      Issue.record("expected corruption, got \(String(describing: error))")
      return
    }
    #expect(offset == UInt64(lines[0].count + 1))
    #expect(what.contains("version 7 after version 1"))
  }

  @Test func verifyCleanLog() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try makeLog(directory, segmentSize: 1000)
    let log = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { log.close() }
    let report = try log.verify()
    #expect(report.records == 30)
    #expect(report.batches == 10)
    #expect(report.streams == 10)
    #expect(report.segments == (try segmentFiles(directory.log)).count)
  }
}
