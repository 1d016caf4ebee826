import Testing

@testable import JolReports

/// The auditor finds what a reader could derive, and only that.
@Suite struct DisclosureAuditorTests {
  /// A report with the given interior statuses of one table and its totals shown.
  private func report(_ cells: [[CellStatus]], _ rowTotals: [Int], _ columnTotals: [Int])
    -> ProtectedReport
  {
    ProtectedReport(
      minimumCellSize: 5,
      tables: [
        ProtectedTable(
          id: "t", rows: rowTotals.indices.map { "r\($0)" },
          columns: columnTotals.indices.map { "c\($0)" }, cells: cells,
          rowTotals: rowTotals.map { .shown($0) }, columnTotals: columnTotals.map { .shown($0) },
          total: .shown(rowTotals.reduce(0, +)), rowMargin: nil, columnMargin: nil)
      ])
  }

  @Test func aLoneHiddenCellIsDerivable() {
    let audit = DisclosureAuditor().audit(
      report(
        [[.suppressed(.primary), .shown(10)], [.shown(10), .shown(10)]], [12, 20], [12, 20]))
    #expect(audit.hidden.map(\.lower) == [2])
    #expect(audit.findings == ["t r0/c0: hidden, but derivable as 2"])
  }

  @Test func aRectangleGivesIntervals() {
    // 2 10 | 12      the hidden a, b, c, d: a + b = 12, a + c = 10, b ≥ 5, c ≥ 5, a in 1…4.
    // 8 12 | 20
    let hide = CellStatus.suppressed(.complementary)
    let audit = DisclosureAuditor().audit(
      report([[.suppressed(.primary), hide], [hide, hide]], [12, 20], [10, 22]))
    #expect(audit.findings == [])
    #expect(audit.hidden.map { [$0.lower, $0.upper] } == [[1, 4], [8, 11], [6, 9], [11, 14]])
  }

  @Test func aBridgeBetweenTwoRectanglesIsDerivable() {
    // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 hidden, and the bridge (1, 2): every
    // line has two hidden cells, yet the bridge is the difference of the first block's lines.
    let counts = [
      [6, 6, 10, 10], [6, 6, 7, 10], [10, 10, 6, 6], [10, 10, 6, 6],
    ]
    let hidden: Set<[Int]> = [
      [0, 0], [0, 1], [1, 0], [1, 1], [2, 2], [2, 3], [3, 2], [3, 3], [1, 2],
    ]
    let cells = counts.indices.map { row in
      counts[row].indices.map { column in
        hidden.contains([row, column])
          ? CellStatus.suppressed(.complementary) : .shown(counts[row][column])
      }
    }
    let audit = DisclosureAuditor().audit(
      report(cells, counts.map { $0.reduce(0, +) }, [32, 32, 29, 32]))
    #expect(audit.findings == ["t r1/c2: hidden, but derivable as 7"])
  }

  @Test func shownSmallCountsAreFindings() {
    let audit = DisclosureAuditor().audit(report([[.shown(3)]], [3], [3]))
    #expect(audit.findings.contains("t r0/c0: 3 is shown, below 5"))
  }

  /// And the control itself fixes the bridge.
  @Test func theControlProtectsWhatTheAuditorAttacks() throws {
    let counts = [[1, 6, 10, 10], [6, 6, 7, 10], [10, 10, 2, 6], [10, 10, 6, 6]]
    let table = CountTable(
      id: "t", rows: ["a", "b", "c", "d"], columns: ["w", "x", "y", "z"], counts: counts)
    let report = try DisclosureControl().protect([table])
    #expect(DisclosureAuditor().audit(report).findings == [])
  }
}
