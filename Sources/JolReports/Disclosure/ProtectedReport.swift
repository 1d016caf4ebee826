/// The tables of a report after disclosure control (``DisclosureControl/protect(_:)``): what
/// may be published, cell by cell, totals included.
public struct ProtectedReport: Sendable {
  /// The minimum cell size k the tables were protected with.
  public var minimumCellSize: Int
  /// The tables, in the order given.
  public var tables: [ProtectedTable]

  /// The table named `id`.
  public subscript(id: String) -> ProtectedTable? { tables.first { $0.id == id } }
}

/// One table after disclosure control.
public struct ProtectedTable: Sendable {
  public var id: String
  public var rows: [String]
  public var columns: [String]
  /// `cells[row][column]`.
  public var cells: [[CellStatus]]
  public var rowTotals: [CellStatus]
  public var columnTotals: [CellStatus]
  public var total: CellStatus
  public var rowMargin: String?
  public var columnMargin: String?

  /// Every status of the table: cells row by row, then row totals, column totals, the total.
  public var allStatuses: [CellStatus] {
    Array(cells.joined()) + rowTotals + columnTotals + [total]
  }
}
