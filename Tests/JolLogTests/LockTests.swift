import Foundation
import Testing

@testable import JolLog

@Suite struct LockTests {
  /// `flock` locks belong to an open file description, so a second open in the same process is
  /// refused just like another process would be.
  @Test func secondWriterFailsAtOnceNamingTheHolder() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let first = try EventLog.open(directory: directory.log)
    try first.append([record("one")])
    let error = logError { _ = try EventLog.open(directory: directory.log) }
    #expect(error?.kind == .busy(pid: getpid()))
    #expect(error?.description == "data directory in use by process \(getpid())")
    #expect(error?.exitCode == 75)
    let pid = String(decoding: try bytes(of: directory.log + "/lock"), as: UTF8.self)
    #expect(pid.trimmingCharacters(in: .whitespacesAndNewlines) == "\(getpid())")
    #expect(pid.utf8.count == 12, "the pid in a fixed width, written over the old one whole")
    // Readers need no lock and see what the writer committed.
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly)
    #expect(reader.lastSequence == 1)
    #expect(logError { try reader.append([record("two")]) }?.kind == .readOnly)
    try first.append([record("two")])
    try reader.refresh()
    #expect(reader.lastSequence == 2)
    reader.close()
    first.close()
    // Once the writer closes, another may open.
    let second = try EventLog.open(directory: directory.log)
    #expect(second.lastSequence == 2)
    second.close()
  }

  @Test func readerFollowsTheWriterAcrossSegments() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 500)
    let writer = try EventLog.open(directory: directory.log, options: options)
    defer { writer.close() }
    try writer.append([record("first")])
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { reader.close() }
    for number in 0..<15 { try writer.append(batch("n\(number)", count: 2)) }
    #expect(reader.lastSequence == 1)
    try reader.refresh()
    #expect(reader.lastSequence == 31)
    #expect(try replay(reader).map(\.0) == Array(1...31))
    #expect(reader.streamVersion("s") == 31)
  }

  @Test func leftoverTemporaryFilesAreRemovedByTheWriter() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    try log.append([record("x")])
    log.close()
    try write(Array("half".utf8), to: directory.log + "/00000000000000000002.jsonl.tmp")
    try write(Array("half".utf8), to: directory.log + "/index.tmp")
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly)
    reader.close()
    #expect(
      FileManager.default.fileExists(atPath: directory.log + "/index.tmp"), "readers touch nothing")
    let writer = try EventLog.open(directory: directory.log)
    defer { writer.close() }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.log)
    #expect(!names.contains { $0.hasSuffix(".tmp") })
    #expect(writer.lastSequence == 1)
  }

  @Test func readOnlyOpenOfMissingDirectoryFails() {
    let error = logError {
      _ = try EventLog.open(directory: "/nonexistent/jol-log-test", mode: .readOnly)
    }
    #expect(error?.exitCode == 74)
  }
}
