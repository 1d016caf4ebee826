/// Reads CSV text (RFC 4180) into a ``CSVTable``. Pure: bytes in, records out; no files.
///
/// Accepted: UTF-8 with or without a byte-order mark; CRLF, LF or CR line ends, mixed; comma,
/// semicolon or tab delimiter, detected from the header line outside quotes unless given;
/// quoted fields holding delimiters, doubled quotes and line breaks. Blank records — lines
/// that are empty or hold only delimiters (`;;;`, as spreadsheets leave behind), with no
/// quoted field — are left out. Every record after the header must have as many fields as
/// the header. Spaces around values are kept as written; a quote may only open a field.
public enum CSVReader {
  /// What becomes of a record that cannot be read (a different number of fields than the
  /// header, a stray quote, text after a closing quote).
  public enum BadRecords: Sendable {
    /// The first one is thrown: for files Jol wrote itself, where any damage is fatal.
    case fail
    /// Each is left out of ``CSVTable/records`` and listed in ``CSVTable/badRecords``, and
    /// reading goes on: for files people send, so that one bad row does not hide the problems
    /// of the others. A quote never closed is listed too, and ends the reading: everything
    /// after it is inside the quotes.
    case collect
  }

  /// Parses `bytes` as CSV.
  /// - Parameters:
  ///   - fileName: names the file in error messages; nothing is read from it.
  ///   - delimiter: the delimiter, or nil to detect it from the header line.
  ///   - badRecords: whether a record that cannot be read stops the file (the default) or is
  ///     listed in the table's ``CSVTable/badRecords``.
  /// - Throws: ``CSVError`` with line and column for what stops the whole file: bytes that are
  ///   not UTF-8, a header that cannot be read (an unterminated quote in it too), no header;
  ///   with `.fail`, also at the first record that cannot be read, and at an unterminated quote
  ///   (at the opening quote). With `.collect`, an unterminated quote after the header is the
  ///   last bad record: it runs to the end of the file.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(
    _ bytes: [UInt8], fileName: String, delimiter: CSVDelimiter? = nil,
    badRecords: BadRecords = .fail
  ) throws(CSVError) -> CSVTable {
    let hasBOM = bytes.starts(with: UTF8Validation.byteOrderMark)
    let start = hasBOM ? 3 : 0
    if let offset = UTF8Validation.firstInvalidByte(in: bytes, from: start) {
      let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes, from: start)
      throw CSVError(
        file: fileName, position: CSVPosition(line: line, column: column),
        problem: .invalidUTF8(utf16: utf16))
    }
    let delimiter = delimiter ?? CSVDelimiter.detect(in: bytes, from: start)
    var scanner = CSVScanner(bytes: bytes, file: fileName, delimiter: delimiter.byte, start: start)
    var header: CSVRecord?
    var records: [CSVRecord] = []
    var rejected: [CSVError] = []
    while true {
      let next: (CSVRecord, isBlank: Bool)?
      do {
        next = try scanner.nextRecord()
      } catch {
        // A quote never closed runs to the end of the file, so nothing after it is a record;
        // those before it were read, and their problems are not hidden by this one.
        guard header != nil, badRecords == .collect else { throw error }
        rejected += scanner.recordProblems + [error]
        break
      }
      guard let (record, isBlank) = next else { break }
      var problems = scanner.recordProblems
      if isBlank && problems.isEmpty { continue }
      guard let header else {
        if let first = problems.first { throw first }
        header = record
        scanner.headerNames = record.fields
        continue
      }
      if record.fields.count != header.fields.count {
        problems.append(raggedRecordError(record, header: header, file: fileName))
      }
      if problems.isEmpty {
        records.append(record)
      } else if badRecords == .fail {
        throw problems[0]
      } else {
        rejected += problems
      }
    }
    guard let header else {
      throw CSVError(file: fileName, position: CSVPosition(line: 1, column: 1), problem: .noHeader)
    }
    return CSVTable(
      fileName: fileName, delimiter: delimiter, hadByteOrderMark: hasBOM, header: header,
      records: records, badRecords: rejected)
  }

  /// Parses a string as CSV; see ``parse(_:fileName:delimiter:)``.
  public static func parse(
    _ text: String, fileName: String, delimiter: CSVDelimiter? = nil,
    badRecords: BadRecords = .fail
  ) throws(CSVError) -> CSVTable {
    try parse(Array(text.utf8), fileName: fileName, delimiter: delimiter, badRecords: badRecords)
  }

  /// An extra field is reported where it starts; a missing one where the record ends, naming
  /// the first header field that has no value.
  private static func raggedRecordError(
    _ record: CSVRecord, header: CSVRecord, file: String
  ) -> CSVError {
    let expected = header.fields.count
    let found = record.fields.count
    let problem = CSVError.Problem.raggedRecord(expected: expected, found: found)
    if found > expected {
      return CSVError(
        file: file, position: record.positions[expected], field: expected + 1, problem: problem)
    }
    return CSVError(
      file: file, position: record.end, field: found + 1, fieldName: header.fields[found],
      problem: problem)
  }
}
