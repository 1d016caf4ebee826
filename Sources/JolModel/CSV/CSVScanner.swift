/// The byte-level state machine behind ``CSVReader``: one record at a time, tracking the
/// physical line and the column (in Unicode scalars) as it goes.
struct CSVScanner {
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed: UInt8 = 10
  private static let carriageReturn: UInt8 = 13

  let bytes: [UInt8]
  let file: String
  let delimiter: UInt8
  /// The header's names once it is read, so errors in later records can name their field.
  var headerNames: [String] = []
  private var index: Int
  private var line = 1
  private var column = 1
  private var buffer: [UInt8] = []

  init(bytes: [UInt8], file: String, delimiter: UInt8, start: Int) {
    self.bytes = bytes
    self.file = file
    self.delimiter = delimiter
    self.index = start
  }

  private var position: CSVPosition { CSVPosition(line: line, column: column) }

  /// Problems of the record last read that do not stop the file (a stray quote, text after a
  /// closing quote): the scanner reads on to the end of the field, so the records after it are
  /// read as written and their own problems are found too.
  private(set) var recordProblems: [CSVError] = []

  /// The next record and whether it is blank (every field empty, none quoted); nil at the end.
  /// Problems confined to the record are in ``recordProblems`` afterwards (after a throw, those
  /// of the fields before the quote never closed).
  /// - Throws: ``CSVError`` for a quote never closed: nothing after it can be told apart.
  mutating func nextRecord() throws(CSVError) -> (CSVRecord, isBlank: Bool)? {
    guard index < bytes.count else { return nil }
    recordProblems.removeAll()
    var fields: [String] = []
    var positions: [CSVPosition] = []
    fields.reserveCapacity(headerNames.count)
    positions.reserveCapacity(headerNames.count)
    var isBlank = true
    while true {
      positions.append(position)
      let (field, quoted) = try nextField(number: fields.count + 1)
      if quoted || !field.isEmpty { isBlank = false }
      fields.append(field)
      if index < bytes.count, bytes[index] == delimiter {
        index += 1
        column += 1
        continue
      }
      let end = position
      skipLineBreak()
      return (CSVRecord(fields: fields, positions: positions, end: end), isBlank)
    }
  }

  private mutating func skipLineBreak() {
    guard index < bytes.count else { return }
    if bytes[index] == Self.carriageReturn {
      index += 1
      if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
    } else {
      index += 1  // a line feed: the only other way a field ends before the file does
    }
    line += 1
    column = 1
  }

  /// One field; the scanner stops at the delimiter, line break or end that follows it.
  private mutating func nextField(number: Int) throws(CSVError) -> (String, quoted: Bool) {
    if index < bytes.count, bytes[index] == Self.quote {
      return (try quotedField(number: number), true)
    }
    let start = index
    var strayQuote = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
      if byte == Self.quote && !strayQuote {
        strayQuote = true
        recordProblems.append(error(.strayQuote, field: number))
      }
      if byte & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return (String(decoding: bytes[start..<index], as: UTF8.self), false)
  }

  private mutating func quotedField(number: Int) throws(CSVError) -> String {
    let opening = position
    index += 1
    column += 1
    buffer.removeAll(keepingCapacity: true)
    var segment = index
    while true {
      guard index < bytes.count else {
        throw CSVError(
          file: file, position: opening, field: number, fieldName: name(of: number),
          problem: .unterminatedQuote)
      }
      let byte = bytes[index]
      if byte == Self.quote {
        buffer.append(contentsOf: bytes[segment..<index])
        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
          buffer.append(Self.quote)
          index += 2
          column += 2
          segment = index
          continue
        }
        index += 1
        column += 1
        break
      }
      index += 1
      if byte == Self.lineFeed || byte == Self.carriageReturn {
        // A CRLF inside quotes is one line break; its bytes stay in the field as written.
        if byte == Self.carriageReturn, index < bytes.count, bytes[index] == Self.lineFeed {
          index += 1
        }
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    if index < bytes.count {
      let byte = bytes[index]
      if byte != delimiter && byte != Self.lineFeed && byte != Self.carriageReturn {
        recordProblems.append(error(.textAfterClosingQuote, field: number))
        skipToFieldEnd()
      }
    }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Moves past the rest of a field that cannot be read, to its delimiter or line end.
  private mutating func skipToFieldEnd() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { return }
      if byte & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
  }

  private func name(of field: Int) -> String? {
    headerNames.indices.contains(field - 1) ? headerNames[field - 1] : nil
  }

  private func error(_ problem: CSVError.Problem, field: Int) -> CSVError {
    CSVError(
      file: file, position: position, field: field, fieldName: name(of: field), problem: problem)
  }
}
