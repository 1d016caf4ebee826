import JolModel

/// Rows of data a command prints, rendered as an aligned text table, CSV (for spreadsheets:
/// ``CSVWriter/output``, formulas neutralized) or JSON Lines (one object per row, keys in column
/// order).
public struct DataTable: Sendable {
  /// A column: its key in JSON and CSV headers, and its title in text tables.
  public struct Column: Sendable {
    public var key: String
    public var title: LocalizedText
    public init(_ key: String, _ title: LocalizedText) {
      self.key = key
      self.title = title
    }
  }

  public var columns: [Column]
  public var rows: [[JSONValue]]

  public init(columns: [Column], rows: [[JSONValue]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// The table in `format`, without a trailing newline.
  public func rendered(_ format: OutputFormat, language: Language) -> String {
    switch format {
    case .json, .jsonl:
      return rows.map { row in
        JSONValue.object(zip(columns, row).map { ($0.key, $1) }).compact
      }.joined(separator: "\n")
    case .csv:
      let text = CSVWriter.output.text(
        header: columns.map(\.key), records: rows.map { $0.map(Self.plain) })
      return text.hasSuffix("\n") ? String(text.dropLast()) : text
    case .text:
      let header = columns.map { $0.title[language] }
      let body = rows.map { $0.map(Self.plain) }
      var widths = header.map(\.count)
      for row in body {
        for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
      }
      func line(_ cells: [String]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
          text += cell
          if index < cells.count - 1 {
            text += String(repeating: " ", count: widths[index] - cell.count + 2)
          }
        }
        while text.last == " " { text.removeLast() }
        return text
      }
      let rule = widths.map { String(repeating: "─", count: $0) }
      return ([line(header), line(rule)] + body.map(line)).joined(separator: "\n")
    }
  }

  /// A cell as plain text: strings unquoted, null empty.
  static func plain(_ value: JSONValue) -> String {
    switch value {
    case .null: ""
    case .bool(let flag): flag ? "true" : "false"
    case .number(let text), .string(let text): text
    case .array(let items): items.map(plain).joined(separator: "; ")
    case .object: value.compact
    }
  }
}
