import JolDiagnostics
import JolFormat
import JolModel

extension DiagnosticReport {
  /// The report for programs, with ids (the same in every language): `school`, `class`,
  /// `learner` (null where they do not apply), `as_of`, `pupil_count`, `instruments` (each
  /// summary: `instrument`, `pupils`, `leading` [`scale`, `pupils`], `tied`, `bands` [`scale`,
  /// `counts` [`band`, `pupils`], `insufficient`], `flagged` [`learner`, `class`, `flags`],
  /// `compared`, `changed`, `changes` [`learner`, `class`, `previous_date`,
  /// `previous_direction`, `previous_directions`, `latest_date`, `latest_direction`,
  /// `latest_directions`]), `pupils` (`learner`, `class`, `results`) and `note` (kk, ru, en).
  /// A class's `results` are the scored results; a learner's are `jol diagnose recommend`'s
  /// objects, with the recommendations.
  var json: JSONValue {
    var school: JSONValue = .null
    var group: JSONValue = .null
    var learner: JSONValue = .null
    switch subject {
    case .school(let id, _, let label):
      school = .string(id.rawValue)
      group = .optional(label)
    case .learner(let id):
      learner = .string(id.rawValue)
      group = .optional(pupils.first?.group)
    }
    return .object([
      ("school", school), ("class", group), ("learner", learner),
      ("as_of", .string(asOf.description)), ("pupil_count", .int(pupils.count)),
      ("instruments", .array(summaries.map { Self.json($0.summary) })),
      (
        "pupils",
        .array(
          pupils.map { pupil in
            .object([
              ("learner", .string(pupil.learner.rawValue)), ("class", .optional(pupil.group)),
              (
                "results",
                .array(
                  pupil.results.map { result in
                    isProfile
                      ? GuidanceView.json(result.guidance, learner: pupil.learner)
                      : Self.json(result)
                  })
              ),
            ])
          })
      ),
      ("note", .object(Language.allCases.map { ($0.rawValue, .string(Guidance.note[$0])) })),
    ])
  }

  /// The pupils' results for a spreadsheet, one row per pupil, instrument and scale, names in
  /// `language`: `learner`, `class`, `instrument` (id@version), `date`, `scale`, `score`,
  /// `maximum`, `band`, `leading` (whether the scale leads), `flags`, `direction` (the leading
  /// direction; tied ones joined with `=`).
  func table(_ language: Language) -> DataTable {
    var table = DataTable(columns: [
      .init("learner", DiagnoseReportText.learnerColumn.text()),
      .init("class", DiagnoseReportText.classColumn.text()),
      .init("instrument", DiagnoseReportText.instrumentColumn.text()),
      .init("date", DiagnoseReportText.dateColumn.text()),
      .init("scale", DiagnoseReportText.scaleColumn.text()),
      .init("score", DiagnoseReportText.scoreColumn.text()),
      .init("maximum", DiagnoseReportText.maximumColumn.text()),
      .init("band", DiagnoseReportText.bandColumn.text()),
      .init("leading", DiagnoseReportText.leadingColumn.text()),
      .init("flags", DiagnoseReportText.flagsColumn.text()),
      .init("direction", DiagnoseReportText.directionColumn.text()),
    ])
    for pupil in pupils {
      for result in pupil.results {
        let guidance = result.guidance
        let flags = guidance.flagTitles.map { $0[language] }.joined(separator: "; ")
        let direction = Self.direction(result.stored)[language]
        for scale in guidance.scales {
          table.rows.append([
            .string(pupil.learner.rawValue), .optional(pupil.group),
            .string(guidance.instrument.description), .string(guidance.date.description),
            .string(scale.name[language]), scale.score.map { .number($0.description) } ?? .null,
            .int(scale.maximum), .optional(scale.bandName?[language]),
            .bool(guidance.leading.contains(scale.id)), .string(flags), .string(direction),
          ])
        }
      }
    }
    return table
  }

  /// A scored result: `instrument`, `version`, `date`, `scores` [`scale`, `score`, `band`],
  /// `leading`, `flags`, `direction`, `directions`.
  private static func json(_ result: Result) -> JSONValue {
    let guidance = result.guidance
    return .object([
      ("instrument", .string(guidance.instrument.id)),
      ("version", .int(guidance.instrument.version)),
      ("date", .string(guidance.date.description)),
      (
        "scores",
        .array(
          guidance.scales.map { scale in
            .object([
              ("scale", .string(scale.id)),
              ("score", scale.score.map { .number($0.description) } ?? .null),
              ("band", .optional(scale.band)),
            ])
          })
      ),
      ("leading", .array(guidance.leading.map(JSONValue.string))),
      ("flags", .array(guidance.flags.map(JSONValue.string))),
      ("direction", .optional(result.stored.leadingDirection)),
      ("directions", .array(result.stored.leadingDirections.map(JSONValue.string))),
    ])
  }

  private static func json(_ summary: ClassSummary) -> JSONValue {
    func change(_ change: ClassSummary.Change) -> JSONValue {
      .object([
        ("learner", .string(change.learner.rawValue)), ("class", .string(change.group)),
        ("previous_date", .string(change.previous.date.description)),
        ("previous_direction", .optional(change.previous.leadingDirection)),
        ("previous_directions", .array(change.previous.leadingDirections.map(JSONValue.string))),
        ("latest_date", .string(change.latest.date.description)),
        ("latest_direction", .optional(change.latest.leadingDirection)),
        ("latest_directions", .array(change.latest.leadingDirections.map(JSONValue.string))),
      ])
    }
    return .object([
      ("instrument", .string(summary.instrument)), ("pupils", .int(summary.pupils)),
      (
        "leading",
        .array(
          summary.leading.map {
            .object([("scale", .string($0.scale)), ("pupils", .int($0.count))])
          })
      ),
      ("tied", .int(summary.tied)),
      (
        "bands",
        .array(
          summary.bands.map { scale in
            .object([
              ("scale", .string(scale.scale)),
              (
                "counts",
                .array(
                  scale.counts.map {
                    .object([("band", .string($0.band)), ("pupils", .int($0.count))])
                  })
              ),
              ("insufficient", .int(scale.unbanded)),
            ])
          })
      ),
      (
        "flagged",
        .array(
          summary.flagged.map { pupil in
            .object([
              ("learner", .string(pupil.learner.rawValue)), ("class", .string(pupil.group)),
              ("flags", .array(pupil.flags.map(JSONValue.string))),
            ])
          })
      ),
      ("compared", .int(summary.compared)), ("changed", .int(summary.changes.count)),
      ("changes", .array(summary.changes.map(change))),
    ])
  }
}
