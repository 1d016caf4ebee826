import Foundation
import JolModel
import Testing

@testable import JolLog

/// The stream index: `records(inStream:)` must give exactly what filtering a full replay gives,
/// whatever happened to the index files.
@Suite struct StreamIndexTests {
  static let streams = [
    "learner/L-1", "learner/L-2", "learner/\"q\\uote\"", "institution/ӘҚ-1", "s",
  ]

  /// (sequence, version, id, payload) of each record of `stream`, via the stream index.
  static func viaIndex(_ log: EventLog, _ stream: String, through: UInt64? = nil) throws
    -> [String]
  {
    var found: [String] = []
    try log.records(inStream: stream, through: through) { record in
      #expect(record.stream == stream)
      found.append(
        "\(record.sequence)/\(record.streamVersion)/\(record.id)/"
          + String(decoding: record.payload, as: UTF8.self))
    }
    return found
  }

  /// The same, by filtering `forEach`.
  static func viaReplay(_ log: EventLog, _ stream: String, through: UInt64? = nil) throws
    -> [String]
  {
    var found: [String] = []
    try log.forEach(through: through) { record in
      guard record.stream == stream else { return }
      found.append(
        "\(record.sequence)/\(record.streamVersion)/\(record.id)/"
          + String(decoding: record.payload, as: UTF8.self))
    }
    return found
  }

  /// Each stream's records via the index, all streams looked up at once.
  static func viaIndex(_ log: EventLog, all streams: [String], through: UInt64? = nil) throws
    -> [[String]]
  {
    var found = [[String]](repeating: [], count: streams.count)
    var order: [Int] = []
    try log.records(inStreams: streams, through: through) { stream, record in
      #expect(record.stream == streams[stream])
      if order.last != stream { order.append(stream) }
      found[stream].append(
        "\(record.sequence)/\(record.streamVersion)/\(record.id)/"
          + String(decoding: record.payload, as: UTF8.self))
    }
    // Stream by stream, in the order asked.
    #expect(order == order.sorted() && Set(order).count == order.count)
    return found
  }

  static func expectAgreement(_ log: EventLog, _ note: String, through: UInt64? = nil) throws {
    // A stream asked for twice, and one the log does not have, among them.
    let asked = streams.reversed() + ["missing/stream", streams[0]]
    let together = try viaIndex(log, all: asked, through: through)
    for (index, stream) in asked.enumerated() {
      let expected = try viaReplay(log, stream, through: through)
      #expect(try viaIndex(log, stream, through: through) == expected, "\(note): \(stream)")
      #expect(together[index] == expected, "\(note): \(stream), looked up with the others")
    }
  }

  /// Appends `batches` random batches over the streams.
  static func appendRandom(
    _ log: EventLog, _ rng: inout SplitMix64, batches: Int, prefix: String
  ) throws {
    for number in 0..<batches {
      let size = Int(rng.next() % 6) + 1
      let batch = (0..<size).map { index in
        record(
          "\(prefix)-\(number)-\(index)", stream: streams[Int(rng.next() % UInt64(streams.count))],
          #","pad":"\#(String(repeating: "x", count: Int(rng.next() % 40)))""#)
      }
      try log.append(batch)
    }
  }

  static func streamFiles(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(StreamTable.suffix) }.sorted()
  }

