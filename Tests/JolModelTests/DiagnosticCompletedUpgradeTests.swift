import Foundation
import JolModel
import Testing

/// `learner.diagnostic_completed` version 1 (no bands, leading scales or flags) reads as
/// version 2: the leading scales are those at the highest score, nothing else is guessed.
@Suite struct DiagnosticCompletedUpgradeTests {
  @Test func version1IsUpgradedOnRead() throws {
    let file = fixturesDirectory.appendingPathComponent("learner.diagnostic_completed.v1.json")
    let bytes = Array(try Data(contentsOf: file).dropLast())
    for payload in [try fastDecode(bytes), try foundationDecode(bytes)] {
      guard case .diagnosticCompleted(let result) = payload.event else {
        Issue.record("not a diagnostic: \(payload.event)")
        continue
      }
      #expect(result.instrument.description == "klimov@2")
      #expect(result.leading == ["technology"])
      #expect(result.bands.isEmpty)
      #expect(result.flags.isEmpty)
      #expect(result.leadingDirections == ["technology"])
    }
  }

  @Test func theLeadingDirectionIsUnknownWhenScalesTie() {
    let date = CivilDate("2026-10-01")!
    let one = DiagnosticSummary(
      instrument: InstrumentRef(id: "five-types", version: 1), date: date, scores: [],
      leading: ["nature"], leadingDirections: ["agriculture", "medicine_social"])
    #expect(one.leadingDirection == "agriculture")
    var tied = one
    tied.leading = ["nature", "people"]
    #expect(tied.leadingDirection == nil)
  }
}
