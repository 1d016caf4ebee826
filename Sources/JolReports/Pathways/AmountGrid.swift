import JolModel

/// A cell of a grid of amounts: its row and column keys.
struct GridCell: Hashable {
  var row: String
  var column: String
}

/// Tenge summed by row and column key, beside a ``CountGrid`` of the same keys: the amounts
/// granted to the award recipients that grid counts (by policy and district, by policy and
/// category). Published only where the count beside it is.
struct AmountGrid: Equatable {
  /// Amounts by cell; a cell is present once something was added to it.
  private(set) var amounts: [GridCell: Money] = [:]

  /// Adds `money` to the cell (`row`, `column`).
  mutating func add(_ row: String, _ column: String, _ money: Money) {
    let cell = GridCell(row: row, column: column)
    amounts[cell] = amounts[cell, default: .zero] + money
  }

  /// Adds every cell of `other` (the amounts of two regions' recipients taken together).
  mutating func add(_ other: AmountGrid) {
    amounts.merge(other.amounts, uniquingKeysWith: +)
  }

  func amount(_ row: String, _ column: String) -> Money {
    amounts[GridCell(row: row, column: column)] ?? .zero
  }

  func rowTotal(_ row: String) -> Money {
    amounts.reduce(Money.zero) { $0 + ($1.key.row == row ? $1.value : .zero) }
  }

  func columnTotal(_ column: String) -> Money {
    amounts.reduce(Money.zero) { $0 + ($1.key.column == column ? $1.value : .zero) }
  }

  var total: Money { amounts.values.reduce(Money.zero, +) }

  /// Every cell as (row, column, amount), sorted by row then column (for the merge file).
  var cells: [(row: String, column: String, amount: Money)] {
    amounts.keys.sorted { ($0.row, $0.column) < ($1.row, $1.column) }.map {
      ($0.row, $0.column, amounts[$0]!)
    }
  }
}
