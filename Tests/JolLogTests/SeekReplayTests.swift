import Foundation
import Testing

@testable import JolLog

/// A replay from a sequence inside a segment starts at a record found by a binary search over
/// the segment's bytes (`LogView+Seek.swift`), not at the segment's first record: what it visits
/// must be exactly what a scan from the start visits, and damage at or after the start must
/// still be reported.
@Suite struct SeekReplayTests {
  /// Records of about 240 bytes in 1 MiB segments: over 4 000 a segment, so that a replay from
  /// inside one searches (the search reads on below 64 KiB).
  private static let segmentSize: UInt64 = 1 << 20
  private static let padding = #","pad":""# + String(repeating: "x", count: 120) + #"""#

  private func makeLog(_ directory: TemporaryDirectory, records: Int) throws {
    let log = try EventLog.open(
      directory: directory.log, options: .init(segmentSize: Self.segmentSize))
    var number = 0
    while number < records {
      let count = min(500, records - number)
      try log.append(
        (number..<(number + count)).map {
          record("r\($0)", stream: "s\($0 % 7)", Self.padding)
        })
      number += count
    }
    log.close()
  }

  private func sequences(_ log: EventLog, from first: UInt64) throws -> [UInt64] {
    var seen: [UInt64] = []
    try log.forEach(from: first) { stored in
      #expect(stored.id == "r\(stored.sequence - 1)")
      seen.append(stored.sequence)
    }
    return seen
  }

  @Test func replayFromAnySequenceVisitsExactlyTheRecordsFromIt() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let total = 12_000
    try makeLog(directory, records: total)
    let files = try segmentFiles(directory.log)
    #expect(files.count >= 2)
    let firsts = files.map { UInt64($0.prefix(20))! }
    let log = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { log.close() }
    var starts: [UInt64] = [1, 2, 3, 1_000, 4_321, 7_777, 11_999, 12_000, 12_001]
    for first in firsts { starts += [max(1, first - 1), first, first + 1, first + 2_000] }
    for first in starts {
      let expected = first <= UInt64(total) ? Array(first...UInt64(total)) : []
      #expect(try sequences(log, from: first) == expected, "from \(first)")
    }
    var bounded: [UInt64] = []
    try log.forEach(from: 3_000, through: 3_010) { bounded.append($0.sequence) }
    #expect(bounded == Array(3_000...3_010))
  }

  @Test func damageAtOrAfterTheStartIsReported() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try makeLog(directory, records: 12_000)
    let name = try segmentFiles(directory.log)[0]  // sealed: opening does not read it
    let path = directory.log + "/" + name
    var content = try bytes(of: path)
    let newlines = content.indices.filter { content[$0] == 0x0A }
    #expect(newlines.count > 3_000)
    // Record 3 001 (the line after the 3 000th newline) damaged.
    content[newlines[2_999] + 40] ^= 0x04
    try write(content, to: path)
    let log = try EventLog.open(directory: directory.log, mode: .readOnly)
    defer { log.close() }
    for first: UInt64 in [1, 1_500, 2_990, 3_001] {
      guard
        case .corrupt(let segment, let offset, _)? = logError({
          _ = try sequences(log, from: first)
        })?.kind
      else {
        Issue.record("damage not reported from \(first)")
        continue
      }
      #expect(segment == name)
      #expect(offset == UInt64(newlines[2_999] + 1))
    }
    // From after the damage, the search may skip it (nothing the replay needs is damaged) or
    // meet it and read on from before it (and report it): never a wrong record.
    if let after = try? sequences(log, from: 3_500) { #expect(after == Array(3_500...12_000)) }
  }
}
