/// The published tables of a report read as a reader would: an unknown per hidden figure (one
/// for a figure shared by tables through a margin), its bounds from its symbol, and an equation
/// per row and column. Built from the ``ProtectedReport`` alone, for ``DisclosureAuditor``.
struct AuditProblem {
  /// Where an unknown is published (its first place).
  struct Position {
    var table: String
    var place: String
    /// The table's index, and the row and column indices (nil for the totals').
    var tableIndex: Int
    var row: Int?
    var column: Int?
  }

  /// Σ coefficient × unknown = constant.
  struct Equation {
    var terms: [(variable: Int, coefficient: Int)]
    var constant: Int
  }

  private(set) var positions: [Position] = []
  private(set) var shownSmall: [(String, Int)] = []
  var lower: [Int] = []
  var upper: [Int] = []
  var equations: [Equation] = []

  init(_ report: ProtectedReport, assumedMaximum: Int) {
    let k = report.minimumCellSize
    var shared: [String: Int] = [:]
    /// A figure: its known value, or its unknown.
    enum Figure {
      case known(Int)
      case unknown(Int)
    }
    func figure(
      _ status: CellStatus, _ key: String?, _ tableIndex: Int, _ row: Int?, _ column: Int?
    ) -> Figure {
      let table = report.tables[tableIndex]
      let place =
        "\(row.map { table.rows[$0] } ?? "total")/\(column.map { table.columns[$0] } ?? "total")"
      if case .shown(let value) = status, value < k {
        shownSmall.append(("\(table.id) \(place)", value))
      }
      if let count = status.count { return .known(count) }
      if let key, let variable = shared[key] { return .unknown(variable) }
      positions.append(
        Position(table: table.id, place: place, tableIndex: tableIndex, row: row, column: column))
      let primary = status == .suppressed(.primary)
      lower.append(primary ? 1 : k)
      upper.append(primary ? k - 1 : assumedMaximum)
      if let key { shared[key] = positions.count - 1 }
      return .unknown(positions.count - 1)
    }
    // Tables linked through margins, directly or through other tables, share the grand total.
    var group = Array(report.tables.indices)
    var merged = true
    while merged {
      merged = false
      for a in report.tables.indices {
        for b in report.tables.indices where group[a] != group[b] {
          let (x, y) = (report.tables[a], report.tables[b])
          let linked =
            (x.rowMargin != nil && x.rowMargin == y.rowMargin)
            || (x.columnMargin != nil && x.columnMargin == y.columnMargin)
          if linked {
            group[a] = min(group[a], group[b])
            group[b] = group[a]
            merged = true
          }
        }
      }
    }
    for (index, table) in report.tables.enumerated() {
      let grandKey = "grand \(group[index])"
      let cells = table.cells.enumerated().map { row, statuses in
        statuses.enumerated().map { column, status in
          figure(status, nil, index, row, column)
        }
      }
      let rowTotals = table.rowTotals.enumerated().map { row, status in
        figure(status, table.rowMargin.map { "rows \($0) \(table.rows[row])" }, index, row, nil)
      }
      let columnTotals = table.columnTotals.enumerated().map { column, status in
        figure(
          status, table.columnMargin.map { "columns \($0) \(table.columns[column])" }, index, nil,
          column)
      }
      let total = figure(table.total, grandKey, index, nil, nil)
      func equation(_ parts: [Figure], _ whole: Figure) {
        var terms: [(Int, Int)] = []
        var constant = 0
        for (figure, sign) in parts.map({ ($0, 1) }) + [(whole, -1)] {
          switch figure {
          case .known(let value): constant -= sign * value
          case .unknown(let variable): terms.append((variable, sign))
          }
        }
        if !terms.isEmpty { equations.append(Equation(terms: terms, constant: constant)) }
      }
      for (row, figures) in cells.enumerated() { equation(figures, rowTotals[row]) }
      for column in table.columns.indices {
        equation(cells.map { $0[column] }, columnTotals[column])
      }
      equation(rowTotals, total)
      equation(columnTotals, total)
    }
  }
}
