import JolModel
import Testing

@Suite struct CSVWriterTests {
  @Test func quotesOnlyWhenNeeded() {
    let writer = CSVWriter()
    #expect(
      writer.record(["Әлия", "a,b", "say \"hi\"", "", "x\ny", "a;b"])
        == "Әлия,\"a,b\",\"say \"\"hi\"\"\",,\"x\ny\",a;b\r\n")
    #expect(CSVWriter(delimiter: .semicolon).record(["a,b", "a;b"]) == "a,b;\"a;b\"\r\n")
  }

  @Test func lineEndingAndByteOrderMarkOptions() {
    let lf = CSVWriter(lineEnding: .lf)
    #expect(lf.text(header: ["a", "b"], records: [["1", "2"]]) == "a,b\n1,2\n")
    let excel = CSVWriter.excel.bytes(header: ["ЖСН"], records: [["1"]])
    #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: excel.dropFirst(3), as: UTF8.self) == "ЖСН\r\n1\r\n")
  }

  @Test func allEmptyRecordSurvivesTheRoundTrip() throws {
    let writer = CSVWriter()
    let text = writer.text(header: ["a", "b"], records: [["", ""], ["1", ""]])
    #expect(text == "a,b\r\n\"\",\r\n1,\r\n")
    #expect(
      try CSVReader.parse(text, fileName: "t").records.map(\.fields) == [["", ""], ["1", ""]])
  }

  @Test func excelOutputReadsBackWithSemicolonDetected() throws {
    let bytes = CSVWriter.excel.bytes(
      header: ["Тегі", "Аты"], records: [["Сәрсенбаев", "Нұрлан"], ["Ким; Ли", "\"Ақ\""]])
    let table = try CSVReader.parse(bytes, fileName: "x.csv")
    #expect(table.delimiter == .semicolon && table.hadByteOrderMark)
    #expect(table.records.map(\.fields) == [["Сәрсенбаев", "Нұрлан"], ["Ким; Ли", "\"Ақ\""]])
  }

  /// Whatever the fields hold, the reader gives back what the writer was given.
  @Test(arguments: [CSVDelimiter.comma, .semicolon, .tab])
  func writerThenReaderIsIdentity(delimiter: CSVDelimiter) throws {
    var random = SplitMix64(seed: UInt64(delimiter.byte))
    let pieces = [
      ",", ";", "\"", "\n", "\r\n", "\r", " ", "\t", "Қазақстан", "ә", "ғ", "ң", "ө", "ұ", "ү",
      "һ", "і", "Ё", "x", "1", "", "\"\"",
    ]
    for round in 0..<200 {
      let width = Int.random(in: 1...6, using: &random)
      func field() -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)!
        }
        .joined()
      }
      let header = (0..<width).map { "h\($0)" }
      let records = (0..<Int.random(in: 0...8, using: &random)).map { _ in
        (0..<width).map { _ in field() }
      }
      let writer = CSVWriter(
        delimiter: delimiter, lineEnding: round % 2 == 0 ? .crlf : .lf,
        writesByteOrderMark: round % 3 == 0)
      let bytes = writer.bytes(header: header, records: records)
      // Detection needs a delimiter in the header: a one-column header says nothing.
      let detect = width > 1 && round % 5 == 0
      let table = try CSVReader.parse(
        bytes, fileName: "round.csv", delimiter: detect ? nil : delimiter)
      #expect(table.columnNames == header)
      #expect(table.records.map(\.fields) == records, "round \(round)")
    }
  }
}
