/// The counts of a report's tables as one system: every published figure (cell, row total,
/// column total, grand total) is one cell, shared by the tables that name the same margin, and
/// every row and column of every table (totals row and column included) is a line whose parts
/// sum to its whole. Disclosure control works on this system, so one table cannot reveal what
/// another hides.
struct LinkedCells {
  /// A line: the parts sum to the whole.
  struct Line {
    var parts: [Int]
    var whole: Int
    var cells: [Int] { parts + [whole] }
  }

  /// Where a table's figures are among the cells.
  struct TableCells {
    var interior: [[Int]]
    var rowTotals: [Int]
    var columnTotals: [Int]
    var total: Int
  }

  var values: [Int] = []
  /// Whether a cell is a total (kept published in preference to an interior cell).
  var isTotal: [Bool] = []
  var lines: [Line] = []
  /// The lines each cell is in.
  var linesOf: [[Int]] = []
  var tables: [TableCells] = []

  init(_ tables: [CountTable]) throws(DisclosureError) {
    var named: [String: Int] = [:]
    var grandAlias = UnionFind()
    var grands: [(key: String, value: Int, table: String)] = []
    for table in tables {
      guard table.counts.count == table.rows.count,
        table.counts.allSatisfy({ $0.count == table.columns.count })
      else { throw .shape(table: table.id) }
      var interior: [[Int]] = []
      for (row, counts) in table.counts.enumerated() {
        var cells: [Int] = []
        for (column, count) in counts.enumerated() {
          guard count >= 0 else {
            throw .negativeCount(
              table: table.id, row: table.rows[row], column: table.columns[column])
          }
          cells.append(add(count, total: false))
        }
        interior.append(cells)
      }
      var rowTotals: [Int] = []
      for (key, value) in zip(table.rows, table.rowTotals) {
        rowTotals.append(
          try shared("r", table.rowMargin, key, value, table.id, &named))
      }
      var columnTotals: [Int] = []
      for (key, value) in zip(table.columns, table.columnTotals) {
        columnTotals.append(
          try shared("c", table.columnMargin, key, value, table.id, &named))
      }
      try checkKeys(table, named)
      let own = "t\u{0}\(self.tables.count)"
      if let margin = table.rowMargin { grandAlias.union(own, "g\u{0}r\u{0}" + margin) }
      if let margin = table.columnMargin { grandAlias.union(own, "g\u{0}c\u{0}" + margin) }
      grands.append((own, table.rowTotals.reduce(0, +), table.id))
      self.tables.append(
        TableCells(interior: interior, rowTotals: rowTotals, columnTotals: columnTotals, total: -1))
    }
    // Grand totals are one cell for all tables linked through margins.
    var grandCells: [String: Int] = [:]
    for (index, grand) in grands.enumerated() {
      let root = grandAlias.root(grand.key)
      if let cell = grandCells[root] {
        guard values[cell] == grand.value else {
          throw .marginMismatch(margin: "total", table: grand.table)
        }
        self.tables[index].total = cell
      } else {
        let cell = add(grand.value, total: true)
        grandCells[root] = cell
        self.tables[index].total = cell
      }
    }
    for table in self.tables {
      for (row, cells) in table.interior.enumerated() {
        lines.append(Line(parts: cells, whole: table.rowTotals[row]))
      }
      for column in table.columnTotals.indices {
        lines.append(
          Line(parts: table.interior.map { $0[column] }, whole: table.columnTotals[column]))
      }
      lines.append(Line(parts: table.rowTotals, whole: table.total))
      lines.append(Line(parts: table.columnTotals, whole: table.total))
    }
    linesOf = Array(repeating: [], count: values.count)
    for (index, line) in lines.enumerated() {
      for cell in line.cells { linesOf[cell].append(index) }
    }
  }

  /// A new cell holding `value`.
  private mutating func add(_ value: Int, total: Bool) -> Int {
    values.append(value)
    isTotal.append(total)
    return values.count - 1
  }

  /// The cell of a total: the `margin`'s cell for `key` when another table made it (its value
  /// must agree), else a new one.
  private mutating func shared(
    _ side: String, _ margin: String?, _ key: String, _ value: Int, _ table: String,
    _ named: inout [String: Int]
  ) throws(DisclosureError) -> Int {
    guard let margin else { return add(value, total: true) }
    let name = "\(side)\u{0}\(margin)\u{0}\(key)"
    if let index = named[name] {
      guard values[index] == value else { throw .marginMismatch(margin: margin, table: table) }
      return index
    }
    let index = add(value, total: true)
    named[name] = index
    return index
  }

  /// Tables naming one margin must list the same keys in the same order: their totals are one
  /// vector of figures.
  private func checkKeys(_ table: CountTable, _ named: [String: Int]) throws(DisclosureError) {
    for (margin, keys, prefix) in [
      (table.rowMargin, table.rows, "r"), (table.columnMargin, table.columns, "c"),
    ] {
      guard let margin else { continue }
      let marginKeys = named.keys.filter { $0.hasPrefix("\(prefix)\u{0}\(margin)\u{0}") }
      guard marginKeys.count == keys.count else {
        throw .marginMismatch(margin: margin, table: table.id)
      }
    }
  }
}

/// Union–find over string keys, for tables whose grand totals are one figure.
private struct UnionFind {
  private var parent: [String: String] = [:]

  mutating func root(_ key: String) -> String {
    var key = key
    while let next = parent[key], next != key { key = next }
    return key
  }

  mutating func union(_ a: String, _ b: String) {
    let (rootA, rootB) = (root(a), root(b))
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
