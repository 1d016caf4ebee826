import JolModel
import Testing

@testable import JolApp

/// A bulk append joins rows' batches into log batches of about 512 events: never splitting a
/// row, in order, every row's events once, empty rows left out.
@Suite struct StoreGroupsTests {
  static func batches(_ sizes: [Int]) -> [[EventDraft]] {
    let draft = EventDraft(
      stream: .learner(LearnerID("L-1")), effective: CivilDate("2026-09-01")!,
      event: .learnerRegistered(
        LearnerRegistered(
          school: InstitutionID("SCH-1"), grade: 9, className: "А", language: .kk,
          district: "391000000", region: "39")))
    return sizes.map { [EventDraft](repeating: draft, count: $0) }
  }

  @Test(
    arguments: [
      ([], 5, []),
      ([3, 2, 1], 0, [0..<1, 1..<2, 2..<3]),
      ([3, 2, 1], 5, [0..<2, 2..<3]),
      ([3, 2, 1], 6, [0..<3]),
      ([7, 1, 1], 5, [0..<1, 1..<3]),
      ([0, 2, 0, 0, 3, 0], 4, [1..<2, 4..<5]),
      ([0, 2, 0, 0, 3, 0], 5, [1..<5]),
      ([0, 0], 5, []),
    ] as [([Int], Int, [Range<Int>])])
  func rowsAreJoinedWholeInOrder(sizes: [Int], joining: Int, expected: [Range<Int>]) {
    let groups = Store.groups(of: Self.batches(sizes), joining: joining)
    #expect(groups == expected)
    // Every non-empty row in exactly one group, and no group over the size unless one row is.
    let covered = groups.flatMap { Array($0) }.filter { sizes[$0] > 0 }
    #expect(covered == sizes.indices.filter { sizes[$0] > 0 })
    for group in groups where group.count > 1 {
      #expect(group.reduce(0) { $0 + sizes[$1] } <= joining)
    }
  }
}
