import Testing

@testable import JolModel

/// The lossless escape of the files Jol reads back itself (the vault): safe to open in a
/// spreadsheet, and every value, however it starts, read back exactly as it was written.
@Suite struct CSVWriterEscapingTests {
  /// What a cell may start with that matters here, and some values around it.
  static let starts = ["=", "+", "-", "@", "\t", "\r", "'", "''", "\r\n", ""]
  static let rests = [
    "", "1", "HYPERLINK(1)", "SUM(1)", "2+3", "7 701 555 1234", "a@b.kz", "cmd|' /C calc'!A0",
    "'", "=", "Тестов", ",", ";", "\"", "\n", " ",
  ]
  static let values = starts.flatMap { start in rests.map { start + $0 } }

  static let writer = CSVWriter(delimiter: .comma, lineEnding: .lf, escapesFormulas: true)

  @Test func everyValueRoundTrips() throws {
    let records = Self.values.map { [$0, "x", $0] }
    let bytes = Self.writer.bytes(header: ["a", "b", "c"], records: records)
    var table = try CSVReader.parse(bytes, fileName: "v.csv", delimiter: .comma)
    table.unescapeFormulas()
    #expect(table.records.map(\.fields) == records)
    #expect(table.columnNames == ["a", "b", "c"])
  }

  @Test func noCellAsWrittenStartsAFormula() throws {
    let bytes = Self.writer.bytes(header: ["a"], records: Self.values.map { [$0] })
    let table = try CSVReader.parse(bytes, fileName: "v.csv", delimiter: .comma)
    for field in table.records.map(\.fields[0]) {
      let first = field.unicodeScalars.first
      #expect(first.map { !"=+-@\t\r".unicodeScalars.contains($0) } ?? true, "\(field)")
    }
  }

  @Test(arguments: [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("@SUM(1)", "'@SUM(1)"), ("-2+3", "'-2+3"),
    ("+7 701 555 1234", "'+7 701 555 1234"), ("-5", "'-5"), ("'x", "''x"), ("''", "'''"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Ахметова", "Ахметова"), ("a=b", "a=b"), ("", ""),
  ])
  func escapedIsUndoneByUnescaped(_ value: String, _ escaped: String) {
    #expect(CSVWriter.escaped(value) == escaped)
    #expect(CSVWriter.unescaped(escaped) == value)
  }

  @Test func neutralizingStillWinsForOutput() {
    let both = CSVWriter(neutralizesFormulas: true, escapesFormulas: true)
    #expect(both.record(["-5", "'x", "=1"]) == "-5,'x,'=1\r\n")
  }
}
