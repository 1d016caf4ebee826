/// A parsed CSV file: its header and its records, each field with the place it starts, so any
/// later complaint about a value can name the file, line and column.
public struct CSVTable: Sendable {
  /// The file name given to the reader, for messages.
  public let fileName: String
  /// The delimiter the file used (detected from the header line or given).
  public let delimiter: CSVDelimiter
  /// Whether the file began with a UTF-8 byte-order mark.
  public let hadByteOrderMark: Bool
  /// The header: the first record that is not blank.
  public internal(set) var header: CSVRecord
  /// The records after the header, blank ones and those that cannot be read left out.
  public internal(set) var records: [CSVRecord]
  /// Why each record left out could not be read, in file order (read with
  /// ``CSVReader/BadRecords/collect``; empty otherwise).
  public let badRecords: [CSVError]

  /// The header's names, as written.
  public var columnNames: [String] { header.fields }
}

/// One record of a CSV file: its fields and where each starts.
public struct CSVRecord: Hashable, Sendable {
  /// The fields, unquoted, with doubled quotes undone and line breaks inside quotes kept as
  /// written (`\r\n` stays `\r\n`). Surrounding spaces are kept: they may matter.
  public internal(set) var fields: [String]
  /// Where each field starts (its opening quote, for a quoted field).
  public let positions: [CSVPosition]
  /// Where the record ends: just after its last character, before the line break.
  public let end: CSVPosition

  /// The physical line on which the record starts.
  public var line: Int { positions.first?.line ?? end.line }

  /// The field at a 0-based index, or nil past the end.
  public subscript(index: Int) -> String? {
    fields.indices.contains(index) ? fields[index] : nil
  }
}
