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
    self = Self.share(Int64(part), of: Int64(whole))
  }

  /// The share an amount is of a larger whole (the amounts granted of a policy's budget), not a
  /// rate on counts: its disclosure is the amount's (withheld with it, by the caller).
  /// - Precondition: `whole` is more than zero.
  public init(amount part: Money, of whole: Money) {
    precondition(whole > .zero, "a share of nothing")
    self = Self.share(part.tiyn, of: whole.tiyn)
  }

  /// `part` of `whole` in percent, one decimal, rounded half up.
  private static func share(_ part: Int64, of whole: Int64) -> Self {
    // Tenths of a percent, rounded half up: (part × 1000 + whole / 2) / whole; amounts in
    // tiyn may be too large for that product, and are then divided first (exact enough for
    // one decimal of a percent of sums this large).
    let (scaled, overflow) = part.multipliedReportingOverflow(by: 2000)
    let tenths =
      overflow || whole > Int64.max / 2
      ? Int64((Double(part) * 1000 / Double(whole)).rounded(.toNearestOrAwayFromZero))
      : (scaled + whole) / (whole * 2)
    return .percent(FixedDecimal(units: tenths * (FixedDecimal.scale / 10)))
  }

  /// The cell of a ``DataTable``: the percentage, or `—`.
  public var json: JSONValue {
    switch self {
    case .percent(let value): .number(value.description)
    case .withheld: .string(Self.withheldSymbol)
    }
  }
}
