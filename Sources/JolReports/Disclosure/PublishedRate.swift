import JolFormat
import JolModel

/// A share a report publishes beside its counts (a transition rate, the share employed), in
/// percent with one decimal, rounded half up. It is withheld — shown as `—` — when its
/// numerator or denominator is hidden, or its denominator is below the minimum cell size: a
/// rate on a hidden count would give the count back, and one on fewer than k learners is about
/// too few people to publish.
///
/// ```swift
/// PublishedRate(numerator: .shown(45), denominator: .shown(60), minimumCellSize: 5)
/// // .percent(75)
/// ```
public enum PublishedRate: Hashable, Sendable {
  case percent(FixedDecimal)
  case withheld

  /// The symbol of a withheld rate.
  public static let withheldSymbol = "—"

  public init(numerator: CellStatus, denominator: CellStatus, minimumCellSize: Int) {
    guard let part = numerator.count, let whole = denominator.count,
      whole >= max(minimumCellSize, 1)
    else {
      self = .withheld
      return
    }
    // Tenths of a percent, rounded half up: (part × 1000 + whole / 2) / whole.
    let tenths = (Int64(part) * 1000 * 2 + Int64(whole)) / (Int64(whole) * 2)
    self = .percent(FixedDecimal(units: tenths * (FixedDecimal.scale / 10)))
  }

  /// The cell of a ``DataTable``: the percentage, or `—`.
  public var json: JSONValue {
    switch self {
    case .percent(let value): .number(value.description)
    case .withheld: .string(Self.withheldSymbol)
    }
  }
}
