import Foundation
import JolModel
import Testing

@testable import JolApp

/// A round of a policy for a period is recorded once: running it again — another date in the
/// period, another seed — is refused and changes nothing; an explicit `--supersede` replaces it,
/// revoking its awards in the same batch, so no learner ever holds two awards of one policy for
/// overlapping periods and the money is booked once.
@Suite struct RoundSupersedeTests {
  static let policy = ["round", "run", "--policy", "akim-named-scholarship"]
  static let firstID = "akim-named-scholarship-2026-10-15"

  /// Three applicants, two of them awarded by a first round on 2026-10-15.
  func fixtureWithARound() throws -> DecideFixture {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 51, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 52, gpa: "4.6")
    try fixture.collegeStudent("L-3", serial: 53, gpa: "4.2")
    let first = fixture.jol(Self.policy + ["--as-of", "2026-10-15"])
    #expect(first.exitCode == 0, "\(first.stderr)")
    return fixture
  }

  /// The awards of the policy each learner holds unrevoked, and their total.
  func heldAwards(_ fixture: DecideFixture) throws -> (perLearner: [String: Int], total: Money) {
    let state = try Store.openForReading(fixture.context).currentState()
    var perLearner: [String: Int] = [:]
    var total = Money.zero
    for learner in state.learners {
      for award in learner.awards where award.revoked == nil {
        perLearner[learner.id.rawValue, default: 0] += 1
        total = total + award.grant.amount
      }
    }
    return (perLearner, total)
  }

  @Test(arguments: [
    ["--as-of", "2026-10-15", "--seed", "again"], ["--as-of", "2026-11-01"],
    ["--as-of", "2027-03-01", "--seed", "x"], ["--as-of", "2026-10-16", "--dry-run"],
  ])
  func anOverlappingRoundIsRefusedAndChangesNothing(_ extra: [String]) throws {
    let fixture = try fixtureWithARound()
    let before = contentsOfTree(fixture.data)
    let held = try heldAwards(fixture)
    let again = fixture.jol(Self.policy + extra)
    #expect(again.exitCode == 65, "\(extra): \(again.stdout)")
    #expect(again.stderr.contains(Self.firstID), "\(again.stderr)")
    #expect(again.stderr.contains("--supersede"))
    #expect(contentsOfTree(fixture.data) == before, "\(extra): the data directory is unchanged")
    #expect(try heldAwards(fixture).total == held.total)
  }

  @Test func supersedingRevokesTheEarlierAwardsInTheSameBatch() throws {
    let fixture = try fixtureWithARound()
    let (firstHeld, firstTotal) = try heldAwards(fixture)
    #expect(firstHeld == ["L-1": 1, "L-2": 1])
    let before = try fixture.events().count
    let again = fixture.jol(
      Self.policy + [
        "--as-of", "2026-10-15", "--supersede", Self.firstID, "--reason",
        "grades of the spring term corrected", "--format", "json",
      ])
    #expect(again.exitCode == 0, "\(again.stderr)")
    let newID = Self.firstID + "-r2"
    #expect(again.stdout.contains(newID))
    let events = try fixture.events().dropFirst(before)
    let revoked = events.compactMap { event -> (String, AwardRevoked)? in
      if case .awardRevoked(let r) = event.event { (event.stream.id, r) } else { nil }
    }
    #expect(revoked.map(\.0).sorted() == ["L-1", "L-2"])
    #expect(revoked.allSatisfy { $0.1.round.rawValue == Self.firstID })
    let run = events.compactMap { event -> RoundRun? in
      if case .roundRun(let r) = event.event { r } else { nil }
    }.first
    #expect(run?.supersedes?.rawValue == Self.firstID)
    #expect(run?.supersedeReason == "grades of the spring term corrected")
    // One batch: dense sequences, revocations, run and awards together.
    #expect(events.map(\.sequence) == Array(UInt64(before + 1)...UInt64(before + events.count)))
    // The same two learners win again; each holds one award, and the money is booked once.
    let (held, total) = try heldAwards(fixture)
    #expect(held == ["L-1": 1, "L-2": 1])
    #expect(total == firstTotal)
    // The superseding round replays; the superseded one cannot be superseded twice.
    let replay = fixture.jol(["round", "replay", newID])
    #expect(replay.exitCode == 0, "\(replay.stderr)")
    let twice = fixture.jol(
      Self.policy + ["--as-of", "2026-10-20", "--supersede", Self.firstID, "--reason", "again"])
    #expect(twice.exitCode == 65)
    #expect(twice.stderr.contains("already superseded"), "\(twice.stderr)")
    let other = fixture.jol(Self.policy + ["--as-of", "2026-10-20"])
    #expect(other.exitCode == 65)
    #expect(other.stderr.contains(newID), "the standing round is the new one: \(other.stderr)")
  }

  @Test func aHolderIsNotEligibleForTheSameAwardAgain() throws {
    let fixture = try fixtureWithARound()
    let check = fixture.jol([
      "eligibility", "check", "L-1", "--policy", "akim-named-scholarship", "--as-of", "2026-12-01",
      "--explain",
    ])
    #expect(check.stdout.contains("Already holds this award"), "\(check.stdout)")
  }

  @Test(
    arguments: [
      (["--supersede", firstID], 64), (["--reason", "x"], 64),
      (["--supersede", "no-such-round", "--reason", "fix"], 65),
      (["--supersede", firstID, "--reason", "request of 090103668510"], 64),
      (["--supersede", firstID, "--reason", "call +7 701 777 00 01"], 64),
      (["--supersede", firstID, "--reason", "mail dana@example.kz"], 64),
      (["--supersede", firstID, "--reason", "bad\u{1B}[2J"], 64),
    ] as [([String], Int32)])
  func badSupersedeArgumentsAreRefused(_ extra: [String], _ code: Int32) throws {
    let fixture = try fixtureWithARound()
    let before = contentsOfTree(fixture.data)
    let result = fixture.jol(Self.policy + ["--as-of", "2026-10-15"] + extra)
    #expect(result.exitCode == code, "\(extra): \(result.stderr)")
    #expect(!result.stderr.contains("090103668510") && !result.stderr.contains("dana@"))
    #expect(contentsOfTree(fixture.data) == before)
  }
}
