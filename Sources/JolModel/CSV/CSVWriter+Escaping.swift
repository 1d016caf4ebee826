/// The lossless way to keep a file safe in a spreadsheet, for files Jol reads back itself (the
/// vault): every field that starts with a character a spreadsheet reads as a formula, or with
/// the `'` this adds, gets one leading `'`; reading removes one. Unlike
/// ``CSVWriter/neutralized(_:)``, which keeps plain negative numbers and never escapes a `'`,
/// every value comes back exactly as stored.
extension CSVWriter {
  /// `field` with one `'` in front when it starts with `=`, `+`, `-`, `@`, a tab, a carriage
  /// return or `'`; unchanged otherwise. ``unescaped(_:)`` undoes it.
  public static func escaped(_ field: String) -> String {
    guard let first = field.utf8.first, escapedStarts.contains(first) else { return field }
    return "'" + field
  }

  /// `field` without its first character when that is a `'`: the inverse of ``escaped(_:)``.
  public static func unescaped(_ field: String) -> String {
    field.utf8.first == UInt8(ascii: "'") ? String(field.dropFirst()) : field
  }

  /// The first bytes ``escaped(_:)`` puts a `'` before.
  private static let escapedStarts: Set<UInt8> = Set(Array("=+-@\t\r'".utf8))
}

extension CSVTable {
  /// Applies ``CSVWriter/unescaped(_:)`` to every field, header and records: the table then
  /// holds what a file written with ``CSVWriter/escapesFormulas`` held. In place: a table just
  /// read is changed only where it holds an escaped field, and nothing else is copied.
  /// - Complexity: O(fields).
  public mutating func unescapeFormulas() {
    Self.unescape(&header)
    for index in records.indices { Self.unescape(&records[index]) }
  }

  private static func unescape(_ record: inout CSVRecord) {
    for index in record.fields.indices where record.fields[index].utf8.first == UInt8(ascii: "'") {
      record.fields[index] = CSVWriter.unescaped(record.fields[index])
    }
  }
}
