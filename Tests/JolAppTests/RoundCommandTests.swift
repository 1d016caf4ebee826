import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolApp

@Suite struct RoundCommandTests {
  static let run = [
    "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15",
  ]

  /// A copy of the repository's policies, to edit.
  static func policiesCopy() throws -> String {
    let path = try temporaryDirectory("jol-policies") + "/Policies"
    try FileManager.default.copyItem(atPath: repositoryRoot + "/Policies", toPath: path)
    return path
  }

  @Test func runRecordsPolicyTextRoundAndAwardsInOneBatch() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 11, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 12, gpa: "4.6")
    try fixture.collegeStudent("L-3", serial: 13, gpa: "4.2")
    try fixture.collegeStudent("L-4", serial: 14, gpa: "4.8", appliedTo: nil)
    let before = try fixture.events().count

    let result = fixture.jol(Self.run + ["--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let lines = try jsonObjects(result.stdout)
    let entries = lines.filter { $0["subject"] != nil }
    #expect(entries.map { $0["subject"] as? String } == ["L-1", "L-2", "L-3"])
    #expect(entries.map { $0["result"] as? String } == ["awarded", "awarded", "ineligible"])
    #expect(entries.first?["rank"] as? Int == 1)
    let summary = try #require(lines.last)
    let roundID = try #require(summary["round"] as? String)
    #expect(roundID == "akim-named-scholarship-2026-10-15")
    #expect(summary["recorded"] as? Bool == true)

    let events = try fixture.events().dropFirst(before)
    let published = events.compactMap { event -> PolicyPublished? in
      if case .policyPublished(let p) = event.event { p } else { nil }
    }
    // The scholarship and the other policy of its exclusivity group.
    #expect(published.count == 2)
    let text = try String(
      contentsOfFile: repositoryRoot + "/Policies/scholarships/akim-named-scholarship.policy",
      encoding: .utf8)
    #expect(published.contains { $0.text == text && $0.sha256 == SHA256.hex(text) })
    let runs = events.compactMap { event -> RoundRun? in
      if case .roundRun(let r) = event.event { r } else { nil }
    }
    let run = try #require(runs.first)
    #expect(run.awarded == 2)
    #expect(run.applicants == 3)
    #expect(run.logPosition == UInt64(before))
    #expect(run.resultsSHA256 == summary["results_sha256"] as? String)
    let awards = events.compactMap { event -> (String, AwardGranted)? in
      if case .awardGranted(let a) = event.event { (event.stream.id, a) } else { nil }
    }
    #expect(awards.map(\.0) == ["L-1", "L-2"])
    let award = try #require(awards.first?.1)
    #expect(award.round.rawValue == roundID)
    #expect(award.periodStart == CivilDate("2026-10-15"))
    #expect(award.periodEnd == CivilDate("2027-08-31"))
    #expect(award.amount == Money(tenge: 440_000), "11 months at 40 000 ₸")
    // One batch: consecutive sequences after the inputs.
    #expect(events.map(\.sequence) == Array(UInt64(before + 1)...UInt64(before + events.count)))

    // The same round again is refused; the awards now count as held.
    let again = fixture.jol(Self.run)
    #expect(again.exitCode == 65)
    #expect(again.stderr.contains("jol round replay \(roundID)"))
    let show = fixture.jol(["round", "show", roundID, "--format", "json"])
    #expect(try jsonObjects(show.stdout).first?["awarded"] as? Int == 2)
    let holds = fixture.jol(
      ["eligibility", "check", "L-1", "--policy", "dual-training-grant", "--as-of", "2026-10-20"])
    #expect(
      holds.stdout.contains("✗ Already holds another award of this group (akim-named-scholarship)"),
      "\(holds.stdout)")
  }

  @Test func sameSeedSameDataSameResults() throws {
    func populate(_ fixture: DecideFixture) throws {
      // Equal ranks: the lottery decides, from the seed.
      for index in 0..<6 {
        try fixture.collegeStudent("L-\(index)", serial: 20 + index, gpa: "4.7")
      }
    }
    let first = try DecideFixture()
    let second = try DecideFixture()
    try populate(first)
    try populate(second)
    let arguments = Self.run + ["--seed", "draw-1", "--format", "json"]
    let dry = first.jol(arguments + ["--dry-run"])
    let a = first.jol(arguments)
    let b = second.jol(arguments)
    #expect(a.exitCode == 0 && b.exitCode == 0)
    #expect(a.stdout == b.stdout)
    let withoutSummary = { (text: String) in text.split(separator: "\n").dropLast() }
    #expect(withoutSummary(dry.stdout) == withoutSummary(a.stdout))
    #expect(dry.stdout.contains("\"recorded\":false"))
    let other = second.jol(Self.run + ["--seed", "draw-2", "--format", "json", "--dry-run"])
    #expect(other.stdout != b.stdout)
  }

  @Test func replayUsesTheLoggedTextAfterTheFileChanged() throws {
    let policies = try Self.policiesCopy()
    let fixture = try DecideFixture(policies: policies)
    try fixture.collegeStudent("L-1", serial: 31, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 32, gpa: "4.55")
    let run = fixture.jol(Self.run)
    #expect(run.exitCode == 0, "\(run.stderr)")
    let id = "akim-named-scholarship-2026-10-15"

    // The methodologist raises the threshold in the file; the recorded round keeps its text.
    let file = policies + "/scholarships/akim-named-scholarship.policy"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "from 2026-09-01 = 4.5", with: "from 2026-09-01 = 4.8")
      .write(toFile: file, atomically: true, encoding: .utf8)
    // More events after the round do not change what it saw.
    try fixture.collegeStudent("L-3", serial: 33, gpa: "5.0")

    let replay = fixture.jol(["round", "replay", id])
    #expect(replay.exitCode == 0, "\(replay.stderr)")
    #expect(replay.stdout.contains("reproduced"))
    #expect(replay.stdout.contains("rank 1; 50 seats; awarded"), "\(replay.stdout)")
    #expect(!replay.stdout.contains("L-3"))
    let recorded = fixture.jol(["round", "replay", id, "--format", "json"])
    let lines = try jsonObjects(recorded.stdout)
    #expect(lines.filter { $0["result"] as? String == "awarded" }.count == 2)

    // Running with the edited file under the same version number is refused.
    let edited = fixture.jol(Self.run + ["--supersede", id, "--reason", "threshold corrected"])
    #expect(edited.exitCode == 65)
    #expect(edited.stderr.contains("new version"), "\(edited.stderr)")

    #expect(fixture.jol(["round", "replay", "no-such-round"]).exitCode == 66)
  }

  @Test func replayReportsResultsThatDiffer() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 41, gpa: "4.9")
    #expect(fixture.jol(Self.run).exitCode == 0)
    // Replaying from another log position (here: before any event) must not match.
    let store = try Store.openForReading(fixture.context)
    let recorded = try RecordedRound.load("akim-named-scholarship-2026-10-15", store: store)
    let inputs = try RoundInputs.build(
      store, policy: recorded.policy, asOf: recorded.run.asOf, logPosition: 0, seed: "")
    #expect(inputs.run().resultsSHA256(form: 2) != recorded.run.resultsSHA256)
  }

  @Test(arguments: [1 as UInt64, 2, 3])
  func seatsAreNeverExceeded(seed: UInt64) throws {
    let policies = try Self.policiesCopy()
    let file = policies + "/scholarships/akim-named-scholarship.policy"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "seats 50", with: "seats 7")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let fixture = try DecideFixture(policies: policies)
    var rng = SplitMix64(seed: seed)
    var eligible = 0
    for index in 0..<20 {
      let gpa = ["4.4", "4.5", "4.7", "4.9", "5.0"][Int(rng.next() % 5)]
      if gpa != "4.4" { eligible += 1 }
      try fixture.collegeStudent(
        "L-\(index)", serial: 100 + index, gpa: gpa,
        categories: rng.next() % 3 == 0 ? [.orphan] : [])
    }
    let result = fixture.jol(Self.run + ["--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let awarded = try jsonObjects(result.stdout).filter { $0["result"] as? String == "awarded" }
    #expect(awarded.count == min(7, eligible))
    let grants = try fixture.events().filter {
      if case .awardGranted = $0.event { true } else { false }
    }
    #expect(grants.count == awarded.count)
  }
}
