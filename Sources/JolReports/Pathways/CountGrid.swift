import JolModel

/// Counts gathered by row and column key while the report reads the learners, turned into a
/// ``CountTable`` with rows sorted by key and columns in a fixed order (or sorted by key when
/// the columns are data: districts, categories).
struct CountGrid {
  let id: String
  /// The columns in order; nil when they are the keys seen, sorted.
  let fixedColumns: [String]?
  /// Counts by row, then column; a cell is present once something was added to it.
  private(set) var counts: [String: [String: Int]] = [:]

  init(id: String, columns: [String]? = nil) {
    self.id = id
    self.fixedColumns = columns
  }

  /// Adds `amount` to the cell (`row`, `column`).
  mutating func add(_ row: String, _ column: String, _ amount: Int = 1) {
    precondition(fixedColumns?.contains(column) ?? true, "\(id): unknown column \(column)")
    counts[row, default: [:]][column, default: 0] += amount
  }

  var rowKeys: [String] { counts.keys.sorted() }

  var columnKeys: [String] {
    fixedColumns ?? Array(Set(counts.values.flatMap(\.keys))).sorted()
  }

  var isEmpty: Bool { counts.isEmpty }

  /// The count of a cell.
  func count(_ row: String, _ column: String) -> Int { counts[row]?[column] ?? 0 }

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
