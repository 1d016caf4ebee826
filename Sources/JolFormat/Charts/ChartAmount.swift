import JolModel

/// A figure a chart draws: a value drawn to scale, or a hidden one (a count below the minimum
/// cell size, or hidden to protect one) drawn with a fixed small size and a dashed outline — never
/// to scale, so its size reveals nothing — and labelled with its symbol (`<5`, `×`).
public enum ChartAmount: Hashable, Sendable {
  case value(FixedDecimal)
  case hidden(symbol: String)

  /// A whole count.
  public static func count(_ count: Int) -> ChartAmount { .value(FixedDecimal(count)) }

  /// The value to draw to scale; nil when hidden.
  var scaled: Double? {
    guard case .value(let value) = self else { return nil }
    return Double(value.units) / Double(FixedDecimal.scale)
  }

  /// The amount as a reader of `language` writes it.
  func text(_ language: Language) -> String {
    switch self {
    case .value(let value): LocalNumber.decimal(value, language)
    case .hidden(let symbol): symbol
    }
  }

  /// The amount in a data table: a number, or its symbol.
  var json: JSONValue {
    switch self {
    case .value(let value): .number(value.description)
    case .hidden(let symbol): .string(symbol)
    }
  }
}
