import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// A damaged log is never written to: every command refuses it with the segment and offset,
/// `jol log verify` says what is intact, damaged and lost, and `jol log salvage --into NEW-DIR`
/// copies every intact batch into a new data directory — never in place.
@Suite struct LogSalvageTests {
  /// Three learners, each recorded by its own write (one batch each, at least).
  func fixture() throws -> DecideFixture {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 61, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 62, gpa: "4.6")
    try fixture.collegeStudent("L-3", serial: 63, gpa: "4.2")
    return fixture
  }

  var segment: String { "/log/00000000000000000001.jsonl" }

  /// Flips a bit in the middle of the line holding an event of `learner`'s stream.
  func damage(_ fixture: DecideFixture, learner: String) throws -> [UInt8] {
    let path = fixture.data + segment
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes, as: UTF8.self)
    let marker = try #require(text.range(of: "\"stream\":\"learner/\(learner)\""))
    let offset = text.utf8.distance(from: text.startIndex, to: marker.lowerBound)
    bytes[offset + 40] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return bytes
  }

  @Test(arguments: ["L-2", "L-3"])
  func damageIsReportedEverywhereAndNothingIsWritten(_ learner: String) throws {
    let fixture = try fixture()
    let total = try fixture.events().count
    _ = try damage(fixture, learner: learner)
    let before = contentsOfTree(fixture.data)
    let verify = fixture.jol(["log", "verify"])
    #expect(verify.exitCode == 65)
    #expect(verify.stderr.contains("log corrupt: 00000000000000000001.jsonl at byte"))
    #expect(verify.stdout.contains("LOST: records"), "\(verify.stdout)")
    #expect(verify.stdout.contains("damaged: 00000000000000000001.jsonl bytes"))
    #expect(verify.stdout.contains("acknowledged records through sequence \(total)"))
    #expect(verify.stdout.contains("jol log salvage --into"))
    for command in [
      ["log", "stats"], ["eligibility", "check", "--all", "--as-of", "2026-10-15"],
      ["round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15"],
      ["learner", "show", "L-1"],
    ] {
      let result = fixture.jol(command)
      #expect(result.exitCode == 65, "\(command): \(result.stderr)")
      #expect(result.stderr.contains("00000000000000000001.jsonl"), "\(command)")
    }
    #expect(contentsOfTree(fixture.data) == before, "the damaged directory is left as it was")
  }

  @Test func salvageCopiesEveryIntactBatchAndSaysWhatWasLost() throws {
    let fixture = try fixture()
    let total = try fixture.events().count
    _ = try damage(fixture, learner: "L-2")
    let before = contentsOfTree(fixture.data)
    let target = try temporaryDirectory("jol-salvage") + "/new"
    let salvage = fixture.jol(["log", "salvage", "--into", target, "--format", "json"])
    #expect(salvage.exitCode == 0, "\(salvage.stderr)")
    let report = try #require(try jsonObjects(salvage.stdout).first)
    let copied = try #require(report["copied_records"] as? Int)
    let lost = try #require(report["lost_records"] as? Int)
    #expect(lost > 0)
    #expect(copied + lost == total)
    #expect(report["acknowledged_through"] as? Int == total)
    #expect(contentsOfTree(fixture.data) == before, "salvage never writes the damaged directory")

    let salvaged = runJol(["log", "verify", "--data", target, "--lang", "en"])
    #expect(salvaged.exitCode == 0, "\(salvaged.stderr)")
    #expect(salvaged.stdout.contains("\(total) records"), "placeholders keep every sequence")
    #expect(salvaged.stdout.contains("all \(copied) events decode"))
    // The learners whose batches were intact are there, with their personal data.
    let shown = runJol(["learner", "show", "L-1", "--data", target, "--lang", "en"])
    #expect(shown.exitCode == 0, "\(shown.stderr)")
    let third = runJol(["learner", "show", "L-3", "--data", target, "--lang", "en"])
    #expect(third.exitCode == 0, "\(third.stderr)")
    #expect(FileManager.default.fileExists(atPath: target + "/vault/people.csv"))
    // A writer works on the salvaged directory.
    let round = runJol([
      "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15", "--data",
      target, "--policies", fixture.policies,
    ])
    #expect(round.exitCode == 0, "\(round.stderr)")
  }

  @Test func salvageRefusesATargetThatIsNotNewOrIsInside() throws {
    let fixture = try fixture()
    let occupied = try temporaryDirectory("jol-salvage")
    try Data("x".utf8).write(to: URL(fileURLWithPath: occupied + "/keep.txt"))
    #expect(fixture.jol(["log", "salvage", "--into", occupied]).exitCode == 73)
    #expect(try String(contentsOfFile: occupied + "/keep.txt", encoding: .utf8) == "x")
    #expect(fixture.jol(["log", "salvage", "--into", fixture.data + "/copy"]).exitCode == 64)
    #expect(fixture.jol(["log", "salvage"]).exitCode == 64)
  }

  @Test func anIntactLogSalvagesWhole() throws {
    let fixture = try fixture()
    let total = try fixture.events().count
    let target = try temporaryDirectory("jol-salvage") + "/copy"
    let salvage = fixture.jol(["log", "salvage", "--into", target, "--format", "json"])
    let report = try #require(try jsonObjects(salvage.stdout).first)
    #expect(report["copied_records"] as? Int == total)
    #expect(report["lost_records"] as? Int == 0)
    #expect((report["lost"] as? [Any])?.isEmpty == true)
  }

  /// Lost records are replaced by placeholders: every other record keeps its sequence, so a
  /// round recorded after the damage replays in the salvaged directory (it read nothing lost).
  @Test func aSalvagedLogKeepsSequencesAndRoundsReplay() throws {
    let fixture = try fixture()
    try fixture.collegeStudent("L-4", serial: 64, gpa: "3.1", appliedTo: nil)
    let round = fixture.jol([
      "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15",
    ])
    #expect(round.exitCode == 0, "\(round.stderr)")
    let total = try fixture.events().count
    _ = try damage(fixture, learner: "L-4")
    let target = try temporaryDirectory("jol-salvage") + "/new"
    let salvage = fixture.jol(["log", "salvage", "--into", target, "--format", "json"])
    #expect(salvage.exitCode == 0, "\(salvage.stderr)")
    let report = try #require(try jsonObjects(salvage.stdout).first)
    #expect((report["lost_records"] as? Int ?? 0) > 0)
    let stats = runJol(["log", "stats", "--data", target, "--format", "json"])
    let figures = try #require(try jsonObjects(stats.stdout).first)
    #expect(figures["last_sequence"] as? Int == total, "every sequence kept: \(figures)")
    // The streams counted by their first records are those the log's index holds, the
    // placeholders' stream among them.
    let log = try EventLog.open(directory: target + "/log", mode: .readOnly)
    #expect(figures["streams"] as? Int == log.stats().streams)
    log.close()
    let replay = runJol([
      "round", "replay", "akim-named-scholarship-2026-10-15", "--data", target, "--policies",
      fixture.policies,
    ])
    #expect(replay.exitCode == 0, "\(replay.stderr)")
  }

  /// The records after a damaged line of the same batch are the batch's remains, not a batch:
  /// salvage never copies part of a batch.
  @Test func theRestOfADamagedBatchIsNotCopied() throws {
    let fixture = try fixture()
    let path = fixture.data + segment
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    // The first line of L-2's batch: damage it, keep the rest of that batch intact.
    let text = String(decoding: bytes, as: UTF8.self)
    let marker = try #require(text.range(of: "\"stream\":\"learner/L-2\""))
    let offset = text.utf8.distance(from: text.startIndex, to: marker.lowerBound)
    let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
    bytes[lineStart + 30] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let target = try temporaryDirectory("jol-salvage") + "/new"
    #expect(fixture.jol(["log", "salvage", "--into", target]).exitCode == 0)
    var streams: [String] = []
    try Store.openForReading(testContext(data: target)).forEachEvent {
      streams.append($0.stream.description)
    }
    #expect(!streams.contains("learner/L-2"), "no part of the damaged batch: \(streams)")
    #expect(streams.contains("learner/L-1") && streams.contains("learner/L-3"))
  }

  /// The lost batch held an erasure: the salvaged directory still works — the register says who
  /// was erased — and its export skips the placeholders.
  @Test func aLostErasureLeavesAWorkingDirectory() throws {
    let fixture = try fixture()
    let four = try fixture.collegeStudent("L-4", serial: 64, gpa: "3.1", appliedTo: nil)
    #expect(fixture.jol(["forget", four.value, "--reason", "request 4"]).exitCode == 0)
    let path = fixture.data + segment
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes, as: UTF8.self)
    let erased = try #require(text.range(of: "learner.erased"))
    bytes[text.utf8.distance(from: text.startIndex, to: erased.lowerBound)] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let target = try temporaryDirectory("jol-salvage") + "/new"
    #expect(fixture.jol(["log", "salvage", "--into", target]).exitCode == 0)
    let export = runJol(["log", "export", "--data", target])
    #expect(export.exitCode == 0, "\(export.stderr)")
    #expect(!export.stdout.contains("log/lost"))
    let round = runJol([
      "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15", "--data",
      target, "--policies", fixture.policies,
    ])
    #expect(round.exitCode == 0, "a writer works: \(round.stderr)")
  }

  @Test func salvageNeverWritesIntoTheSourceThroughALink() throws {
    let fixture = try fixture()
    let alias = try temporaryDirectory("jol-alias")
    try FileManager.default.createSymbolicLink(
      atPath: alias + "/link", withDestinationPath: fixture.data)
    let before = contentsOfTree(fixture.data)
    let result = fixture.jol(["log", "salvage", "--into", alias + "/link/rescued"])
    #expect(result.exitCode == 64, "\(result.stderr)")
    #expect(contentsOfTree(fixture.data) == before)
  }
}
