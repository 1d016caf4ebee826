import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolApp

/// Results form 1 hashed the English JSON lines of `jol round run` as they were before output
/// keys became snake_case: its keys stay frozen, or rounds recorded then would no longer replay.
@Suite struct RoundFormOneKeysTests {
  @Test func formOneKeepsItsKeysWhileOutputIsSnakeCase() throws {
    let fixture = try RoundResultsFormTests().fixtureWithARound()
    let store = try Store.openForReading(fixture.context)
    let recorded = try RecordedRound.load("akim-named-scholarship-2026-10-15", store: store)
    let inputs = try RoundInputs.build(
      store, policy: recorded.policy, asOf: recorded.run.asOf,
      logPosition: recorded.run.logPosition, seed: recorded.run.seed)
    let result = inputs.run()
    let formOne = RoundRenderer.formOneJSON(result).joined(separator: "\n")
    #expect(formOne.contains(#""asOf":"2026-10-15""#))
    #expect(formOne.contains(#""textHash":""#))
    #expect(!formOne.contains(#""as_of""#))
    let output = RoundRenderer.json(result, language: .en)
    // Apart from those two keys, form 1 is today's English output.
    #expect(
      output.map {
        $0.replacingOccurrences(of: #""as_of""#, with: #""asOf""#)
          .replacingOccurrences(of: #""text_hash""#, with: #""textHash""#)
      } == RoundRenderer.formOneJSON(result))
  }
}
