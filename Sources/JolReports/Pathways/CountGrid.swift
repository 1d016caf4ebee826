import JolModel

/// A cell of a grid of counts or amounts: its row and column keys. The grids key their cells by
/// both at once, so that adding to a cell while the report reads a million learners hashes once.
struct GridCell: Hashable {
  var row: String
  var column: String
}

/// Counts gathered by row and column key while the report reads the learners, turned into a
/// ``CountTable`` with rows sorted by key and columns in a fixed order (or sorted by key when
/// the columns are data: districts, categories).
struct CountGrid {
  let id: String
  /// The columns in order; nil when they are the keys seen, sorted.
  let fixedColumns: [String]?
  /// Counts by cell; a cell is present once something was added to it.
  private(set) var counts: [GridCell: Int] = [:]

  init(id: String, columns: [String]? = nil) {
    self.id = id
    self.fixedColumns = columns
  }

  /// Adds `amount` to the cell (`row`, `column`). A column outside ``fixedColumns`` is a
  /// programming error, checked in debug builds only (every caller passes a case of the
  /// columns' own enumeration; merge files are checked as they are read): a million learners
  /// add to cells.
  mutating func add(_ row: String, _ column: String, _ amount: Int = 1) {
    assert(fixedColumns?.contains(column) ?? true, "\(id): unknown column \(column)")
    counts[GridCell(row: row, column: column), default: 0] += amount
  }

  /// Adds every cell of `other` (a cell it holds with 0 too, so the rows and columns are the
  /// union of both grids').
  mutating func add(_ other: CountGrid) {
    counts.merge(other.counts, uniquingKeysWith: +)
  }

  var rowKeys: [String] { Set(counts.keys.lazy.map(\.row)).sorted() }

  var columnKeys: [String] { fixedColumns ?? Set(counts.keys.lazy.map(\.column)).sorted() }

  var isEmpty: Bool { counts.isEmpty }

  /// The count of a cell.
  func count(_ row: String, _ column: String) -> Int {
    counts[GridCell(row: row, column: column)] ?? 0
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
