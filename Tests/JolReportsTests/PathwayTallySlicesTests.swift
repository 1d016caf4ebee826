import JolModel
import Testing

@testable import JolReports

/// The pathway tally counts a large region's learners in slices on every core and adds the
/// slices' counts up: every count, amount and set is the one a single pass gives.
@Suite struct PathwayTallySlicesTests {
  typealias F = PathwayFixture

  /// A grid's cells in key order.
  static func cells<Value>(_ grid: [GridCell: Value]) -> String {
    grid.keys.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
      .map { "\($0.row) \($0.column) \(grid[$0]!)" }.joined(separator: "; ")
  }

  /// Everything a tally holds, in key order.
  static func contents(_ tally: PathwayTally) -> [String] {
    PathwayTally.grids.map { grid in
      let table = tally[keyPath: grid].table()
      return "\(table.id): \(table.rows) \(table.columns) \(table.counts)"
    } + [
      "amounts: \(tally.awardAmounts.keys.sorted().map { "\($0) \(tally.awardAmounts[$0]!)" })",
      "by district: \(cells(tally.grantedByDistrict.amounts))",
      "by category: \(cells(tally.grantedByCategory.amounts))",
      "versions: \(tally.awardPolicyVersions.map { "\($0.id) \($0.version)" }.sorted())",
      "budgets: \(tally.awardBudgets.keys.sorted().map { "\($0) \(tally.awardBudgets[$0]!)" })",
      "decisions: \(tally.newestDecisions.map { "\($0.key) \($0.value)" }.sorted())",
      "demand: \(tally.demand.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0) \(tally.demand[$0]!.sorted { $0.key < $1.key })" })",
      "flags: \(tally.hasDiagnostics) \(tally.hasMentorships)",
      "regions: \(tally.regions.sorted())",
    ]
  }

  @Test func theTallyInSlicesIsTheTallyInOnePass() throws {
    var generator = SyntheticGenerator(seed: 7)
    let region = generator.region(learners: 3000)
    var drafts = region.events(learnerID: { LearnerID("L-\($0)") })
    for learner in stride(from: 0, to: 3000, by: 7) {
      drafts.append(
        PathwayPolicyVersionsTests.award(
          "L-\(learner)", policy: learner % 2 == 0 ? "akim-named-scholarship" : "rural-youth-grant",
          version: 1 + learner % 3, on: "2026-09-01"))
    }
    // Each version's text, so that the budgets of the newest decisions are read.
    let text = try #require(BuiltInPolicies.text("grants/dual-training-grant.policy"))
    for policy: PolicyID in ["akim-named-scholarship", "rural-youth-grant"] {
      for version in 1...3 {
        drafts.append(
          EventDraft(
            stream: .policy(policy), effective: F.date("2026-06-0\(version)"),
            event: .policyPublished(PolicyPublished(version: version, text: text, sha256: ""))))
      }
    }
    let state = F.state(drafts)
    for cohort in [nil, 2025] {
      let scope = PathwayScope(asOf: F.asOf, cohort: cohort, minimumCellSize: 5)
      let whole = Self.contents(try PathwayTally(state, scope: scope, minimumPiece: .max))
      // Not vacuous: the region has learners in every part of the report.
      let empty = whole.filter { $0.hasSuffix(": ") || $0.hasSuffix(": []") }
      #expect(empty.isEmpty, "\(empty)")
      #expect(whole.contains { $0.hasPrefix("versions: [\"akim-named-scholarship 1\"") })
      for piece in [1, 97, 1000] {
        let sliced = Self.contents(try PathwayTally(state, scope: scope, minimumPiece: piece))
        #expect(
          sliced == whole, "slices of at least \(piece), cohort \(String(describing: cohort))")
      }
    }
  }
}
