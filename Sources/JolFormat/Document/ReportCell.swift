import JolModel

/// How report renderers (HTML, Markdown) write a ``DataTable`` cell for a reader: numbers in the
/// reader's language through ``LocalNumber`` (`12 345,6` in kk and ru), strings as they are
/// (symbols such as `<5` and `×` included), null empty.
public enum ReportCell {
  /// The text of `value` for a reader of `language`.
  public static func text(_ value: JSONValue, _ language: Language) -> String {
    switch value {
    case .number(let text):
      FixedDecimal(text).map { LocalNumber.decimal($0, language) } ?? text
    case .array(let items): items.map { self.text($0, language) }.joined(separator: "; ")
    default: DataTable.plain(value)
    }
  }

  /// Whether a column holds figures, to be right-aligned: it has a number and no string with a
  /// letter in it (a symbol of a hidden figure, `<5`, `×`, `—`, has none).
  public static func isNumeric(column: Int, of table: DataTable) -> Bool {
    var sawNumber = false
    for row in table.rows where column < row.count {
      switch row[column] {
      case .number: sawNumber = true
      case .null: continue
      case .string(let text): if text.contains(where: \.isLetter) { return false }
      default: return false
      }
    }
    return sawNumber
  }
}
