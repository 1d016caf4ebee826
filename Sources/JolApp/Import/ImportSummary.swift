import JolFormat
import JolModel

/// What an import reports: counts on standard output (text in the language, or one JSON object)
/// and, when the file has errors, every error — exit 65 then, and nothing written.
struct ImportSummary {
  var file: String
  var kind: String
  var dryRun: Bool
  var rows = 0
  /// Events planned (the ones a dry run would append).
  var events = 0
  /// Events appended (0 in a dry run, and for a file already imported).
  var appended = 0
  var duplicates = 0
  var learnersAdded = 0
  var errors: [CSVError] = []
  /// How old words were read, with the number of rows each.
  var notices: [(text: LocalizedText, rows: Int)] = []
  /// Warnings about valid rows (listed; they do not stop the import).
  var warnings: [CSVError] = []
  /// Wall time checking and planning, and writing (vault and log), when the import wrote.
  var seconds: (check: Double, write: Double)?

  mutating func take(_ plan: ImportPlan) {
    rows = plan.rows
    events = plan.eventCount
    duplicates = plan.duplicates
    learnersAdded = plan.learnersAdded
    errors = plan.errors
    notices = plan.notices
    warnings = plan.warnings
  }

  /// Writes the report and returns the exit code: 65 when there are errors, else 0.
  func report(_ format: OutputFormat, _ context: Context) -> ExitCode {
    let language = context.language
    if format == .json {
      context.output(json(language).compact)
    } else {
      for notice in notices { context.message(context.text(Self.notice(notice.text, notice.rows))) }
      for error in errors { context.message(error.message[language]) }
      for warning in warnings {
        context.message(context.text(Self.warningPrefix) + warning.message[language])
      }
      if errors.isEmpty {
        context.output(context.text(text))
      } else {
        context.message(context.text(Self.failed(file, errors.count)))
      }
    }
    return errors.isEmpty ? .ok : .dataError
  }

  func json(_ language: Language) -> JSONValue {
    .object([
      ("file", .string(file)), ("kind", .string(kind)), ("dry_run", .bool(dryRun)),
      ("rows", .int(rows)), ("events", .int(events)), ("appended", .int(appended)),
      ("duplicates", .int(duplicates)), ("learners_added", .int(learnersAdded)),
      (
        "notices",
        .array(
          notices.map {
            .object([("message", .string($0.text[language])), ("rows", .int($0.rows))])
          })
      ),
      (
        "errors",
        .array(
          errors.map { error in
            .object([
              ("file", .string(IIN.maskingAll(in: error.file))), ("line", .int(error.line)),
              ("column", .int(error.column)), ("field", .optional(error.fieldName)),
              ("message", .string(IIN.maskingAll(in: error.reason[language]))),
            ])
          })
      ),
      (
        "warnings",
        .array(
          warnings.map { warning in
            .object([
              ("file", .string(IIN.maskingAll(in: warning.file))), ("line", .int(warning.line)),
              ("column", .int(warning.column)), ("field", .optional(warning.fieldName)),
              ("message", .string(IIN.maskingAll(in: warning.reason[language]))),
            ])
          })
      ),
      (
        "seconds",
        seconds.map {
          .object([
            ("check", .number(Self.format($0.check))), ("write", .number(Self.format($0.write))),
          ])
        }
          ?? .null
      ),
    ])
  }

  private static func format(_ seconds: Double) -> String {
    String(Double((seconds * 1000).rounded()) / 1000)
  }

  private var text: LocalizedText {
    if dryRun {
      return ImportRunText.dryRunSummary.text([
        "file": "\(file)", "rows": "\(rows)", "events": "\(events)", "duplicates": "\(duplicates)",
      ])
    }
    return ImportRunText.summary.text([
      "file": "\(file)", "rows": "\(rows)", "appended": "\(appended)",
      "duplicates": "\(duplicates)", "learners_added": "\(learnersAdded)",
    ])
  }

  /// A notice with the number of rows it concerns.
  static func notice(_ text: LocalizedText, _ rows: Int) -> LocalizedText {
    ImportRunText.notice.text([
      "text": text, "rows": LocalizedText.each { LocalNumber.integer(rows, $0) },
    ])
  }
  static let warningPrefix = ImportRunText.warningPrefix.text()

  static func failed(_ file: String, _ count: Int) -> LocalizedText {
    ImportRunText.failed.text(["file": file, "count": String(count)])
  }

  static func progress(_ file: String, _ done: Int, _ total: Int) -> LocalizedText {
    ImportRunText.progress.text(["file": "\(file)", "total": "\(total)", "done": "\(done)"])
  }

  static func writing(_ file: String, _ count: Int) -> LocalizedText {
    ImportRunText.writing.text(["file": file, "count": String(count)])
  }
}
