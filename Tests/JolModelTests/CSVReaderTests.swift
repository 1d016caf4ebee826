import JolModel
import Testing

@Suite struct CSVReaderTests {
  private let iin = CSVColumn("iin", aliases: ["ЖСН", "ИИН"])
  private let surname = CSVColumn("surname", aliases: ["Тегі", "Фамилия"])
  private let note = CSVColumn("note", aliases: ["Ескерту", "Примечание"], required: false)

  @Test func readsPlainCommaSeparatedTextWithLF() throws {
    let table = try CSVReader.parse("a,b,c\n1,2,3\n4,,6\n", fileName: "t.csv")
    #expect(table.delimiter == .comma)
    #expect(table.columnNames == ["a", "b", "c"])
    #expect(table.records.map(\.fields) == [["1", "2", "3"], ["4", "", "6"]])
    #expect(table.records.map(\.line) == [2, 3])
    #expect(!table.hadByteOrderMark)
  }

  @Test func byteOrderMarkIsSkippedAndNotCountedAsAColumn() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ЖСН;Тегі\n880515300120;Әбілқасымова\n".utf8)
    let table = try CSVReader.parse(bytes, fileName: "bom.csv")
    #expect(table.hadByteOrderMark)
    #expect(table.columnNames == ["ЖСН", "Тегі"])
    #expect(
      table.header.positions == [CSVPosition(line: 1, column: 1), CSVPosition(line: 1, column: 5)])
    #expect(table.records[0].fields == ["880515300120", "Әбілқасымова"])
  }

  @Test func semicolonDetectedFromHeaderOutsideQuotes() throws {
    let text = "\"Тегі, аты\";Сынып;Тіл\r\n\"Қасымов, Ерлан\";9А;kk\r\n"
    let table = try CSVReader.parse(text, fileName: "kk.csv")
    #expect(table.delimiter == .semicolon)
    #expect(table.records[0].fields == ["Қасымов, Ерлан", "9А", "kk"])
  }

  @Test func commaWinsWhenQuotedSemicolonsOutnumberNothing() throws {
    let table = try CSVReader.parse("\"a;b;c\",d\n1,2\n", fileName: "t.csv")
    #expect(table.delimiter == .comma)
    #expect(table.columnNames == ["a;b;c", "d"])
  }

  @Test func explicitDelimiterOverridesDetection() throws {
    let table = try CSVReader.parse("a;b,c\n1;2,3\n", fileName: "t.csv", delimiter: .comma)
    #expect(table.records[0].fields == ["1;2", "3"])
  }

  @Test func crlfLfAndCrMixed() throws {
    let table = try CSVReader.parse("a,b\r\n1,2\n3,4\r5,6\r\n", fileName: "t.csv")
    #expect(table.records.map(\.fields) == [["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(table.records.map(\.line) == [2, 3, 4])
  }

  @Test func quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() throws {
    let text = "name,comment\n\"Ахметов\",\"says \"\"сәлем\"\", then\r\nleaves\"\nx,\"a\nb\"\ny,z\n"
    let table = try CSVReader.parse(text, fileName: "q.csv")
    #expect(
      table.records.map(\.fields) == [
        ["Ахметов", "says \"сәлем\", then\r\nleaves"], ["x", "a\nb"], ["y", "z"],
      ])
    #expect(table.records.map(\.line) == [2, 4, 6])
    #expect(table.records[0].positions[1] == CSVPosition(line: 2, column: 11))
  }

  @Test func kazakhAndCyrillicLettersSurviveAndColumnsCountCharacters() throws {
    let letters = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І ё Ё"
    let table = try CSVReader.parse("сөз;x\n\(letters);ұ\n", fileName: "kk.csv")
    #expect(table.records[0].fields == [letters, "ұ"])
    #expect(
      table.records[0].positions[1]
        == CSVPosition(line: 2, column: letters.unicodeScalars.count + 2))
  }

  @Test func emptyFieldsAndNoTrailingNewline() throws {
    let table = try CSVReader.parse("a;b;c\n;;x\n\"\";;", fileName: "t.csv")
    #expect(table.records.map(\.fields) == [["", "", "x"], ["", "", ""]])
  }

  @Test func blankLinesAndDelimiterOnlyLinesAreLeftOut() throws {
    let table = try CSVReader.parse("\n\na;b\n1;2\n\n;\n3;4\n\n\n", fileName: "t.csv")
    #expect(table.header.line == 3)
    #expect(table.records.map(\.fields) == [["1", "2"], ["3", "4"]])
    #expect(table.records.map(\.line) == [4, 7])
  }

  @Test func headerOnlyHasNoRecordsAndEmptyFileHasNoHeader() throws {
    #expect(try CSVReader.parse("a,b\r\n", fileName: "t.csv").records.isEmpty)
    #expect(
      throws: CSVError(file: "e.csv", position: CSVPosition(line: 1, column: 1), problem: .noHeader)
    ) {
      try CSVReader.parse("\n\r\n", fileName: "e.csv")
    }
  }

  @Test func raggedRecordWithExtraFieldIsReportedWhereItStarts() {
    #expect(
      throws: CSVError(
        file: "r.csv", position: CSVPosition(line: 3, column: 9), field: 3,
        problem: .raggedRecord(expected: 2, found: 3))
    ) {
      try CSVReader.parse("ЖСН;Тегі\n1;2\nЕрлан;Қ;extra\n", fileName: "r.csv")
    }
  }

  @Test func raggedRecordWithMissingFieldNamesTheFirstMissingColumn() throws {
    do {
      _ = try CSVReader.parse("iin,surname,grade\n880515300120,\"Ахметова\n\"\n", fileName: "r.csv")
      Issue.record("a short record must be an error")
    } catch {
      #expect(error.position == CSVPosition(line: 3, column: 2))
      #expect(error.field == 3 && error.fieldName == "grade")
      #expect(
        error.message.en
          == "r.csv:3:2: field 3 «grade»: the record has 2 fields, the header has 3; add delimiters for the missing fields, even if empty"
      )
      #expect(
        error.message.kk.hasPrefix("r.csv:3:2: өріс 3 «grade»: жазбада 2 өріс бар, ал тақырыпта 3"))
      #expect(
        error.message.ru.hasPrefix("r.csv:3:2: поле 3 «grade»: в записи полей: 2, а в заголовке: 3")
      )
    }
  }

  @Test func unterminatedQuoteIsReportedAtTheOpeningQuote() {
    #expect(
      throws: CSVError(
        file: "u.csv", position: CSVPosition(line: 2, column: 3), field: 2, fieldName: "b",
        problem: .unterminatedQuote)
    ) {
      try CSVReader.parse("a,b\n1,\"never closed\n3,4\n", fileName: "u.csv")
    }
  }

  @Test func strayQuoteInUnquotedFieldIsReportedAtTheQuote() {
    #expect(
      throws: CSVError(
        file: "s.csv", position: CSVPosition(line: 2, column: 5), field: 2, fieldName: "b",
        problem: .strayQuote)
    ) {
      try CSVReader.parse("a;b\n1;ab\"c;\n", fileName: "s.csv", delimiter: .semicolon)
    }
  }

  @Test func textAfterClosingQuoteIsAnError() {
    #expect(
      throws: CSVError(
        file: "t.csv", position: CSVPosition(line: 1, column: 5), field: 1,
        problem: .textAfterClosingQuote)
    ) {
      try CSVReader.parse("\"ab\"c,d\n", fileName: "t.csv")
    }
  }

  @Test(
    arguments: [
      ([0x61, 0x0A, 0x62, 0xFF], CSVPosition(line: 2, column: 2)),
      (Array("a,b\nӘ,".utf8) + [0xC3, 0x28], CSVPosition(line: 2, column: 3)),
      (Array("x\n".utf8) + [0xED, 0xA0, 0x80], CSVPosition(line: 2, column: 1)),  // a surrogate
      (Array("x\n".utf8) + [0xC0, 0xAF], CSVPosition(line: 2, column: 1)),  // overlong '/'
      (Array("x\n".utf8) + [0xE2, 0x82], CSVPosition(line: 2, column: 1)),  // cut short
      (Array("Фамилия\n".utf8) + [0xD4, 0xE0, 0xEC], CSVPosition(line: 2, column: 1)),  // cp1251
    ] as [([UInt8], CSVPosition)])
  func invalidUTF8IsReportedWithLineAndColumn(bytes: [UInt8], position: CSVPosition) {
    #expect(
      throws: CSVError(file: "b.csv", position: position, problem: .invalidUTF8(utf16: false))
    ) {
      try CSVReader.parse(bytes, fileName: "b.csv")
    }
  }

  @Test func utf16IsNamedAsSuch() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00]
    #expect(
      throws: CSVError(
        file: "w.csv", position: CSVPosition(line: 1, column: 1), problem: .invalidUTF8(utf16: true)
      )
    ) {
      try CSVReader.parse(bytes, fileName: "w.csv")
    }
  }

  @Test func errorAfterAMultiLineFieldNamesTheLineItIsOn() {
    #expect(
      throws: CSVError(
        file: "m.csv", position: CSVPosition(line: 4, column: 3), field: 1, fieldName: "a",
        problem: .textAfterClosingQuote)
    ) {
      try CSVReader.parse("a,b\n\"x\ny\r\nz\"!,1\n", fileName: "m.csv")
    }
  }

  @Test(arguments: ["ЖСН", "жсн", "ИИН", "iin", "IIN", " I.I.N. "])
  func iinColumnFoundByAnyAlias(header: String) throws {
    let table = try CSVReader.parse("\(header);Тегі\n880515300120 ;Сейтқали\n", fileName: "a.csv")
    let rows = try table.bind(columns: [iin, surname, note])
    #expect(rows[0][iin] == "880515300120 ")
    #expect(try rows[0].value(iin) == "880515300120")
    #expect(rows[0][surname] == "Сейтқали")
    #expect(rows[0][note] == nil)
    #expect(rows[0].line == 2)
  }

  @Test func surnameAcceptsRussianHeader() throws {
    let rows = try CSVReader.parse("ИИН,Фамилия,Примечание\n1,Ли,\n", fileName: "a.csv")
      .bind(columns: [iin, surname, note])
    #expect(rows[0][surname] == "Ли")
    #expect(rows[0][note] == "")
    #expect(rows[0].optionalValue(note) == nil)
  }

  @Test func missingRequiredColumnListsAcceptedNames() {
    do {
      _ = try CSVReader.parse("Тегі;Сынып\nӘлиев;9\n", fileName: "m.csv").bind(columns: [
        iin, surname,
      ])
      Issue.record("a missing column must be an error")
    } catch {
      #expect(error.position == CSVPosition(line: 1, column: 1))
      #expect(
        error.message.en
          == "m.csv:1:1: required column 'iin' is missing; the header should have one of: iin, ЖСН, ИИН"
      )
      #expect(
        error.message.kk
          == "m.csv:1:1: міндетті «iin» бағаны жоқ; тақырыпта мына атаулардың бірі болуы керек: iin, ЖСН, ИИН"
      )
    }
  }

  @Test func twoFieldsForOneColumnAreAmbiguous() {
    #expect(
      throws: CSVError(
        file: "d.csv", position: CSVPosition(line: 1, column: 5), field: 2, fieldName: "ИИН",
        problem: .ambiguousColumn(name: "iin", fields: [1, 2]))
    ) {
      try CSVReader.parse("ЖСН,ИИН,Тегі\n1,2,3\n", fileName: "d.csv").bind(columns: [iin, surname])
    }
  }

  @Test func valueErrorsPointAtTheField() throws {
    let rows = try CSVReader.parse(
      "Тегі;ЖСН\n\"Ким\nЛи\";  \nАбай;080315600017\n", fileName: "v.csv"
    )
    .bind(columns: [iin, surname])
    #expect(
      throws: CSVError(
        file: "v.csv", position: CSVPosition(line: 3, column: 5), field: 2, fieldName: "ЖСН",
        problem: .missingValue)
    ) { try rows[0].value(iin) }
    let reason = LocalizedText.same("check digit should be 6")
    let error = rows[1].error(in: iin, reason: reason)
    #expect(error.message.en == "v.csv:4:6: field 2 «ЖСН»: check digit should be 6")
    #expect(
      try CSVReader.parse("a,b\n1,2\n", fileName: "x").unmatchedColumnNames(for: [iin]) == [
        "a", "b",
      ])
  }
}
