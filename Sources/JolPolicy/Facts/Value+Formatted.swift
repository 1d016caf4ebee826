import JolFormat
import JolModel

/// Values as a reader of each language writes them.
extension Value {
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
      return (value ? FactsMessage.yes : FactsMessage.no).template[language]
    case .set(let values):
      return values.isEmpty ? "∅" : values.joined(separator: ", ")
    default:
      return canonical
    }
  }
}
