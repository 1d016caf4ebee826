import JolDiagnostics
import JolFormat
import JolModel

extension DiagnosticReport {
  /// Scale | pupils leading on it; a last row for the pupils whose scales tie.
  static func leadingTable(_ instrument: Instrument, _ summary: ClassSummary, _ language: Language)
    -> DataTable
  {
    var table = DataTable(columns: [
      .init("scale", DiagnoseReportText.scaleColumn.text()),
      .init("pupils", DiagnoseReportText.pupilsColumn.text()),
    ])
    for (scale, count) in zip(instrument.scales, summary.leading.map(\.count)) {
      table.rows.append([.string(instrument.texts.scale(scale)[language]), .int(count)])
    }
    table.rows.append([.string(DiagnoseReportText.tiedRow.text(in: language)), .int(summary.tied)])
    return table
  }

  /// Scale | pupils in each band | insufficient. The columns are the bands of all scales by id,
  /// in the order they first appear (the shipped instruments give every scale the same bands),
  /// named as the first scale that has the band names it.
  static func bandsTable(_ instrument: Instrument, _ summary: ClassSummary, _ language: Language)
    -> DataTable
  {
    var bands: [String] = []
    var titles: [LocalizedText] = []
    for scale in instrument.scales {
      for band in scale.bands where !bands.contains(band.id) {
        bands.append(band.id)
        titles.append(instrument.texts.band(band, of: scale))
      }
    }
    var table = DataTable(
      columns: [.init("scale", DiagnoseReportText.scaleColumn.text())]
        + zip(bands, titles).map { DataTable.Column($0, $1) }
        + [.init("insufficient", Profile.insufficientText)])
    for (scale, counts) in zip(instrument.scales, summary.bands) {
      var row: [JSONValue] = [.string(instrument.texts.scale(scale)[language])]
      for band in bands {
        let count = counts.counts.first { $0.band == band }?.count
        row.append(count.map { .int($0) } ?? .null)
      }
      row.append(.int(counts.unbanded))
      table.rows.append(row)
    }
    return table
  }

  /// Learner | class | previous direction (date: directions) | latest.
  static func changesTable(_ summary: ClassSummary, _ language: Language) -> DataTable {
    var table = DataTable(columns: [
      .init("learner", DiagnoseReportText.learnerColumn.text()),
      .init("class", DiagnoseReportText.classColumn.text()),
      .init("previous", DiagnoseReportText.previousColumn.text()),
      .init("latest", DiagnoseReportText.latestColumn.text()),
    ])
    for change in summary.changes {
      func cell(_ result: DiagnosticSummary) -> JSONValue {
        .string(LocalNumber.date(result.date, language) + ": " + direction(result)[language])
      }
      table.rows.append([
        .string(change.learner.rawValue), .string(change.group), cell(change.previous),
        cell(change.latest),
      ])
    }
    return table
  }

  /// A result's leading direction (the `diagnostic_direction` fact) by name; when its scales
  /// tie, the directions they point to written with `=`; `—` for none.
  static func direction(_ result: DiagnosticSummary) -> LocalizedText {
    if let leading = result.leadingDirection { return Direction(rawValue: leading).title }
    guard !result.leadingDirections.isEmpty else { return .same("—") }
    return .each { language in
      result.leadingDirections.map { Direction(rawValue: $0).title[language] }
        .joined(separator: " = ")
    }
  }

  /// The names of flag ids, in the order given.
  static func flagTitles(_ ids: [String]) -> [LocalizedText] {
    ids.flatMap { id in ProfileFlags.all.filter { $0.id == id }.flatMap(\.flag.titles) }
  }
}
