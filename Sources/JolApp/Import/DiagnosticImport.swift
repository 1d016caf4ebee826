import JolDiagnostics
import JolModel

/// `jol import diagnostics --instrument ID[@VERSION] FILE.csv [--date D]`: a class's answer
/// sheets, in the CSV shapes `jol diagnose score` reads (``AnswerSheetFile``: a `pupil` column,
/// here an IIN, and an `answers` column or `q1`…`qN`), each scored and recorded as a
/// `learner.diagnostic_completed` event (raw answers, `instrument@version`, scores, bands,
/// leading scales, flags and the leading directions through the crosswalk), planned by
/// ``DiagnosticPlanner``. A row may give its own `date`; `--date` gives the others' (else today).
struct DiagnosticImport: ImportKind {
  static var columns: [CSVColumn] {
    [AnswerSheetFile.pupil, AnswerSheetFile.answers, ImportColumns.date]
  }
  static var readsSpecialties: Bool { false }
  static var dateOption: String { "date" }
  static var synopsis: String { "--instrument ID[@VERSION] " }
  static var options: [OptionSpec] {
    [OptionSpec("instrument", value: "ID[@VERSION]", help: DiagnoseText.instrumentOption.text())]
  }

  var planner = DiagnosticPlanner()
  /// The file's answer columns and the instrument, read by ``prepare(_:_:_:)``.
  private var layout: AnswerSheetFile.Layout?
  private var crosswalk: Crosswalk?

  static func column(_ field: DiagnosticPlanner.Field) -> CSVColumn {
    switch field {
    case .iin: AnswerSheetFile.pupil
    }
  }

  mutating func prepare(_ table: CSVTable, _ arguments: ParsedArguments, _ context: Context)
    throws -> [CSVError]
  {
    guard let reference = arguments.value("instrument") else {
      throw CommandError.usage(DiagnoseText.instrumentRequired.text())
    }
    let instrument = try InstrumentFiles.instrument(reference, context)
    crosswalk = try CrosswalkFiles.crosswalk(for: instrument, context)
    switch AnswerSheetFile.Layout.of(table, for: instrument) {
    case .success(let layout):
      self.layout = layout
      return []
    case .failure(let error):
      return [error]
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> DiagnosticRow? {
    let iin = reader.iin(AnswerSheetFile.pupil)
    let date = reader.date(ImportColumns.date, default: base.effective)
    guard let layout, !reader.hasUnsafeText else { return nil }
    switch layout.sheet(reader.row) {
    case .failure(let problems):
      reader.fail(problems.errors)
      return nil
    case .success(let sheet):
      guard let iin, let date else { return nil }
      return DiagnosticRow(
        iin: iin, date: date, result: layout.instrument.result(sheet, crosswalk: crosswalk))
    }
  }
}
