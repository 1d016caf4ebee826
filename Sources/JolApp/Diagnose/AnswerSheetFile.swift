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

  /// The pupil: an IIN or a local code (`jol diagnose score`), an IIN (`jol import
  /// diagnostics`, which also reads the column under the IIN's own names).
  static let pupil = CSVColumn(
    "pupil", aliases: ["оқушы", "ученик", "учащийся", "iin", "жсн", "иин"])
  static let answers = CSVColumn("answers", aliases: ["жауаптар", "ответы"], required: false)

  /// The sheets of `table`, or every problem found.
  static func read(_ table: CSVTable, for instrument: Instrument) -> Result<[Sheet], Problems> {
    var problems = table.badRecords
    let rows: [CSVRow]
    let layout: Layout
    do {
      rows = try table.bind(columns: [pupil, answers])
      layout = try Layout.of(table, for: instrument).get()
    } catch {
      return .failure(Problems(errors: [error]))
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
      switch layout.sheet(row) {
      case .success(let sheet): sheets.append(Sheet(pupil: name, line: row.line, sheet: sheet))
      case .failure(let found): problems += found.errors
      }
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

  /// How a file's header says the answers are written: in one `answers` column, or one column
  /// per item. Read once per file; then each row's sheet is read alone (``sheet(_:)``), so an
  /// import reads rows through it one by one.
  struct Layout {
    let instrument: Instrument
    let table: CSVTable
    /// The `answers` column, when the file has one.
    let answersField: Int?
    /// The `qN` columns: field index by item number.
    let itemColumns: [(item: Int, field: Int)]

    /// The layout of `table`'s header, or the problem with it: both an `answers` column and
    /// item columns, neither, an item the instrument does not have, an item given twice.
    static func of(_ table: CSVTable, for instrument: Instrument) -> Result<Layout, CSVError> {
      let itemColumns: [(item: Int, field: Int)]
      switch AnswerSheetFile.itemColumns(table, instrument) {
      case .failure(let error): return .failure(error)
      case .success(let columns): itemColumns = columns
      }
      let answersField = table.header.fields.firstIndex { answers.matches($0) }
      if (answersField != nil) == !itemColumns.isEmpty {
        let accepted = ["answers", "q1", "…", "q\(instrument.items.count)"]
        let problem: CSVError.Problem =
          answersField != nil
          ? .invalidValue(reason: DiagnoseText.answersAndItemColumns.text())
          : .missingColumn(name: "answers", accepted: accepted)
        return .failure(
          CSVError(file: table.fileName, position: table.header.positions[0], problem: problem))
      }
      return .success(
        Layout(
          instrument: instrument, table: table, answersField: answersField,
          itemColumns: itemColumns))
    }

    /// One row's sheet, or every problem of its answers, each at its line and column: an
    /// unknown item or option, a rating out of range, an item answered twice, too many
    /// unanswered items.
    func sheet(_ row: CSVRow) -> Result<AnswerSheet, Problems> {
      let (sheet, found) =
        itemColumns.isEmpty
        ? fromAnswers(row) : fromItemColumns(row)
      guard found.isEmpty else { return .failure(Problems(errors: found)) }
      if let reason = instrument.completeness(of: sheet) {
        let field = itemColumns.isEmpty ? answersField : nil
        return .failure(
          Problems(errors: [
            CSVError(
              file: table.fileName,
              position: field.map { row.record.positions[$0] } ?? row.record.positions[0],
              field: field.map { $0 + 1 }, fieldName: field.map { table.header.fields[$0] },
              problem: .invalidValue(reason: reason))
          ]))
      }
      return .success(sheet)
    }

    private func fromAnswers(_ row: CSVRow) -> (AnswerSheet, [CSVError]) {
      guard let field = answersField else {
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

    private func fromItemColumns(_ row: CSVRow) -> (AnswerSheet, [CSVError]) {
      var sheet = AnswerSheet(items: instrument.items.count)
      var problems: [CSVError] = []
      for (item, field) in itemColumns {
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
