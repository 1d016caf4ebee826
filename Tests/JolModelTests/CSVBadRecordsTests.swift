import Testing

@testable import JolModel

/// Issue #7 ("Trust"): a record that cannot be read — a wrong number of fields, a stray quote,
/// text after a closing quote — is one problem among the others, not the end of the file.
@Suite struct CSVBadRecordsTests {
  static let file = """
    iin;surname;grade
    1;Ахметова;9
    2;Бекенов
    3;Ива"нов;4
    4;"Петров"x;5
    5;Сейітқали;10;extra
    6;Жұмабаев;11

    """

  @Test func collectedBadRecordsAreListedAndTheOthersKept() throws {
    let table = try CSVReader.parse(Self.file, fileName: "r.csv", badRecords: .collect)
    #expect(table.records.map { $0.fields[0] } == ["1", "6"])
    #expect(
      table.badRecords == [
        CSVError(
          file: "r.csv", position: CSVPosition(line: 3, column: 10), field: 3, fieldName: "grade",
          problem: .raggedRecord(expected: 3, found: 2)),
        CSVError(
          file: "r.csv", position: CSVPosition(line: 4, column: 6), field: 2,
          fieldName: "surname", problem: .strayQuote),
        CSVError(
          file: "r.csv", position: CSVPosition(line: 5, column: 11), field: 2,
          fieldName: "surname", problem: .textAfterClosingQuote),
        CSVError(
          file: "r.csv", position: CSVPosition(line: 6, column: 16), field: 4,
          problem: .raggedRecord(expected: 3, found: 4)),
      ])
  }

  @Test func byDefaultTheFirstBadRecordStillStopsTheFile() {
    #expect(
      throws: CSVError(
        file: "r.csv", position: CSVPosition(line: 3, column: 10), field: 3, fieldName: "grade",
        problem: .raggedRecord(expected: 3, found: 2))
    ) {
      try CSVReader.parse(Self.file, fileName: "r.csv")
    }
  }

  @Test func aRecordWithTwoProblemsListsBoth() throws {
    let table = try CSVReader.parse(
      "a,b\n1,x\"y,z\n2,3\n", fileName: "t.csv", badRecords: .collect)
    #expect(table.records.map(\.fields) == [["2", "3"]])
    #expect(table.badRecords.map(\.problem) == [.strayQuote, .raggedRecord(expected: 2, found: 3)])
  }

  @Test func aBadHeaderStillStopsTheFile() {
    #expect(throws: CSVError.self) {
      try CSVReader.parse("a,\"b\"c\n1,2\n", fileName: "h.csv", badRecords: .collect)
    }
    #expect(throws: CSVError.self) {
      try CSVReader.parse("a,\"b\n1,2\n", fileName: "h.csv", badRecords: .collect)
    }
  }

  /// A quote never closed swallows the rest of the file, but not the errors of the records
  /// before it: it is the last bad record, at its opening quote.
  @Test func anUnterminatedQuoteIsTheLastBadRecordAfterTheOthers() throws {
    let table = try CSVReader.parse(
      Self.file + "7;\"open;1\n8;Ахметова;9\n", fileName: "r.csv", badRecords: .collect)
    #expect(table.records.map { $0.fields[0] } == ["1", "6"])
    #expect(table.badRecords.map(\.line) == [3, 4, 5, 6, 8])
    #expect(
      table.badRecords.last
        == CSVError(
          file: "r.csv", position: CSVPosition(line: 8, column: 3), field: 2,
          fieldName: "surname", problem: .unterminatedQuote))
  }

  @Test func theProblemsBeforeAnUnterminatedQuoteInItsRecordAreKept() throws {
    let table = try CSVReader.parse(
      "a,b,c\n1,2,3\nx\"y,\"open\n", fileName: "u.csv", badRecords: .collect)
    #expect(table.records.map(\.fields) == [["1", "2", "3"]])
    #expect(table.badRecords.map(\.problem) == [.strayQuote, .unterminatedQuote])
    #expect(table.badRecords.map(\.column) == [2, 5])
  }

  @Test func byDefaultAnUnterminatedQuoteStillStopsTheFile() {
    #expect(
      throws: CSVError(
        file: "u.csv", position: CSVPosition(line: 2, column: 3), field: 2, fieldName: "b",
        problem: .unterminatedQuote)
    ) {
      try CSVReader.parse("a,b\n1,\"open\n2,3\n", fileName: "u.csv")
    }
  }

  @Test func aBlankRecordIsNeverBad() throws {
    let table = try CSVReader.parse("a;b;c\n;;\n\n1;2;3\n", fileName: "b.csv", badRecords: .collect)
    #expect(table.badRecords.isEmpty)
    #expect(table.records.count == 1)
  }
}
