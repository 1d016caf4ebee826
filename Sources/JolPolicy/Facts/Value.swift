import JolFormat
import JolModel

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

  /// The value as a reader of `language` writes it (``LocalNumber``): a decimal comma in Kazakh
  /// and Russian (`3,4`), grouped tenge (`35 000 ₸`; `35,000 ₸` in English), yes/no words.
  public func formatted(_ language: Language) -> String {
    switch self {
    case .decimal(let value):
      return LocalNumber.decimal(value, language)
    case .percent(let value):
      return LocalNumber.decimal(value, language) + "%"
    case .money(let value):
      return LocalNumber.money(value, language)
    case .bool(let value):
      switch language {
      case .kk: return value ? "иә" : "жоқ"
      case .ru: return value ? "да" : "нет"
      case .en: return value ? "yes" : "no"
      }
    case .set(let values):
      return values.isEmpty ? "∅" : values.joined(separator: ", ")
    default:
      return canonical
    }
  }
}

extension String {
  func replacingComma() -> String { replacingOccurrences(".", ",") }

  func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
