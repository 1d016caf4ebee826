import JolModel
import Testing

@testable import JolReports

/// Small-cell suppression on hand-made tables.
@Suite struct DisclosureControlTests {
  let control = DisclosureControl(minimumCellSize: 5)

  /// The textbook case: one small cell in a 3 × 3 table is hidden with three complements
  /// forming a rectangle, and the totals stay shown.
  @Test func oneSmallCellGivesARectangle() throws {
    let table = CountTable(
      id: "t", rows: ["a", "b", "c"], columns: ["x", "y", "z"],
      counts: [[2, 10, 20], [8, 12, 30], [15, 25, 40]])
    let report = try control.protect([table])
    let cells = try #require(report["t"]).cells
    let hidden = cells.indices.flatMap { row in
      cells[row].indices.filter { cells[row][$0].count == nil }.map { [row, $0] }
    }
    #expect(cells[0][0] == .suppressed(.primary))
    #expect(hidden == [[0, 0], [0, 1], [1, 0], [1, 1]])
    #expect(cells[1][1] == .suppressed(.complementary))
    #expect(report["t"]?.rowTotals == [.shown(32), .shown(50), .shown(80)])
    #expect(report["t"]?.total == .shown(162))
    #expect(DisclosureAuditor().audit(report).findings == [])
  }

  @Test func tablesWithoutSmallCountsArePublishedWhole() throws {
    let table = CountTable(
      id: "t", rows: ["a", "b"], columns: ["x", "y"], counts: [[0, 10], [7, 0]])
    let report = try control.protect([table])
    #expect(report["t"]?.cells == [[.zero, .shown(10)], [.shown(7), .zero]])
  }

  /// Two `<5` cells of a row that sum to 2 are both 1: a reader who knows `<5` means 1…4 solves
  /// them, so the row needs a third hidden cell.
  @Test func whatTheSymbolsSayIsTakenIntoAccount() throws {
    let table = CountTable(
      id: "t", rows: ["a", "b", "c"], columns: ["x", "y", "z"],
      counts: [[1, 1, 30], [1, 1, 40], [20, 30, 50]])
    let report = try control.protect([table])
    let audit = DisclosureAuditor().audit(report)
    #expect(audit.findings == [])
    #expect(report["t"]?.cells[0][2] == .suppressed(.complementary))
  }

  /// A small total is hidden like any count; its line gets a complement too.
  @Test func smallTotalsAreHidden() throws {
    let table = CountTable(
      id: "t", rows: ["a", "b", "c"], columns: ["x", "y"], counts: [[1, 2], [10, 20], [30, 40]])
    let report = try control.protect([table])
    #expect(report["t"]?.rowTotals[0] == .suppressed(.primary))
    #expect(DisclosureAuditor().audit(report).findings == [])
  }

  /// Two tables with the same district totals: a complement hidden in one cannot be read off
  /// the other.
  @Test func sharedMarginsAreProtectedAcrossTables() throws {
    let flows = CountTable(
      id: "flows", rows: ["d1", "d2", "d3"], columns: ["college", "school"],
      counts: [[2, 40], [30, 30], [25, 50]], rowMargin: "district")
    let awards = CountTable(
      id: "awards", rows: ["d1", "d2", "d3"], columns: ["yes", "no"],
      counts: [[20, 22], [3, 57], [35, 40]], rowMargin: "district")
    let report = try control.protect([flows, awards])
    #expect(DisclosureAuditor().audit(report).findings == [])
    for index in 0..<3 {
      #expect(report["flows"]?.rowTotals[index] == report["awards"]?.rowTotals[index])
    }
  }

  @Test func malformedTablesAreRefused() {
    #expect(throws: DisclosureError.shape(table: "t")) {
      try control.protect([CountTable(id: "t", rows: ["a"], columns: ["x"], counts: [[1, 2]])])
    }
    #expect(throws: DisclosureError.negativeCount(table: "t", row: "a", column: "x")) {
      try control.protect([CountTable(id: "t", rows: ["a"], columns: ["x"], counts: [[-1]])])
    }
    #expect(throws: DisclosureError.marginMismatch(margin: "m", table: "u")) {
      try control.protect([
        CountTable(id: "t", rows: ["a"], columns: ["x"], counts: [[6]], rowMargin: "m"),
        CountTable(id: "u", rows: ["a"], columns: ["x"], counts: [[7]], rowMargin: "m"),
      ])
    }
    #expect(throws: DisclosureError.minimumCellSize(0)) {
      try DisclosureControl(minimumCellSize: 0).protect([])
    }
  }

  @Test func symbolsAreTheSameInEveryFormat() {
    #expect(CellStatus.suppressed(.primary).json(minimumCellSize: 5) == .string("<5"))
    #expect(CellStatus.suppressed(.complementary).json(minimumCellSize: 5) == .string("×"))
    #expect(CellStatus.zero.json(minimumCellSize: 5) == .number("0"))
    #expect(CellStatus.shown(12).json(minimumCellSize: 5) == .number("12"))
    #expect(CellStatus.suppressed(.primary).symbol(minimumCellSize: 10) == "<10")
    #expect(
      CellStatus.suppressed(.primary).chartAmount(minimumCellSize: 5) == .hidden(symbol: "<5"))
  }

  @Test func ratesOnHiddenOrSmallBasesAreWithheld() {
    #expect(
      PublishedRate(numerator: .shown(45), denominator: .shown(60), minimumCellSize: 5)
        == .percent(FixedDecimal(75)))
    #expect(
      PublishedRate(numerator: .shown(1), denominator: .shown(3), minimumCellSize: 1)
        == .percent(FixedDecimal("33.3")!))
    #expect(
      PublishedRate(numerator: .shown(2), denominator: .shown(3), minimumCellSize: 1)
        == .percent(FixedDecimal("66.7")!))
    #expect(
      PublishedRate(numerator: .zero, denominator: .shown(8), minimumCellSize: 5)
        == .percent(.zero))
    for (numerator, denominator) in [
      (CellStatus.suppressed(.primary), CellStatus.shown(50)),
      (.shown(10), .suppressed(.complementary)), (.zero, .zero), (.zero, .shown(4)),
    ] {
      #expect(
        PublishedRate(numerator: numerator, denominator: denominator, minimumCellSize: 5)
          == .withheld)
    }
    #expect(PublishedRate.withheld.json == .string("—"))
  }

  @Test func legendExplainsTheSymbolsUsed() throws {
    let report = try control.protect([
      CountTable(id: "t", rows: ["a", "b"], columns: ["x", "y"], counts: [[1, 10], [10, 10]])
    ])
    let statuses = try #require(report["t"]).allStatuses
    let legend = report.legend(for: statuses, withheldRates: true)
    #expect(legend.count == 3)
    #expect(legend[0].kk.hasPrefix("«<5»"))
    #expect(legend[1].ru.hasPrefix("«×»"))
    #expect(!legend.contains { $0.en.contains("⟦missing") })
    #expect(MessageCatalogue.problems(DisclosureMessage.self) == [])
  }
}
