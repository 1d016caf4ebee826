/// A typed value shown in explanations: a fact's value or a parameter's.
public enum Value: Hashable, Sendable {
  case integer(Int64)
  case decimal(FixedDecimal)
  /// A percent: 90.5 is 90.5%.
  case percent(FixedDecimal)
  case money(Money)
  case date(CivilDate)
  case text(String)
  case bool(Bool)
  case set([String])

  /// The canonical, language-neutral text: `3.4`, `90%`, `35000`, `2026-09-01`, `rural,orphan`.
  public var canonical: String {
    switch self {
    case .integer(let value): String(value)
    case .decimal(let value): value.description
    case .percent(let value): value.description + "%"
    case .money(let value): value.description
    case .date(let value): value.description
    case .text(let value): value
    case .bool(let value): value ? "yes" : "no"
    case .set(let values): values.joined(separator: ",")
    }
  }
}
