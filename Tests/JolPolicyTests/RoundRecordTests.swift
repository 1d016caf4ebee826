import JolModel
import JolPolicy
import Testing

/// The events a round records (``RoundRecord/drafts(published:)``), from values alone.
@Suite struct RoundRecordTests {
  static func record(supersede: Bool) -> RoundRecord {
    let inputs = RoundInputsTests.inputs(
      consider: "applicants", supersedes: supersede ? "R-1" : nil)
    let state = RoundInputsTests.state()
    let supersession =
      supersede
      ? RoundSupersession(round: "R-1", reason: "typo", awards: state.unrevokedAwards(of: "R-1"))
      : nil
    return RoundRecord(
      id: "R-2", inputs: inputs, result: inputs.run(), group: [],
      today: RoundInputsTests.date("2026-10-16"), supersession: supersession)
  }

  static func kinds(_ drafts: [EventDraft]) -> [String] {
    drafts.map { draft in
      switch draft.event {
      case .policyPublished: "published \(draft.stream)"
      case .awardRevoked(let revoked): "revoked \(draft.stream) \(revoked.reason)"
      case .roundRun: "run \(draft.stream)"
      case .awardGranted(let award): "granted \(draft.stream) \(award.amount)"
      default: "other"
      }
    }
  }

  @Test func aSupersedingRoundRevokesPublishesRunsAndAwardsInOrder() throws {
    let drafts = try Self.record(supersede: true).drafts { _ in [] }
    #expect(
      Self.kinds(drafts) == [
        "published policy/fixture-population", "revoked learner/L1 superseded-by:R-2",
        "run round/R-2", "granted learner/L1 \(Money(tenge: 1000))",
      ])
  }

  @Test func aTextAlreadyPublishedIsNotPublishedAgainAndAChangedOneIsRefused() throws {
    let record = Self.record(supersede: false)
    let policy = record.inputs.policy
    let same = PolicyPublished(version: 1, text: policy.text, sha256: policy.textHash)
    #expect(try !Self.kinds(record.drafts { _ in [same] }).contains { $0.hasPrefix("published") })
    let changed = PolicyPublished(version: 1, text: "other", sha256: "abc")
    #expect {
      _ = try record.drafts { _ in [changed] }
    } throws: { error in
      if case .changedWithoutVersion(_, let logged) = error as? RoundRecordError {
        logged == "abc"
      } else {
        false
      }
    }
  }
}
