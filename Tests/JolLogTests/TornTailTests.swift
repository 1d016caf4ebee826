import Foundation
import JolModel
import Testing

@testable import JolLog

/// After a crash the last, unacknowledged write may be cut anywhere, zero-filled or garbled;
/// recovery must cut the log back to the last whole batch, keep every earlier batch, and accept
/// appends again. (Damage to acknowledged records is not torn: see `DamageTests`.)
@Suite struct TornTailTests {
  /// A log of three single appends (batches of 2, 3 and 4 records), the last one written but
  /// not acknowledged; returns the segment path, the byte offset where the last batch begins,
  /// and its content.
  private func makeLog(_ directory: TemporaryDirectory) throws -> (String, Int, [UInt8]) {
    let log = try EventLog.open(directory: directory.log)
    try log.append(batch("a", count: 2))
    try log.append(batch("b", count: 3))
    try unacknowledged(directory.log) { try log.append(batch("c", count: 4)) }
    log.close()
    let path = directory.log + "/" + (try segmentFiles(directory.log))[0]
    let content = try bytes(of: path)
    let newlines = content.indices.filter { content[$0] == 0x0A }
    return (path, newlines[4] + 1, content)
  }

  private func expectRecoveredToTwoBatches(_ directory: TemporaryDirectory, tornAt cut: Int)
    throws
  {
    let log = try EventLog.open(directory: directory.log)
    #expect(log.lastSequence == 5)
    let path = directory.log + "/" + (try segmentFiles(directory.log))[0]
    #expect(try bytes(of: path).count == cut, "torn bytes truncated")
    #expect(try replay(log).map(\.3) == ["a-0", "a-1", "b-0", "b-1", "b-2"])
    #expect(log.streamVersion("s") == 5)
    #expect(!log.contains(id: "c-0"))
    // Writes resume after the cut, and the retried batch is appended again.
    let retried = try log.append(batch("c", count: 4), expecting: ["s": .exactly(5)])
    #expect(retried.sequences == 6...9)
    #expect(try log.verify().records == 9)
    log.close()
  }

  @Test func cutInsideEveryPositionOfTheLastBatch() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    let marker = try bytes(of: directory.log + "/commit")
    // Cut lengths: inside a line (length), inside a payload, exactly at a line end inside the
    // batch (whole records but no batch end), and just before the final newline.
    var random = SplitMix64(seed: 7)
    var cuts = [start + 1, start + 30, content.count - 1, content.count - 2]
    cuts += (0..<12).map { _ in Int.random(in: start..<content.count, using: &random) }
    let newlines = content.indices.filter { content[$0] == 0x0A && $0 >= start }
    cuts += newlines.dropLast().map { $0 + 1 }
    for cut in cuts {
      try write(Array(content[..<cut]), to: path)
      try write(marker, to: directory.log + "/commit")
      try? FileManager.default.removeItem(atPath: directory.log + "/index")
      try expectRecoveredToTwoBatches(directory, tornAt: start)
    }
  }

  @Test func zeroFilledTail() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    // The file system extended the file but the data never reached the disk.
    var damaged = Array(content[..<start])
    damaged += [UInt8](repeating: 0, count: content.count - start)
    try write(damaged, to: path)
    try expectRecoveredToTwoBatches(directory, tornAt: start)
  }

  @Test func zeroedPageInsideTheLastWriteWithLaterLinesIntact() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    // Pages of the last write reach the disk out of order: a middle line is lost, later ones of
    // the same write are present. They do not vouch for it (same write), so it is torn.
    let newlines = content.indices.filter { content[$0] == 0x0A && $0 >= start }
    var damaged = content
    for index in (newlines[0] + 1)..<newlines[1] { damaged[index] = 0 }
    try write(damaged, to: path)
    try expectRecoveredToTwoBatches(directory, tornAt: start)
  }

  @Test func badChecksumInTheLastRecord() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    var damaged = content
    damaged[content.count - 5] ^= 0x01  // inside the last record's payload
    try write(damaged, to: path)
    try expectRecoveredToTwoBatches(directory, tornAt: start)
  }

  @Test func garbageAfterTheLastBatch() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    let garbage = Array("{\"crc\":\"00000000\",\"seq\":6\n\u{1}\u{2}junk".utf8)
    try write(Array(content[..<start]) + garbage, to: path)
    try expectRecoveredToTwoBatches(directory, tornAt: start)
  }

  @Test func readerStopsBeforeTornTailWithoutTouchingIt() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (path, start, content) = try makeLog(directory)
    let torn = Array(content[..<(start + 40)])
    try write(torn, to: path)
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly)
    #expect(reader.lastSequence == 5)
    #expect(try replay(reader).count == 5)
    #expect(try reader.verify().records == 5)
    reader.close()
    #expect(try bytes(of: path) == torn, "a reader changes nothing")
  }

  @Test func tornFirstSegmentOfARollover() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 700)
    let log = try EventLog.open(directory: directory.log, options: options)
    for number in 0..<11 { try log.append(batch("r\(number)", count: 2)) }
    try unacknowledged(directory.log) { try log.append(batch("r11", count: 2)) }
    log.close()
    let files = try segmentFiles(directory.log)
    #expect(files.count >= 3)
    let lastPath = directory.log + "/" + files.last!
    let lastContent = try bytes(of: lastPath)
    // A torn write into the last segment that already had a whole batch: the last batch (two
    // lines) is cut 10 bytes into its first line.
    let newlines = lastContent.indices.filter { lastContent[$0] == 0x0A }
    #expect(newlines.count >= 4, "the last segment holds the last two batches")
    try write(Array(lastContent[..<(newlines[newlines.count - 3] + 11)]), to: lastPath)
    let reopened = try EventLog.open(directory: directory.log, options: options)
    #expect(reopened.lastSequence == 22)
    #expect(try reopened.verify().records == 22)
    reopened.close()
  }
}
