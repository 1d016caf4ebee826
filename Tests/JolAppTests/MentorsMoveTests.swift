import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol mentors move`: its effective date, and the blocking pairs it reports — those present
/// after the move and not before, each computed by the verifier.
@Suite struct MentorsMoveTests {
  /// Round 1 published: A at M-1, B at M-2, C unmatched (all list M-1 > M-2).
  static func published() throws -> MentorsCommandTests.Region {
    let region = try MentorsPreAssignTests.region()
    #expect(region.fixture.jol(MentorsPreAssignTests.assign).exitCode == 0)
    #expect(region.fixture.jol(["mentors", "publish", MentorsPreAssignTests.run]).exitCode == 0)
    return region
  }

  @Test func aMoveReportsOnlyTheBlockingPairsItCreated() throws {
    let region = try Self.published()
    let jol = region.fixture.jol
    // A off their list: every blocking pair is new (the run was stable).
    let first = jol(
      ["mentors", "move", "L-A", "M-3", "--reason", "closer to home", "--date", "2026-09-15"])
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(
      first.stdout.contains("student 'L-A' and mentor M-1 (their choice #1) block"),
      "\(first.stdout)")
    #expect(first.stdout.contains("new blocking pairs from the move — 4 (4 in all now"))
    let moved = try region.fixture.events().suffix(2)
    #expect(moved.allSatisfy { $0.effective == CivilDate("2026-09-15")! })

    // B to M-1: (A, M-1) and (A, M-2) blocked before and still do; only (C, M-2) is new.
    let second = jol(["mentors", "move", "L-B", "M-1", "--reason", "enterprise's letter"])
    #expect(second.exitCode == 0, "\(second.stderr)")
    let lines = second.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(second.stdout)")
    #expect(lines[1].hasPrefix("student 'L-C' and mentor M-2 (their choice #2) block"))
    #expect(lines[2].contains("new blocking pairs from the move — 1 (3 in all now"))
    let ru = MentorsPreAssignTests.jol(
      region, "ru", ["mentors", "move", "L-B", "M-2", "--reason", "back"])
    #expect(ru.stdout.contains("перевод создал новых блокирующих пар"), "\(ru.stdout)")
    let kk = MentorsPreAssignTests.jol(
      region, "kk", ["mentors", "move", "L-B", "M-1", "--reason", "again"])
    #expect(kk.stdout.contains("ауыстыру жаңа бұғаттаушы жұптар тудырды"), "\(kk.stdout)")
  }

  @Test func aMoveDatedBeforeTheRunOrTheCurrentMentorshipIsRefused() throws {
    let region = try Self.published()
    let jol = region.fixture.jol
    let before = try region.eventCount()
    let early = jol(["mentors", "move", "L-A", "M-3", "--reason", "r", "--date", "2026-08-31"])
    #expect(early.exitCode == 65)
    #expect(
      early.stderr.contains(
        "the move's date 2026-08-31 is before the date of run kst-dual-2026-2026-09-01-r1 (2026-09-01)"
      ), "\(early.stderr)")
    #expect(
      jol(["mentors", "move", "L-A", "M-3", "--reason", "r", "--date", "9/15"]).exitCode == 64)
    #expect(try region.eventCount() == before)

    #expect(
      jol(["mentors", "move", "L-A", "M-3", "--reason", "r", "--date", "2026-09-20"]).exitCode == 0)
    let back = jol(["mentors", "move", "L-A", "M-1", "--reason", "r", "--date", "2026-09-10"])
    #expect(back.exitCode == 65)
    #expect(back.stderr.contains("before the current mentorship with M-3 began (2026-09-20)"))
    #expect(try region.eventCount() == before + 2)
  }
}
