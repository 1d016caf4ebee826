import JolFormat
import JolModel
import Testing

@testable import JolReports

/// The figures merge files carry beside the count tables: college leavers by district, the
/// amounts by policy and district or category, the policies' budgets — the merge of two
/// regions is the report of their union, and a budget is summed only where each region states
/// one.
@Suite struct PathwayMergeAwardsTests {
  typealias F = PathwayFixture
  typealias G = PathwayGapsFixture
  typealias M = PathwayMergeTests

  /// `drafts` with every learner registered in region `region`.
  static func inRegion(_ region: String, _ drafts: [EventDraft]) -> [EventDraft] {
    drafts.map { draft in
      guard case .learnerRegistered(var registration) = draft.event else { return draft }
      registration.region = region
      return EventDraft(
        stream: draft.stream, effective: draft.effective, event: .learnerRegistered(registration))
    }
  }

  static let districtC = "551000000"

  static var regionA: [EventDraft] {
    [G.grantPublished()]
      + G.many(5, "a-o") { G.recipient($0, district: G.districtA, orphan: true) }
      + G.many(3, "a-n") { G.recipient($0, district: G.districtB) }
      + G.many(4, "a-x") { G.recipient($0, district: G.districtA, policy: "other", amount: 70_000) }
      + G.many(6, "a-g") { G.collegeLeaver($0, district: G.districtA, graduated: true) }
  }

  static var regionB: [EventDraft] {
    inRegion(
      "55",
      [G.grantPublished(as: "grant-b")]
        + G.many(6, "b-n") { G.recipient($0, district: districtC, policy: "grant-b") }
        + G.many(3, "b-x") { G.recipient($0, district: districtC, orphan: true, policy: "other") }
        + G.many(3, "b-e") { G.collegeLeaver($0, district: districtC, graduated: false) }
        + G.many(4, "b-g") { G.collegeLeaver($0, district: districtC, graduated: true) })
  }

  @Test func theMergeOfTwoRegionsAwardsIsTheReportOfTheirUnion() throws {
    let union = try F.report(F.state(Self.regionA + Self.regionB))
    let merged = try M.merge([
      try M.mergeFile(F.state(Self.regionA), name: "A.json"),
      try M.mergeFile(F.state(Self.regionB), name: "B.json"),
    ])
    #expect(M.sections(merged) == M.sections(union))
    #expect(merged.protected.tables.map(\.allStatuses) == union.protected.tables.map(\.allStatuses))
    // The figures are there to compare: amounts of both regions' policies, budgets, completion.
    #expect(G.figure(merged, "award_budgets", "grant-b", "budget_per_year") == .number("30000000"))
    #expect(G.figure(merged, "award_amounts_by_category", "other", "total") == .number("1780000"))
    #expect(G.figure(merged, "completion_by_district", Self.districtC, "leavers") == .int(7))
  }

  /// Regions with the same policy each have its budget: the national budget is their sum. A
  /// region with awards of it and no budget makes the sum unknown, not smaller.
  @Test(arguments: [true, false])
  func aPolicysBudgetIsSummedOverTheRegions(bStatesOne: Bool) throws {
    let b = Self.inRegion(
      "55",
      (bStatesOne ? [G.grantPublished()] : [])
        + G.many(5, "b-n") { G.recipient($0, district: Self.districtC) })
    let a = [G.grantPublished()] + G.many(10, "a-n") { G.recipient($0, district: G.districtA) }
    let merged = try M.merge([
      try M.mergeFile(F.state(a), name: "A.json"), try M.mergeFile(F.state(b), name: "B.json"),
    ])
    let grant = G.grant.rawValue
    if bStatesOne {
      #expect(G.figure(merged, "award_budgets", grant, "budget_per_year") == .number("60000000"))
      // 15 × 500 000 of 60 000 000.
      #expect(G.figure(merged, "award_budgets", grant, "budget_used_share") == .number("12.5"))
    } else {
      #expect(G.figure(merged, "award_budgets", grant, "budget_per_year") == nil)
    }
  }

  /// The amounts' entries are read as written, and one given twice is refused at its path.
  @Test func aRepeatedAmountIsRefusedAtItsPath() throws {
    let file = try PathwayMergeFile(
      state: F.state(Self.regionA), scope: PathwayScope(asOf: F.asOf), logPosition: 1,
      passport: nil)
    guard case .object(var members) = file.json() else {
      Issue.record("not an object")
      return
    }
    let index = try #require(members.firstIndex { $0.0 == "award_amounts_by_category" })
    guard case .array(let entries) = members[index].1 else {
      Issue.record("no array")
      return
    }
    members[index].1 = .array(entries + [entries[0]])
    let text = JSONValue.object(members).pretty
    #expect {
      _ = try PathwayMergeFile.read(Array(text.utf8), file: "M.json")
    } throws: { error in
      let message = (error as? PathwayMergeError)?.message[.en] ?? ""
      return message.hasPrefix("M.json: award_amounts_by_category[\(entries.count)].category")
    }
  }
}
