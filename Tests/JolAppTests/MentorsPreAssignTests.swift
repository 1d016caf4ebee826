import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol mentors assign --pre-assign IIN:MENTOR` and `--ban IIN:MENTOR` from the command line, on
/// ``MentorsCommandTests/Region``: A, B and C (scores 69.1, 60.1, 51.1) all list M-1 > M-2, each
/// mentor with one seat.
@Suite struct MentorsPreAssignTests {
  static let assign = [
    "mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01",
  ]
  static let run = "kst-dual-2026-2026-09-01-r1"

  /// The region with mentors and lists imported.
  static func region() throws -> MentorsCommandTests.Region {
    let region = try MentorsCommandTests.Region()
    _ = try region.importFile("mentors", MentorsCommandTests.mentors)
    _ = try region.importFile(
      "mentor-preferences",
      region.lists([("L-A", "M-1 > M-2"), ("L-B", "M-1 > M-2"), ("L-C", "M-1 > M-2")]))
    return region
  }

  /// `jol ARGUMENTS` on the region in `language`.
  static func jol(
    _ region: MentorsCommandTests.Region, _ language: String, _ arguments: [String]
  ) -> JolOutput {
    runJol(
      arguments + [
        "--data", region.fixture.data, "--policies", region.fixture.policies, "--lang", language,
      ])
  }

  /// Whether a pending run file was kept.
  static func kept(_ region: MentorsCommandTests.Region) -> Bool {
    FileManager.default.fileExists(
      atPath: region.fixture.data + "/snapshots/mentoring/\(run).json")
  }

  @Test func aPreAssignedStudentTakesNoPartTheSeatIsTakenAndPublishRecordsThePair() throws {
    let region = try Self.region()
    let jol = region.fixture.jol
    let c = region.iins["L-C"]!.value
    let pending = jol(Self.assign + ["--pre-assign", "\(c):M-1", "--format", "json"])
    #expect(pending.exitCode == 0, "\(pending.stderr)")
    let result = try #require(try jsonObjects(pending.stdout).first)
    // The other keys below the top level are ids (as in `match solve`).
    #expect(SnakeCaseKeysTests.badKeys(["pre_assigned": result["pre_assigned"] ?? []]).isEmpty)
    #expect(result["pre_assigned"] as? [[String: String]] == [["student": "L-C", "mentor": "M-1"]])
    // C is not in the run; M-1's only seat is C's, so A (the best) goes to M-2 and B to nobody.
    #expect(result["students"] as? Int == 2)
    #expect((result["assignments"] as? [String: [String]])?["M-1"] == [])
    #expect((result["assignments"] as? [String: [String]])?["M-2"] == ["L-A"])
    #expect(result["unmatched"] as? [String] == ["L-B"])
    #expect(result["blocking_pairs"] as? Int == 0)
    let text = jol(Self.assign + ["--pre-assign", "\(c):M-1"])
    #expect(text.stdout.contains("pre-assigned before the run: L-C → M-1"), "\(text.stdout)")
    let explained = try #require(
      try jsonObjects(jol(["mentors", "explain", c, "--format", "json"]).stdout).first)
    #expect(explained["outcome"] as? String == "pre_assigned")
    #expect(explained["mentor"] as? String == "M-1" && explained["run"] as? String == Self.run)
    #expect(
      Self.jol(region, "kk", ["mentors", "explain", c]).stdout.contains("M-1 тәлімгеріне бекітті"))

    let before = try region.eventCount()
    let published = jol(["mentors", "publish", Self.run])
    #expect(published.exitCode == 0, "\(published.stderr)")
    #expect(published.stdout.contains("2 students assigned"), "\(published.stdout)")
    // matching.run, C's pre-assignment, A's pair, matching.published.
    #expect(try region.eventCount() == before + 4)
    let state = try region.state()
    let held = try #require(state.learner("L-C")?.currentMentorship)
    #expect(held.mentor == "M-1" && held.matching == MatchingRunID(Self.run))
    #expect(held.from == CivilDate("2026-09-01")!)
    #expect(state.learner("L-B")?.currentMentorship == nil)
    #expect(jol(["mentors", "verify"]).exitCode == 0)

    // Now C holds a mentor: pre-assigning C again is refused.
    let again = jol(Self.assign + ["--round", "2", "--pre-assign", "\(c):M-3"])
    #expect(again.exitCode == 65)
    #expect(again.stderr.contains("student L-C already has a mentor (M-1)"), "\(again.stderr)")
  }

  @Test func aBanMakesThePairUnacceptable() throws {
    let region = try Self.region()
    let a = region.iins["L-A"]!.value
    let banned = region.fixture.jol(Self.assign + ["--ban", "\(a):M-1", "--format", "json"])
    #expect(banned.exitCode == 0, "\(banned.stderr)")
    let result = try #require(try jsonObjects(banned.stdout).first)
    #expect((result["assignments"] as? [String: [String]])?["M-1"] == ["L-B"])
    #expect((result["assignments"] as? [String: [String]])?["M-2"] == ["L-A"])
    let explained = region.fixture.jol(["mentors", "explain", a])
    #expect(explained.stdout.contains("(M-1) does not accept you"), "\(explained.stdout)")
  }

  @Test(arguments: [
    (["--pre-assign", "A"], 64, "--pre-assign takes IIN:MENTOR"),
    (["--ban", "A:"], 64, "--ban takes IIN:MENTOR"),
    (["--pre-assign", "A:M-9"], 65, "mentor 'M-9' is not registered"),
    (["--ban", "A:M-9"], 65, "mentor 'M-9' is not registered"),
    (["--pre-assign", "L-Z:M-1"], 66, "L-Z"),
    (["--pre-assign", "A:M-1", "--pre-assign", "A:M-2"], 64, "L-A is pre-assigned twice"),
    (["--ban", "A:M-1", "--pre-assign", "A:M-1"], 64, "both banned (--ban) and pre-assigned"),
    (
      ["--pre-assign", "A:M-1", "--pre-assign", "B:M-1"], 65,
      "cannot pre-assign student L-B to mentor M-1: no seat left (capacity 1, taken 1)"
    ),
  ])
  func badPairsAreRefusedAndNoRunIsKept(options: [String], exit: Int32, message: String) throws {
    let region = try Self.region()
    let resolved = options.map { option in
      for (name, id) in [("A:", "L-A"), ("B:", "L-B")] where option.hasPrefix(name) {
        return region.iins[id]!.value + ":" + option.dropFirst(2)
      }
      return option
    }
    let refused = region.fixture.jol(Self.assign + resolved)
    #expect(refused.exitCode == exit, "\(refused.stderr)")
    #expect(refused.stderr.contains(message), "\(refused.stderr)")
    #expect(!Self.kept(region))
  }
}
