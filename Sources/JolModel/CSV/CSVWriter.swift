/// Writes records as CSV text that ``CSVReader`` and spreadsheets read back exactly: a field is
/// quoted only when it holds the delimiter, a quote or a line break, and quotes are doubled.
///
/// For Excel in Kazakh or Russian locales use ``excel``: semicolons, CRLF and a byte-order
/// mark, without which Excel reads UTF-8 as Windows-1251.
public struct CSVWriter: Hashable, Sendable {
  /// Line end after each record.
  public enum LineEnding: String, Hashable, Sendable {
    /// `\r\n`, as RFC 4180 and Excel have it.
    case crlf = "\r\n"
    /// `\n`.
    case lf = "\n"
  }

  /// The character between fields.
  public var delimiter: CSVDelimiter
  /// What ends each record (the last one too).
  public var lineEnding: LineEnding
  /// Whether the text starts with a UTF-8 byte-order mark.
  public var writesByteOrderMark: Bool

  public init(
    delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .crlf,
    writesByteOrderMark: Bool = false
  ) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
    self.writesByteOrderMark = writesByteOrderMark
  }

  /// Semicolons, CRLF and a byte-order mark: what Excel in a Kazakh or Russian locale opens by
  /// double-click with Cyrillic intact.
  public static let excel = CSVWriter(
    delimiter: .semicolon, lineEnding: .crlf, writesByteOrderMark: true)

  /// The whole file: header, then records, each ended by ``lineEnding``.
  /// - Complexity: O(total length of the fields).
  public func text(header: [String], records: [[String]]) -> String {
    var text = writesByteOrderMark ? "\u{FEFF}" : ""
    text += record(header)
    for fields in records { text += record(fields) }
    return text
  }

  /// The whole file as UTF-8 bytes; see ``text(header:records:)``.
  public func bytes(header: [String], records: [[String]]) -> [UInt8] {
    Array(text(header: header, records: records).utf8)
  }

  /// One record with its line ending. A record whose fields are all empty is written with an
  /// empty quoted first field (`"";;`), since the reader leaves blank lines out.
  public func record(_ fields: [String]) -> String {
    var line = ""
    let allEmpty = fields.allSatisfy(\.isEmpty)
    for (index, field) in fields.enumerated() {
      if index > 0 { line.append(delimiter.rawValue) }
      if index == 0 && allEmpty {
        line += "\"\""
      } else {
        line += quotedIfNeeded(field)
      }
    }
    return line + lineEnding.rawValue
  }

  /// `field` as it goes into a record: unchanged, or in quotes with quotes doubled when it holds
  /// the delimiter, a quote, CR or LF.
  public func quotedIfNeeded(_ field: String) -> String {
    let delimiterByte = delimiter.byte
    let needsQuotes = field.utf8.contains { byte in
      byte == delimiterByte || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
    }
    guard needsQuotes else { return field }
    var quoted = "\""
    for character in field.unicodeScalars {
      if character == "\"" { quoted.unicodeScalars.append("\"") }
      quoted.unicodeScalars.append(character)
    }
    return quoted + "\""
  }
}
