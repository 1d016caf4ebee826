import JolDiagnostics
import JolModel

/// Reads answer sheets from a CSV file a teacher made in a spreadsheet: a `pupil` column (an
/// IIN or a local code) and either an `answers` column (`1a 2b 3a …`, `1:4 2:0 …`) or one
/// column per item, `q1`…`qN` (`a`/`b`, `0`–`4`; an empty cell is unanswered). Other columns
/// (names, class) are allowed and not read.
///
/// The whole file is checked first: every problem is listed, each at its file, line and column
/// (inside an `answers` cell, at the answer itself).
enum AnswerSheetFile {
  /// One pupil's sheet and where it is.
  struct Sheet {
    var pupil: String
    var line: Int
    var sheet: AnswerSheet
  }

  static let pupil = CSVColumn("pupil", aliases: ["оқушы", "ученик", "учащийся"])
  static let answers = CSVColumn("answers", aliases: ["жауаптар", "ответы"], required: false)

  /// The sheets of `table`, or every problem found.
  static func read(_ table: CSVTable, for instrument: Instrument) -> Result<[Sheet], Problems> {
    var problems = table.badRecords
    let rows: [CSVRow]
    do {
      rows = try table.bind(columns: [pupil, answers])
    } catch {
      return .failure(Problems(errors: [error]))
    }
    let itemColumns: [(item: Int, field: Int)]
    switch self.itemColumns(table, instrument) {
    case .failure(let error): return .failure(Problems(errors: [error]))
    case .success(let columns): itemColumns = columns
    }
    let hasAnswers = table.columnNames.contains { answers.matches($0) }
    if hasAnswers == !itemColumns.isEmpty {
      let accepted = ["answers", "q1", "…", "q\(instrument.items.count)"]
      let problem: CSVError.Problem =
        hasAnswers
        ? .invalidValue(reason: DiagnoseText.answersAndItemColumns.text())
        : .missingColumn(name: "answers", accepted: accepted)
      return .failure(
        Problems(errors: [
          CSVError(file: table.fileName, position: table.header.positions[0], problem: problem)
        ]))
    }
    var sheets: [Sheet] = []
    for row in rows {
      let unsafe = row.unsafeText().map(\.error)
      problems += unsafe
      let name: String
      do {
        name = try row.value(pupil)
      } catch {
        problems.append(error)
        continue
      }
      guard unsafe.isEmpty else { continue }
      let (sheet, found) =
        itemColumns.isEmpty
        ? fromAnswers(row, table, instrument) : fromItemColumns(row, itemColumns, table, instrument)
      problems += found
      guard found.isEmpty else { continue }
      if let reason = instrument.completeness(of: sheet) {
        let field =
          itemColumns.isEmpty ? table.header.fields.firstIndex { answers.matches($0) } : nil
        problems.append(
          CSVError(
            file: table.fileName,
            position: field.map { row.record.positions[$0] } ?? row.record.positions[0],
            field: field.map { $0 + 1 }, fieldName: field.map { table.header.fields[$0] },
            problem: .invalidValue(reason: reason)))
        continue
      }
      sheets.append(Sheet(pupil: name, line: row.line, sheet: sheet))
    }
    if rows.isEmpty && problems.isEmpty {
      problems.append(
        CSVError(
          file: table.fileName, position: table.header.positions[0],
          problem: .invalidValue(reason: DiagnoseText.noPupils.text())))
    }
    guard problems.isEmpty else {
      return .failure(Problems(errors: problems.sorted { $0.position < $1.position }))
    }
    return .success(sheets)
  }

  /// Every problem of a file, in file order.
  struct Problems: Error {
    var errors: [CSVError]
  }

  /// The `qN` columns of the header: field index by item number. A number the instrument does
  /// not have, or one given twice, is an error at the header.
  private static func itemColumns(_ table: CSVTable, _ instrument: Instrument)
    -> Result<[(item: Int, field: Int)], CSVError>
  {
    var columns: [(item: Int, field: Int)] = []
    for (field, name) in table.header.fields.enumerated() {
      let key = name.lowercased().filter { !$0.isWhitespace }
      guard key.count > 1, key.first == "q",
        key.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
        let number = Int(key.dropFirst())
      else { continue }
      func error(_ reason: LocalizedText) -> CSVError {
        CSVError(
          file: table.fileName, position: table.header.positions[field], field: field + 1,
          fieldName: name, problem: .invalidValue(reason: reason))
      }
      guard (1...instrument.items.count).contains(number) else {
        return .failure(
          error(DiagnoseText.noSuchItemColumn.text(["last": String(instrument.items.count)])))
      }
      if columns.contains(where: { $0.item == number }) {
        return .failure(error(DiagnoseText.itemColumnTwice.text(["number": String(number)])))
      }
      columns.append((number, field))
    }
    return .success(columns)
  }

  private static func fromAnswers(_ row: CSVRow, _ table: CSVTable, _ instrument: Instrument)
    -> (AnswerSheet, [CSVError])
  {
    guard let field = table.header.fields.firstIndex(where: { answers.matches($0) }) else {
      return (AnswerSheet(items: instrument.items.count), [])
    }
    let text = row.record.fields[field]
    let (sheet, problems) = instrument.parseAnswers(text)
    return (
      sheet,
      problems.map { problem in
        CSVError(
          file: table.fileName,
          position: position(in: row.record, field: field, offset: problem.offset),
          field: field + 1, fieldName: table.header.fields[field],
          problem: .invalidValue(reason: problem.reason))
      }
    )
  }

  private static func fromItemColumns(
    _ row: CSVRow, _ columns: [(item: Int, field: Int)], _ table: CSVTable, _ instrument: Instrument
  ) -> (AnswerSheet, [CSVError]) {
    var sheet = AnswerSheet(items: instrument.items.count)
    var problems: [CSVError] = []
    for (item, field) in columns {
      let text = row.record.fields[field]
      switch instrument.parseAnswer(text, item: item) {
      case .success(let value): sheet.answers[item - 1] = value
      case .failure(let problem):
        let leading = text.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        problems.append(
          CSVError(
            file: table.fileName,
            position: position(in: row.record, field: field, offset: leading + problem.offset),
            field: field + 1, fieldName: table.header.fields[field],
            problem: .invalidValue(reason: problem.reason)))
      }
    }
    return (sheet, problems)
  }

  /// Where the scalar at `offset` of a field is: its line and column in the file. A quoted
  /// field starts at its quote, one column before its text (told from the room the field takes
  /// before the next one); a line break inside the field starts a new line.
  static func position(in record: CSVRecord, field: Int, offset: Int) -> CSVPosition {
    let start = record.positions[field]
    let scalars = Array(record.fields[field].unicodeScalars)
    let next = field + 1 < record.positions.count ? record.positions[field + 1] : record.end
    let separator = field + 1 < record.positions.count ? 1 : 0
    let quoted =
      !scalars.contains(where: { $0 == "\n" || $0 == "\r" }) && next.line == start.line
      && next.column - start.column - separator > scalars.count
    var line = start.line
    var column = start.column + (quoted ? 1 : 0)
    var index = 0
    while index < min(offset, scalars.count) {
      if scalars[index] == "\n" || (scalars[index] == "\r" && scalars[safe: index + 1] != "\n") {
        line += 1
        column = 1
      } else if scalars[index] != "\r" {
        column += 1
      }
      index += 1
    }
    return CSVPosition(line: line, column: column)
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
