/// Small-cell suppression for the akimat's reports: no published count lies between 1 and k − 1,
/// and no hidden count can be worked out from the published totals and cells of the report.
///
/// ## Method
///
/// 1. **Primary suppression.** Every count n with 0 < n < k (cells and totals alike) is hidden
///    and shown as `<k`. Zeros are shown: they identify no one.
/// 2. **Complementary suppression, line by line** (the classic rule of τ-ARGUS's and
///    sdcTable's simple heuristics). All tables of the report are one system of lines
///    (``LinkedCells``: every row and column, totals row and column included, tables sharing a
///    margin share its cells). A reader knows each shown figure, that `<k` is 1…k − 1 and that `×`
///    is at least k. While some line pins one of its hidden cells to a single value — it has
///    exactly one hidden cell, or its hidden cells' sum (the whole less the shown parts) is
///    their least or greatest possible sum — one more cell of that line is hidden: the one that
///    also completes another line with a lone hidden cell, then an interior cell before a total,
///    then the smallest count. This is the "every line has 0 or ≥ 2 hidden cells" rule made
///    aware of what `<k` and `×` reveal (two `<5` cells summing to 2 are both 1).
/// 3. **Checks across lines.** A pattern may satisfy every line and still give a cell away (a
///    hidden cell bridging two rectangles of hidden cells is the difference of their lines'
///    sums). Two checks find such cells: bounds propagated through all lines to a fixpoint, and
///    exact linear algebra — a hidden cell is determined when its unit vector lies in the row space
///    of the lines restricted to hidden cells (Gaussian elimination modulo the prime 2⁶¹ − 1,
///    exact for these 0/±1 systems). A determined cell gets one more hidden cell in its
///    line with the fewest hidden cells — or, when its lines are hidden through, in the nearest
///    line reached through hidden cells (a block of `<k` cells whose sum the margins give needs
///    a complement outside it) — and step 2 resumes; until nothing is determined.
///
/// 4. **Exact check.** When no line or rank test finds more, ``DisclosureAuditor``'s exact search
///    runs on the result: a sum of `<k` cells that the lines give may pin them all (four `<5`
///    cells summing to 4 are each 1) though no single line shows it; each derivable cell gets a
///    complement in its nearest line, and steps 2–4 repeat.
///
/// Cells only ever become hidden, so the loop ends. The auditor reads only the published
/// tables (never this system) and is itself tested on hand-worked tables.
///
/// **Limit.** A line whose total and every non-zero count are below k, with k − 1 ones summing
/// to k − 1 (k = 3: a row `1, 1, 0 | 2`), cannot be protected by hiding counts: the zeros and
/// what `<k` says pin it. Such a line is left as it is (the zeros already tell that the few
/// learners of the row are in those columns); a report merges such categories before
/// protecting (a `--cohort` of one school, a district of two pupils).
///
/// ```swift
/// let report = try DisclosureControl(minimumCellSize: 5).protect([flows, awards])
/// report["grade9"]?.cells[0][2]  // .suppressed(.primary): shown as "<5"
/// ```
public struct DisclosureControl: Sendable {
  /// The minimum cell size k (`Policies/reporting/`, default 5).
  public var minimumCellSize: Int

  public init(minimumCellSize: Int = 5) {
    self.minimumCellSize = minimumCellSize
  }

  /// The tables with every count marked shown, zero or suppressed.
  /// - Throws: ``DisclosureError`` when the tables are malformed or shared margins disagree.
  /// - Complexity: O(h · (l + c) + d · l · h²) for h hidden cells, l lines, c cells and d cells
  ///   found by the cross-line checks (few), plus the exact search (exponential in the worst
  ///   case, fast on report-sized tables).
  public func protect(_ tables: [CountTable]) throws(DisclosureError) -> ProtectedReport {
    guard minimumCellSize >= 1 else { throw .minimumCellSize(minimumCellSize) }
    let system = try LinkedCells(tables)
    var state = SuppressionState(system: system, minimumCellSize: minimumCellSize)
    while true {
      while let line = state.firstPinningLine() { _ = state.hideComplement(in: [line]) }
      // The first determined cell gets one more hidden cell in the nearest line that has a
      // shown count left.
      let progressed = state.determinedCells().contains { cell in
        state.hideComplement(in: state.linesNear(cell))
      }
      if progressed { continue }
      // The exact search: a sum of `<k` cells the lines give may pin them all (four `<5`
      // cells summing to 4 are each 1) though no line or rank test shows it.
      let derivable = DisclosureAuditor().audit(report(tables, system, state)).hidden.filter(
        \.isDerivable)
      let exact = derivable.contains { figure in
        let cells = system.tables[figure.tableIndex]
        let cell =
          switch (figure.row, figure.column) {
          case (let row?, let column?): cells.interior[row][column]
          case (let row?, nil): cells.rowTotals[row]
          case (nil, let column?): cells.columnTotals[column]
          case (nil, nil): cells.total
          }
        return state.hideComplement(in: state.linesNear(cell))
      }
      guard exact else { break }
    }
    return report(tables, system, state)
  }

  private func report(_ tables: [CountTable], _ system: LinkedCells, _ state: SuppressionState)
    -> ProtectedReport
  {
    ProtectedReport(
      minimumCellSize: minimumCellSize,
      tables: zip(tables, system.tables).map { table, cells in
        ProtectedTable(
          id: table.id, rows: table.rows, columns: table.columns,
          cells: cells.interior.map { $0.map(state.status) },
          rowTotals: cells.rowTotals.map(state.status),
          columnTotals: cells.columnTotals.map(state.status), total: state.status(cells.total),
          rowMargin: table.rowMargin, columnMargin: table.columnMargin)
      })
  }
}
