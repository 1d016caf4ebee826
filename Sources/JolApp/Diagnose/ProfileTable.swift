import JolDiagnostics
import JolFormat
import JolModel

/// The scored sheets of `jol diagnose score` as rows: JSON Lines with ids (for programs), or a
/// table with names in the reader's language (text and CSV, for people and spreadsheets).
enum ProfileTable {
  /// One JSON object per pupil: `pupil`, `instrument`, `version`, `scores` (scale id → score,
  /// null when insufficient), `bands` (scale id → band id, null when insufficient), `leading`
  /// (scale ids, several when tied), `flags` (flag ids), `missing` (unanswered items), and
  /// `code` for instruments with a code.
  static func json(_ pupil: String, _ profile: Profile, _ instrument: Instrument) -> JSONValue {
    let scales = instrument.scales
    var members: [(String, JSONValue)] = [
      ("pupil", .string(pupil)), ("instrument", .string(instrument.id)),
      ("version", .int(instrument.version)),
      (
        "scores",
        .object(
          scales.indices.map { (scales[$0].id, profile.scores[$0].map { .int($0) } ?? .null) })
      ),
      (
        "bands",
        .object(
          scales.indices.map { index in
            (scales[index].id, .optional(profile.bands[index].map { scales[index].bands[$0].id }))
          })
      ),
      ("leading", .array(profile.leading.map { .string(scales[$0].id) })),
      ("flags", .array(profile.flags.ids.map(JSONValue.string))),
      ("missing", .int(profile.missing)),
    ]
    if let code = instrument.code(of: profile) { members.append(("code", .string(code))) }
    return .object(members)
  }

  /// The table for text and CSV: the pupil, then each scale's score and band (text: one cell
  /// "7 айқын"), the leading scales, the code when there is one, and the flags — names in
  /// `language`.
  static func table(
    _ results: [(pupil: String, profile: Profile)], _ instrument: Instrument, format: OutputFormat,
    language: Language
  ) -> DataTable {
    let texts = instrument.texts
    let scales = instrument.scales
    let combined = format == .text
    var columns = [DataTable.Column("pupil", DiagnoseText.pupilColumn.text())]
    for scale in scales {
      columns.append(.init(scale.id, texts.scale(scale)))
      if !combined {
        columns.append(
          .init(scale.id + "_band", DiagnoseText.bandColumn.text(["scale": texts.scale(scale)])))
      }
    }
    columns.append(.init("leading", DiagnoseText.leadingColumn.text()))
    if instrument.codeLength != nil {
      columns.append(.init("code", DiagnoseText.codeColumn.text()))
    }
    columns.append(.init("flags", DiagnoseText.flagsColumn.text()))
    var table = DataTable(columns: columns)
    let insufficient = Profile.insufficientText[language]
    for (pupil, profile) in results {
      var row: [JSONValue] = [.string(pupil)]
      for (index, scale) in scales.enumerated() {
        let band = profile.bands[index].map { texts.band(scale.bands[$0], of: scale)[language] }
        let score = profile.scores[index].map(String.init)
        if combined {
          row.append(.string(score.map { "\($0) \(band ?? "")" } ?? insufficient))
        } else {
          row.append(score.map { .number($0) } ?? .null)
          row.append(.string(band ?? insufficient))
        }
      }
      row.append(
        .string(profile.leading.map { texts.scale(scales[$0])[language] }.joined(separator: ", ")))
      if let code = instrument.code(of: profile) { row.append(.string(code)) }
      row.append(.string(profile.flags.titles.map { $0[language] }.joined(separator: "; ")))
      table.rows.append(row)
    }
    return table
  }
}
