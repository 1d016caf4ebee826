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
  /// The table with ``CSVWriter/unescaped(_:)`` applied to every field, header and records:
  /// what a file written with ``CSVWriter/escapesFormulas`` held.
  /// - Complexity: O(total length of the fields).
  public func unescapingFormulas() -> CSVTable {
    func unescaped(_ record: CSVRecord) -> CSVRecord {
      CSVRecord(
        fields: record.fields.map(CSVWriter.unescaped), positions: record.positions,
        end: record.end)
    }
    return CSVTable(
      fileName: fileName, delimiter: delimiter, hadByteOrderMark: hadByteOrderMark,
      header: unescaped(header), records: records.map(unescaped), badRecords: badRecords)
  }
}
