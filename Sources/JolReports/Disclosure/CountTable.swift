/// A table of counts of learners (rows × columns) that a report publishes with its row totals,
/// column totals and grand total, before disclosure control. Tables of one report whose row (or
/// column) totals are the same figures — the learners of each district, counted in two tables —
/// name that margin alike (`rowMargin: "district"`), so that a total hidden in one table is not
/// shown by the other.
///
/// ```swift
/// let flows = CountTable(
///   id: "grade9", rows: ["d1", "d2"], columns: ["college", "grade10", "other"],
///   counts: [[120, 80, 3], [95, 60, 12]], rowMargin: "district")
/// ```
public struct CountTable: Sendable {
  /// Names the table in errors and in the ``ProtectedReport``.
  public var id: String
  /// The row keys, in order (district codes, specialty codes).
  public var rows: [String]
  /// The column keys, in order.
  public var columns: [String]
  /// `counts[row][column]`, each ≥ 0.
  public var counts: [[Int]]
  /// The name of the row totals shared with other tables; nil when they are this table's own.
  public var rowMargin: String?
  /// The name of the column totals shared with other tables; nil when they are this table's own.
  public var columnMargin: String?

  public init(
    id: String, rows: [String], columns: [String], counts: [[Int]], rowMargin: String? = nil,
    columnMargin: String? = nil
  ) {
    self.id = id
    self.rows = rows
    self.columns = columns
    self.counts = counts
    self.rowMargin = rowMargin
    self.columnMargin = columnMargin
  }

  /// The total of each row.
  public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
  /// The total of each column.
  public var columnTotals: [Int] {
    columns.indices.map { column in counts.reduce(0) { $0 + $1[column] } }
  }
}

/// Why a set of tables cannot be protected: the report that built them has a fault (internal).
public enum DisclosureError: Error, Equatable, Sendable {
  /// The counts are not `rows` × `columns`.
  case shape(table: String)
  /// A count is negative.
  case negativeCount(table: String, row: String, column: String)
  /// Tables naming one margin have different keys or different totals there.
  case marginMismatch(margin: String, table: String)
  /// The minimum cell size is below 1.
  case minimumCellSize(Int)
}
