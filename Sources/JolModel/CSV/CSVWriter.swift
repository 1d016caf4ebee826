/// Writes records as CSV text that ``CSVReader`` and spreadsheets read back exactly: a field is
/// quoted only when it holds the delimiter, a quote or a line break, and quotes are doubled.
///
/// For Excel in Kazakh or Russian locales use ``excel``: semicolons, CRLF and a byte-order
/// mark, without which Excel reads UTF-8 as Windows-1251.
///
/// Output a person may open in a spreadsheet is written with ``neutralizesFormulas`` (``output``
/// and ``excel`` have it): see ``neutralized(_:)``. Files Jol reads back itself (the vault)
/// are written with ``escapesFormulas`` instead and read with
/// ``CSVTable/unescapeFormulas()``: as safe to open, and every value round-trips exactly.
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
  /// Whether a field a spreadsheet would run as a formula is written as text (see
  /// ``neutralized(_:)``).
  public var neutralizesFormulas: Bool
  /// Whether a field a spreadsheet would run as a formula, or that starts with `'`, is written
  /// with one leading `'` that reading takes off again (see ``escaped(_:)``); used when
  /// ``neutralizesFormulas`` is not.
  public var escapesFormulas: Bool

  public init(
    delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .crlf,
    writesByteOrderMark: Bool = false, neutralizesFormulas: Bool = false,
    escapesFormulas: Bool = false
  ) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
    self.writesByteOrderMark = writesByteOrderMark
    self.neutralizesFormulas = neutralizesFormulas
    self.escapesFormulas = escapesFormulas
  }

  /// Semicolons, CRLF and a byte-order mark: what Excel in a Kazakh or Russian locale opens by
  /// double-click with Cyrillic intact; formulas neutralized.
  public static let excel = CSVWriter(
    delimiter: .semicolon, lineEnding: .crlf, writesByteOrderMark: true,
    neutralizesFormulas: true)

  /// Commas and LF, formulas neutralized: what commands print with `--format csv`.
  public static let output = CSVWriter(
    delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, neutralizesFormulas: true)

  /// `field` made safe to open in a spreadsheet (CSV injection, as OWASP describes it): a field
  /// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
  /// Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula
  /// (`=HYPERLINK(…)` stays visible, never clickable).
  ///
  /// A field that is a plain number (`-5`, `+7`, `-0.25`, `-3,5`) is left as it is: a
  /// spreadsheet reads it as that number, never as a formula, and a leading `'` would turn
  /// negative amounts and differences into text that no longer sums. Anything more (`-2+3`,
  /// `+7 701 …`, `-1e3`) is neutralized.
  public static func neutralized(_ field: String) -> String {
    guard let first = field.utf8.first,
      first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        || first == UInt8(ascii: "@") || first == 9 || first == 13
    else { return field }
    if isPlainNumber(field) { return field }
    return "'" + field
  }

  /// A sign, digits, and at most one `.` or `,` between digits.
  private static func isPlainNumber(_ field: String) -> Bool {
    let bytes = Array(field.utf8)
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") else {
      return false
    }
    var point = false
    var digitBefore = false
    for (index, byte) in bytes.enumerated().dropFirst() {
      if (48...57).contains(byte) {
        digitBefore = true
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        guard !point, digitBefore, index + 1 < bytes.count else { return false }
        point = true
      } else {
        return false
      }
    }
    return digitBefore
  }

  /// The whole file: header, then records, each ended by ``lineEnding``.
  /// - Complexity: O(total length of the fields).
  public func text(header: [String], records: [[String]]) -> String {
    String(decoding: bytes(header: header, records: records), as: UTF8.self)
  }

  /// The whole file as UTF-8 bytes; see ``text(header:records:)``.
  public func bytes(header: [String], records: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = writesByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    appendRecord(header, to: &bytes)
    for fields in records { appendRecord(fields, to: &bytes) }
    return bytes
  }

  /// One record with its line ending. A record whose fields are all empty is written with an
  /// empty quoted first field (`"";;`), since the reader leaves blank lines out.
  public func record(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    appendRecord(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``record(_:)`` appended to `bytes` in UTF-8, without making the line a string first (the
  /// vault writes a record per person).
  public func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
    let allEmpty = fields.allSatisfy(\.isEmpty)
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(delimiter.byte) }
      if index == 0 && allEmpty {
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
      } else {
        // A field holding the delimiter, a quote, CR or LF goes in quotes, its quotes doubled.
        let safe = safe(field)
        guard needsQuotes(safe) else {
          bytes.append(contentsOf: safe.utf8)
          continue
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in safe.utf8 {
          if byte == UInt8(ascii: "\"") { bytes.append(byte) }
          bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
      }
    }
    bytes.append(contentsOf: lineEnding.rawValue.utf8)
  }

  /// `field` neutralized or escaped as this writer is set to.
  private func safe(_ field: String) -> String {
    if neutralizesFormulas { return Self.neutralized(field) }
    return escapesFormulas ? Self.escaped(field) : field
  }

  /// Whether `field` goes into a record in quotes: it holds the delimiter, a quote, CR or LF.
  private func needsQuotes(_ field: String) -> Bool {
    let delimiterByte = delimiter.byte
    return field.utf8.contains { byte in
      byte == delimiterByte || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
    }
  }
}
