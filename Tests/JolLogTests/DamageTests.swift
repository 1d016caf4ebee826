import Foundation
import JolModel
import Testing

@testable import JolLog

/// Damage to acknowledged records — a flipped bit, a cut, a missing or extra segment, a damaged
/// commit marker — is never taken for a torn tail: every open (writer or reader) reports it as
/// corruption with the segment and offset, exit 65, and the files are left as they were.
@Suite struct DamageTests {
  /// A log of acknowledged batches of 2, 3 and 4 records; returns the segment path, its
  /// content and the byte ranges of the three batches.
  private func makeLog(_ directory: TemporaryDirectory) throws -> (String, [UInt8], [Range<Int>]) {
    let log = try EventLog.open(directory: directory.log)
    try log.append(batch("a", count: 2))
    try log.append(batch("b", count: 3, stream: "t"))
    try log.append(batch("c", count: 4))
    log.close()
    let path = directory.log + "/" + (try segmentFiles(directory.log))[0]
    let content = try bytes(of: path)
    let ends = content.indices.filter { content[$0] == 0x0A }.map { $0 + 1 }
    return (path, content, [0..<ends[1], ends[1]..<ends[4], ends[4]..<ends[8]])
  }

  /// Every open (or the writer's, for damage only a writer may judge) refuses with corruption
  /// and changes nothing.
  private func expectRefused(
    _ directory: TemporaryDirectory, _ label: String, options: EventLog.Options = .init(),
    modes: [EventLog.Mode] = [.readWrite, .readOnly],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try snapshotFiles(directory.log)
    for mode in modes {
      let error = logError {
        _ = try EventLog.open(directory: directory.log, mode: mode, options: options)
      }
      guard case .corrupt? = error?.kind else {
        Issue.record(
          "\(label), \(mode): expected corruption, got \(String(describing: error))",
          sourceLocation: sourceLocation)
        return
      }
      #expect(error?.exitCode == 65, sourceLocation: sourceLocation)
    }
    #expect(
      try snapshotFiles(directory.log) == before, "\(label): files unchanged",
      sourceLocation: sourceLocation)
  }

  /// The names and contents of the files of a log directory (the lock aside).
  private func snapshotFiles(_ directory: String) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name != "lock"
    {
      files[name] = try bytes(of: directory + "/" + name)
    }
    return files
  }

  @Test func flippedBitAtEveryByteOfTheLastAndAMiddleBatch() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    var random = SplitMix64(seed: 11)
    for range in [batches[2], batches[1]] {
      for position in range {
        var damaged = content
        damaged[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
        try write(damaged, to: path)
        try expectRefused(directory, "bit flipped at byte \(position)")
      }
    }
    try write(content, to: path)
    let log = try EventLog.open(directory: directory.log)
    #expect(log.lastSequence == 9, "the undamaged log opens as before")
    log.close()
  }

  @Test func cutAtEveryByteOfTheLastAndAMiddleBatch() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    for cut in batches[1].lowerBound..<content.count {
      try write(Array(content[..<cut]), to: path)
      try expectRefused(directory, "cut at byte \(cut)")
    }
  }

  @Test func theReportNamesTheDamagedRecord() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    var damaged = content
    damaged[batches[2].lowerBound + 60] ^= 0x01
    try write(damaged, to: path)
    let error = logError { _ = try EventLog.open(directory: directory.log) }
    let name = (path as NSString).lastPathComponent
    #expect(error?.description.contains("\(name) at byte \(batches[2].lowerBound)") == true)
    #expect(error?.description.contains("acknowledged") == true)
  }

  /// A log over several segments (about 3 batches each).
  private func makeSegmentedLog(_ directory: TemporaryDirectory) throws -> [String] {
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 800))
    for number in 0..<12 { try log.append(batch("m\(number)", count: 2, stream: "s\(number % 3)")) }
    log.close()
    let files = try segmentFiles(directory.log)
    #expect(files.count >= 4)
    return files
  }

  @Test func missingLastMiddleOrFirstSegment() throws {
    for victim in ["last", "middle", "first"] {
      let directory = TemporaryDirectory("damage")
      defer { directory.remove() }
      let files = try makeSegmentedLog(directory)
      let name = victim == "last" ? files.last! : victim == "first" ? files[0] : files[1]
      try FileManager.default.removeItem(atPath: directory.log + "/" + name)
      try expectRefused(directory, "\(victim) segment deleted", options: .init(segmentSize: 800))
    }
  }

  @Test func sealedSegmentCutAtALineEndOrExtended() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let files = try makeSegmentedLog(directory)
    let path = directory.log + "/" + files[1]
    let content = try bytes(of: path)
    let ends = content.indices.filter { content[$0] == 0x0A }.map { $0 + 1 }
    for cut in ends.dropLast() {
      try write(Array(content[..<cut]), to: path)
      try expectRefused(
        directory, "sealed segment cut at byte \(cut)", options: .init(segmentSize: 800))
    }
    try write(content + Array(content[..<ends[0]]), to: path)
    try expectRefused(
      directory, "a line repeated at a sealed segment's end", options: .init(segmentSize: 800))
  }

  @Test func extraSegmentInsideOrAfterTheLog() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let files = try makeSegmentedLog(directory)
    let copy = directory.log + "/" + SegmentName.fileName(firstSequence: 4)
    try FileManager.default.copyItem(atPath: directory.log + "/" + files[1], toPath: copy)
    try expectRefused(
      directory, "a segment named inside another's range", options: .init(segmentSize: 800))
    try FileManager.default.removeItem(atPath: copy)
    let after = directory.log + "/" + SegmentName.fileName(firstSequence: 25)
    try write(Array("{\"crc\":\"00000000\",\"seq\":25}\n".utf8), to: after)
    try expectRefused(
      directory, "a garbage segment after the last", options: .init(segmentSize: 800))
  }

  @Test func damagedCommitMarker() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    let markerPath = directory.log + "/commit"
    let marker = try bytes(of: markerPath)
    #expect(marker.count == 128, "two slots, both written")
    var both = marker
    both[20] ^= 1
    both[84] ^= 1
    try write(both, to: markerPath)
    try expectRefused(directory, "both marker slots damaged")
    // One slot damaged: the other, older one counts, and nothing after it may be torn.
    for slot in [0, 1] {
      var one = marker
      one[slot * 64 + 20] ^= 1
      try write(one, to: markerPath)
      var damaged = content
      damaged[batches[2].upperBound - 3] ^= 1
      try write(damaged, to: path)
      // A reader cannot tell this from a writer's marker write in progress: the writer judges.
      try expectRefused(
        directory, "slot \(slot) damaged, last batch damaged", modes: [.readWrite])
      try write(content, to: path)
      let log = try EventLog.open(directory: directory.log)
      #expect(log.lastSequence == 9)
      log.close()
      #expect(try bytes(of: markerPath).count == 128)
    }
  }

  @Test func aWriterRefusesAfterDamageAndTheErrorKeepsItsCode() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    let log = try EventLog.open(directory: directory.log)
    var damaged = content
    damaged[batches[0].lowerBound + 40] ^= 0x02
    try write(damaged, to: path)
    let found = logError { _ = try log.verify() }
    let refused = logError { try log.append([record("late")]) }
    #expect(refused == found)
    #expect(refused?.exitCode == 65)
    log.close()
  }

  /// A sealed segment changed in its middle (first and last lines intact): the writer sees it
  /// changed since the index vouched for it, reads it whole and refuses to append.
  @Test func aWriterRefusesAfterASealedSegmentChangedInTheMiddle() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let files = try makeSegmentedLog(directory)
    let path = directory.log + "/" + files[1]
    let content = try bytes(of: path)
    let ends = content.indices.filter { content[$0] == 0x0A }.map { $0 + 1 }
    var damaged = content
    damaged[ends[0] + 50] ^= 0x08  // the second line of a sealed segment
    try write(damaged, to: path)
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 800))
    let error = logError { try log.append([record("after-damage")]) }
    guard case .corrupt(let segment, let offset, _)? = error?.kind else {
      Issue.record("expected corruption, got \(String(describing: error))")
      return
    }
    #expect(segment == files[1])
    #expect(offset == UInt64(ends[0]))
    #expect(log.lastSequence == 24, "nothing appended")
    log.close()
  }

  /// A sealed segment rewritten with the same bytes (a restore from a backup) is read whole
  /// once, found intact, and vouched for again: the next open does not read it whole.
  @Test func aRestoredSealedSegmentIsCheckedOnce() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let files = try makeSegmentedLog(directory)
    let path = directory.log + "/" + files[1]
    let content = try bytes(of: path)
    try FileManager.default.removeItem(atPath: path)
    try write(content, to: path)
    for round in 0..<2 {
      let faulty = FaultyFileSystem()
      let log = try EventLog.open(
        directory: directory.log, options: .init(segmentSize: 800), fileSystem: faulty)
      _ = faulty.takeReadBytes()
      try log.append([record("r\(round)", stream: "s9")])
      let read = faulty.takeReadBytes()[path] ?? 0
      #expect(round == 0 ? read >= content.count : read == 0, "round \(round): read \(read)")
      log.close()
    }
  }

  /// Without its marker the acknowledged end is unknown: nothing may be cut as torn, so every
  /// open refuses (the operator verifies and salvages), however the tail looks.
  @Test func aMissingCommitMarkerIsDamage() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    try FileManager.default.removeItem(atPath: directory.log + "/commit")
    try expectRefused(directory, "marker deleted, log whole")
    try write(Array(content[..<batches[2].lowerBound]), to: path)
    try expectRefused(directory, "marker deleted, cut at a batch end")
  }

  /// Jol never creates an empty segment: one after the marker's is damage, not a place to write.
  @Test func anEmptySegmentAfterTheLastIsDamage() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    _ = try makeLog(directory)
    try write([], to: directory.log + "/" + SegmentName.fileName(firstSequence: 10))
    try expectRefused(directory, "an empty segment after the last")
  }

  /// A stray copy of a later line at the end of a sealed segment is damage there, and the
  /// survey still finds every record once, in sequence order.
  @Test func aStrayCopyOfALaterLineLosesNothingInTheSurvey() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let files = try makeSegmentedLog(directory)
    let last = try bytes(of: directory.log + "/" + files.last!)
    let lines = last.split(separator: 0x0A)
    let first = directory.log + "/" + files[0]
    try write(try bytes(of: first) + Array(lines.last!) + [0x0A], to: first)
    try expectRefused(directory, "a later line copied", options: .init(segmentSize: 800))
    let survey = try LogSurvey.run(directory: directory.log)
    #expect(survey.lost.isEmpty)
    #expect(survey.intactRecords == 24)
    #expect(survey.batches.map(\.sequences.lowerBound) == Array(stride(from: 1, to: 25, by: 2)))
  }

  /// A stray copy of a later line between two batches is damage alone: the batches after it,
  /// intact, are all found.
  @Test func aStrayLineBetweenBatchesLosesOnlyItself() throws {
    let directory = TemporaryDirectory("damage")
    defer { directory.remove() }
    let (path, content, batches) = try makeLog(directory)
    let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false)
    let stray = Array(lines[7]) + [0x0A]  // a line of the last batch, copied after the first
    let damaged =
      Array(content[batches[0]]) + stray + Array(content[batches[1].lowerBound...])
    try write(damaged, to: path)
    let survey = try LogSurvey.run(directory: directory.log)
    #expect(survey.lost.isEmpty, "\(survey.lost)")
    #expect(survey.intactRecords == 9)
    #expect(survey.damage.count == 1)
  }
}
