import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolApp

/// A round's results hash depends on the structured results only, never on display text, and
/// rounds recorded in an earlier canonical form still replay.
@Suite struct RoundResultsFormTests {
  func fixtureWithARound() throws -> DecideFixture {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 71, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 72, gpa: "4.2")
    let run = fixture.jol(RoundCommandTests.run)
    #expect(run.exitCode == 0, "\(run.stderr)")
    return fixture
  }

  @Test func theHashIgnoresDisplayText() throws {
    let fixture = try fixtureWithARound()
    let store = try Store.openForReading(fixture.context)
    let recorded = try RecordedRound.load("akim-named-scholarship-2026-10-15", store: store)
    #expect(recorded.run.resultsForm == RoundResult.currentForm)
    let inputs = try RoundInputs.build(
      store, policy: recorded.policy, asOf: recorded.run.asOf,
      logPosition: recorded.run.logPosition, seed: recorded.run.seed)
    var result = inputs.run()
    #expect(result.resultsSHA256(form: 2) == recorded.run.resultsSHA256)
    // Reword every title the results carry: the hash does not move, no display text is in it.
    for index in result.policies.indices {
      result.policies[index].title = LocalizedText(kk: "Жаңа атау", ru: "Новое", en: "Renamed")
    }
    #expect(result.resultsSHA256(form: 2) == recorded.run.resultsSHA256)
    #expect(!result.canonicalText.contains("Renamed"))
    #expect(result.canonicalText.contains("\tawarded\t"))
    // Any structured change does move it.
    result.policies[0].entries[0].rank = 99
    #expect(result.resultsSHA256(form: 2) != recorded.run.resultsSHA256)
  }

  @Test func aRoundRecordedInFormOneStillReplays() throws {
    let fixture = try fixtureWithARound()
    let store = try Store.openForReading(fixture.context)
    let recorded = try RecordedRound.load("akim-named-scholarship-2026-10-15", store: store)
    let inputs = try RoundInputs.build(
      store, policy: recorded.policy, asOf: recorded.run.asOf,
      logPosition: recorded.run.logPosition, seed: recorded.run.seed)
    // As Jol recorded rounds before forms were versioned: no form, the English JSON lines hashed.
    var legacy = recorded.run
    legacy.resultsForm = nil
    legacy.resultsSHA256 = inputs.run().resultsSHA256(form: 1)
    try fixture.append([
      EventDraft(stream: .round("legacy-round"), effective: legacy.asOf, event: .roundRun(legacy))
    ])
    let replay = fixture.jol(["round", "replay", "legacy-round"])
    #expect(replay.exitCode == 0, "\(replay.stderr)")
    #expect(replay.stdout.contains(legacy.resultsSHA256))
  }

  @Test func listingsNameWhatIsNotMetInTheReadersLanguage() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 71, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 72, gpa: "4.2")
    let dry = runJol(
      RoundCommandTests.run + [
        "--dry-run", "--data", fixture.data, "--policies", fixture.policies, "--lang", "ru",
      ])
    let line = try #require(
      dry.stdout.split(separator: "\n").first { $0.contains("L-2") }, "\(dry.stdout) \(dry.stderr)")
    #expect(line.contains("не выполнено: средний балл ≥ min_gpa"), "\(line)")
    #expect(!line.contains("gpa-below-minimum"))
  }

  /// Every decision and every recorded round names the TVET classifier its codes were checked
  /// against: the built-in one and a `Policies/reference/` one differ when their texts do.
  @Test func decisionsAndRoundsNameTheirClassifier() throws {
    let fixture = try fixtureWithARound()
    let expected = try ReferenceData.classifier(fixture.context).version
    #expect(expected.count == 12)
    let store = try Store.openForReading(fixture.context)
    let recorded = try RecordedRound.load("akim-named-scholarship-2026-10-15", store: store)
    #expect(recorded.run.classifier == expected)
    let check = fixture.jol([
      "eligibility", "check", "L-1", "--policy", "akim-named-scholarship", "--as-of",
      "2026-10-15", "--format", "json", "--explain",
    ])
    let decision = try #require(try jsonObjects(check.stdout).first)
    #expect(decision["classifier"] as? String == expected, "\(check.stdout)")
  }
}