  @Test func agreesWithReplayAcrossAppendsReopensAndRollovers() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    var rng = SplitMix64(seed: 3)
    let options = EventLog.Options(segmentSize: 4096)
    for round in 0..<6 {
      let log = try EventLog.open(directory: directory.log, options: options)
      try Self.appendRandom(log, &rng, batches: 25, prefix: "r\(round)")
      try Self.expectAgreement(log, "round \(round), before more appends")
      // The index must follow appends made after it was built.
      try Self.appendRandom(log, &rng, batches: 7, prefix: "r\(round)b")
      try Self.expectAgreement(log, "round \(round), after more appends")
      log.close()
    }
    let log = try EventLog.open(directory: directory.log, options: options)
    defer { log.close() }
    #expect(try segmentFiles(directory.log).count > 3)
    // Every closed segment's table is saved.
    #expect(try Self.streamFiles(directory.log).count >= segmentFiles(directory.log).count - 1)
    try Self.expectAgreement(log, "reopened")
    try Self.expectAgreement(log, "through the middle", through: log.lastSequence / 2)
  }

  @Test func lastSegmentTableIsSavedOnceLargeEnough() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    let records = (0..<(LogCore.StreamSegment.saveThreshold + 10)).map {
      record("big-\($0)", stream: Self.streams[$0 % Self.streams.count])
    }
    try log.append(records)
    try Self.expectAgreement(log, "one large segment")
    #expect(try Self.streamFiles(directory.log).count == 1)
    try log.append([record("after", stream: "s")])
    try Self.expectAgreement(log, "after the save")
  }

  @Test func theWriterCanBringTheIndexUpToDateForReaders() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    var rng = SplitMix64(seed: 11)
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 4096))
    defer { log.close() }
    try Self.appendRandom(log, &rng, batches: 60, prefix: "u")
    #expect(try Self.streamFiles(directory.log).isEmpty)
    try log.updateStreamIndex()
    // Every closed segment's table is saved without any lookup having been asked.
    #expect(try Self.streamFiles(directory.log).count >= segmentFiles(directory.log).count - 1)
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { reader.close() }
    try Self.expectAgreement(reader, "reader after the writer's update")
  }

  @Test func deletedDamagedOrForeignTablesAreRebuilt() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    var rng = SplitMix64(seed: 4)
    let options = EventLog.Options(segmentSize: 2048)
    var log = try EventLog.open(directory: directory.log, options: options)
    try Self.appendRandom(log, &rng, batches: 60, prefix: "a")
    try Self.expectAgreement(log, "built")
    log.close()
    let tables = try Self.streamFiles(directory.log)
    #expect(tables.count >= 3)

    // Deleted.
    for table in tables { try FileManager.default.removeItem(atPath: directory.log + "/" + table) }
    log = try EventLog.open(directory: directory.log, options: options)
    try Self.expectAgreement(log, "deleted")
    log.close()
    #expect(try Self.streamFiles(directory.log) == tables)

    // Damaged anywhere: header, fences, blocks, cut short.
    var damage = SplitMix64(seed: 5)
    for round in 0..<8 {
      for table in tables {
        let path = directory.log + "/" + table
        var content = try bytes(of: path)
        if round == 7 {
          content.removeLast(Int(damage.next() % UInt64(content.count)) + 1)
        } else {
          content[Int(damage.next() % UInt64(content.count))] ^= 0x40
        }
        try write(content, to: path)
      }
      log = try EventLog.open(directory: directory.log, options: options)
      try Self.expectAgreement(log, "damaged, round \(round)")
      log.close()
    }

    // Foreign: another log's tables under the same names.
    let other = TemporaryDirectory("streams-other")
    defer { other.remove() }
    let otherLog = try EventLog.open(directory: other.log, options: options)
    var otherRng = SplitMix64(seed: 6)
    try Self.appendRandom(otherLog, &otherRng, batches: 60, prefix: "o")
    try Self.expectAgreement(otherLog, "other")
    otherLog.close()
    for table in try Self.streamFiles(other.log) where tables.contains(table) {
      try write(try bytes(of: other.log + "/" + table), to: directory.log + "/" + table)
    }
    log = try EventLog.open(directory: directory.log, options: options)
    defer { log.close() }
    try Self.expectAgreement(log, "foreign tables")
  }

  @Test func readerSeesWhatTheWriterCommitsAndWritesNothing() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    var rng = SplitMix64(seed: 7)
    let options = EventLog.Options(segmentSize: 4096)
    let writer = try EventLog.open(directory: directory.log, options: options)
    defer { writer.close() }
    try Self.appendRandom(writer, &rng, batches: 30, prefix: "w")
    let reader = try EventLog.open(directory: directory.log, mode: .readOnly, options: options)
    defer { reader.close() }
    try Self.expectAgreement(reader, "reader, no tables")
    #expect(try Self.streamFiles(directory.log).isEmpty)
    try Self.expectAgreement(writer, "writer saves tables")
    try Self.appendRandom(writer, &rng, batches: 30, prefix: "x")
    try Self.expectAgreement(writer, "writer, more")
    // The reader has not refreshed: it must not see the new records, even though the writer's
    // tables now list them.
    let seen = reader.lastSequence
    for stream in Self.streams {
      #expect(
        try Self.viaIndex(reader, stream)
          == Self.viaReplay(writer, stream, through: seen))
    }
    try reader.refresh()
    try Self.expectAgreement(reader, "reader, refreshed")
  }

  /// Records of all lengths, close together and far apart: read through windows of the records
  /// close together, a window ending inside a line, and lines longer than a window's room for
  /// them read on their own (``RecordWindow``).
  @Test func recordsOfEveryLengthAreReadWhole() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    var rng = SplitMix64(seed: 8)
    let log = try EventLog.open(
      directory: directory.log, options: EventLog.Options(segmentSize: 256 * 1024))
    defer { log.close() }
    for number in 0..<300 {
      let length = Int(rng.next() % 4 == 0 ? rng.next() % 12_000 : rng.next() % 300)
      try log.append([
        record(
          "w-\(number)", stream: Self.streams[Int(rng.next() % UInt64(Self.streams.count))],
          #","pad":"\#(String(repeating: "y", count: length))""#)
      ])
    }
    #expect(try segmentFiles(directory.log).count > 2)
    try Self.expectAgreement(log, "records of every length")
    try Self.expectAgreement(log, "through the middle", through: log.lastSequence / 2)
  }

  @Test func damagedRecordIsReportedNotSkipped() throws {
    let directory = TemporaryDirectory("streams")
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 1024)
    var log = try EventLog.open(directory: directory.log, options: options)
    for number in 0..<40 {
      try log.append([record("d-\(number)", stream: "learner/L-\(number % 3)")])
    }
    _ = try Self.viaIndex(log, "learner/L-1")
    log.close()
    // Flip a payload byte of a learner/L-1 record in the first (closed) segment.
    let first = directory.log + "/" + (try segmentFiles(directory.log))[0]
    var content = try bytes(of: first)
    let marker = Array(#""learner/L-1""#.utf8)
    let at = (0...(content.count - marker.count)).first {
      Array(content[$0..<($0 + marker.count)]) == marker
    }!
    let payload = content[at...].firstIndex(of: UInt8(ascii: "d"))!
    content[payload] ^= 0x01
    try write(content, to: first)
    log = try EventLog.open(directory: directory.log, options: options)
    defer { log.close() }
    let error = logError { _ = try Self.viaIndex(log, "learner/L-1") }
    guard case .corrupt(let segment, _, _) = error?.kind else {
      Issue.record("expected corrupt, got \(String(describing: error))")
      return
    }
    #expect(segment == (try segmentFiles(directory.log))[0])
  }
}
