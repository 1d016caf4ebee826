import JolModel

/// Tenge summed by row and column key, beside a ``CountGrid`` of the same keys: the amounts
/// granted to the award recipients that grid counts (by policy and district, by policy and
/// category). Published only where the count beside it is.
struct AmountGrid: Equatable {
  /// Amounts by row, then column; a cell is present once something was added to it.
  private(set) var amounts: [String: [String: Money]] = [:]

  /// Adds `money` to the cell (`row`, `column`).
  mutating func add(_ row: String, _ column: String, _ money: Money) {
    amounts[row, default: [:]][column, default: .zero] =
      amounts[row, default: [:]][column, default: .zero] + money
  }

  /// Adds every cell of `other` (the amounts of two regions' recipients taken together).
  mutating func add(_ other: AmountGrid) {
    for (row, cells) in other.amounts {
      for (column, money) in cells { add(row, column, money) }
    }
  }

  func amount(_ row: String, _ column: String) -> Money { amounts[row]?[column] ?? .zero }

  func rowTotal(_ row: String) -> Money {
    amounts[row]?.values.reduce(Money.zero, +) ?? .zero
  }

  func columnTotal(_ column: String) -> Money {
    amounts.values.reduce(Money.zero) { $0 + ($1[column] ?? .zero) }
  }

  var total: Money { amounts.keys.reduce(Money.zero) { $0 + rowTotal($1) } }

  /// Every cell as (row, column, amount), sorted by row then column (for the merge file).
  var cells: [(row: String, column: String, amount: Money)] {
    amounts.keys.sorted().flatMap { row in
      amounts[row]!.keys.sorted().map { (row, $0, amounts[row]![$0]!) }
    }
  }
}
