import JolModel

/// Counts gathered by row and column key while the report reads the learners, turned into a
/// ``CountTable`` with rows sorted by key and columns in a fixed order (or sorted by key when
/// the columns are data: districts, categories). Rows and columns are numbered as first seen
/// (``KeyNumbers``: a million learners add to cells, and the standard `Hasher` over both keys
/// of a cell cost more than the rest of the counting), and the counts kept by number.
struct CountGrid {
  let id: String
  /// The columns in order; nil when they are the keys seen, sorted.
  let fixedColumns: [String]?
  /// The rows added to, by number.
  private var rows = KeyNumbers()
  /// The columns: the fixed ones first, in order, then any added to.
  private var columns = KeyNumbers()
  /// Counts by row number, then column number; a row shorter than the columns holds 0 beyond.
  private var counts: [[Int]] = []

  init(id: String, columns: [String]? = nil) {
    self.id = id
    self.fixedColumns = columns
    for column in columns ?? [] { _ = self.columns.number(column) }
  }

  /// Adds `amount` to the cell (`row`, `column`): its row and column are then the grid's, even
  /// with 0. A column outside ``fixedColumns`` is a programming error, checked in debug builds
  /// only (every caller passes a case of the columns' own enumeration; merge files are checked
  /// as they are read): a million learners add to cells.
  mutating func add(_ row: String, _ column: String, _ amount: Int = 1) {
    assert(fixedColumns?.contains(column) ?? true, "\(id): unknown column \(column)")
    let r = rows.number(row)
    let c = columns.number(column)
    if r == counts.count { counts.append([]) }
    if c >= counts[r].count {
      counts[r] += repeatElement(0, count: max(columns.count, c + 1) - counts[r].count)
    }
    counts[r][c] += amount
  }

  /// Adds every cell of `other` (its rows and columns are then the grid's, as if each of its
  /// cells had been added, with 0 too).
  mutating func add(_ other: CountGrid) {
    for column in other.columns.keys { _ = columns.number(column) }
    for (r, row) in other.rows.keys.enumerated() {
      for (c, count) in other.counts[r].enumerated() {
        add(row, other.columns.keys[c], count)
      }
    }
  }

  var rowKeys: [String] { rows.keys.sorted() }

  var columnKeys: [String] { fixedColumns ?? columns.keys.sorted() }

  var isEmpty: Bool { rows.count == 0 }

  /// The count of a cell.
  func count(_ row: String, _ column: String) -> Int {
    guard let r = rows.number(ifPresent: row), let c = columns.number(ifPresent: column),
      c < counts[r].count
    else { return 0 }
    return counts[r][c]
  }

  /// The table: rows in key order (`rows` when given, zeros where none counted), columns as
  /// given or ``columnKeys``.
  func table(
    rows: [String]? = nil, columns: [String]? = nil, rowMargin: String? = nil,
    columnMargin: String? = nil
  ) -> CountTable {
    let keys = rows ?? rowKeys
    let columns = columns ?? columnKeys
    return CountTable(
      id: id, rows: keys, columns: columns,
      counts: keys.map { row in columns.map { count(row, $0) } },
      rowMargin: rowMargin, columnMargin: columnMargin)
  }
}
