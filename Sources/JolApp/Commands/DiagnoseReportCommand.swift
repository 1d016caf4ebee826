import JolDiagnostics
import JolFormat
import JolModel

/// `jol diagnose report (--school ID [--class NAME] | --learner IIN|ID) [--as-of DATE]
/// [--format html|md|csv|json] [--out FILE]`: the career-guidance teacher's report
/// (``DiagnosticReport``), from the state as of the date.
///
/// - A school or a class: each instrument's summary (``ClassSummary``: pupils by leading scale
///   and by band of each scale, the results to read with care, the pupils whose leading
///   direction changed since their previous administration); the HTML adds every pupil's
///   profile on its own printed page.
/// - A learner: their profile (``PupilProfilePage``), from the same guidance as
///   `jol diagnose recommend`.
///
/// Pupils are named by learner ID only (never a name or an IIN, even when the learner is asked
/// for by IIN), as `jol diagnose recommend` names them. The report is for the school's own work:
/// it lists pupils, so hiding small counts (the reporting minimum cell size of
/// `jol report pathways`) would protect no one, and it is not applied; the report says it is not
/// for publication. Every format carries the note that results guide and never select (CSV on
/// standard error). The same log, options and date give the same bytes.
///
/// Exit 65 for an unknown school or a class with no pupils on the date (the classes there are
/// are named); 66 for an unknown learner or when no pupil has a result by the date.
struct DiagnoseReportCommand: Command {
  var name: String { "report" }
  var summary: LocalizedText { DiagnoseReportText.reportSummary.text() }
  var synopsis: String {
    "(--school ID [--class NAME] | --learner IIN|ID) [--as-of YYYY-MM-DD]"
      + " [--format html|md|csv|json] [--out FILE]"
  }
  static let formats: [ReportOutput.Format] = [.html, .md, .csv, .json]
  var options: [OptionSpec] {
    [
      OptionSpec("school", value: "ID", help: DiagnoseReportText.schoolOption.text()),
      OptionSpec("class", value: "NAME", help: DiagnoseReportText.classOption.text()),
      OptionSpec("learner", value: "IIN|ID", help: DiagnoseReportText.learnerOption.text()),
      .asOf, ReportOutput.formatOption(Self.formats), ReportOutput.outOption,
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try ReportOutput.format(arguments, Self.formats)
    let asOf = try arguments.date("as-of", default: context.console.today)
    let school = arguments.value("school")
    let group = try arguments.value("class").map { text in
      guard let group = SchoolClass(text) else {
        throw CommandError.usage(DiagnoseReportText.badClass.text(["text": text]))
      }
      return group
    }
    let learner = arguments.value("learner")
    if learner != nil && (school != nil || group != nil) {
      throw CommandError.usage(DiagnoseReportText.learnerAlone.text())
    }
    if group != nil && school == nil {
      throw CommandError.usage(DiagnoseReportText.classNeedsSchool.text())
    }
    guard school != nil || learner != nil else {
      throw CommandError.usage(DiagnoseReportText.needsSubject.text())
    }
    let store = try Store.openForReading(context)
    let slice = TimeSlice(asOf: asOf)
    let report: DiagnosticReport
    if let learner {
      // One pupil: their stream alone, through the stream index, and the colleges.
      let id = try LearnerLookup.resolve(learner) { try store.person(iin: $0) }.0
      guard let pupil = try store.learner(id, slice) else { throw LearnerLookup.unknownLearner(id) }
      report = try DiagnosticReport.learner(
        pupil, asOf: asOf, source: GuidanceSource(state: store.organisations(slice), context))
    } else {
      // A school: each learner looked at once, in a pass over the snapshot where there is one.
      var learners = try store.learners(slice)
      let source = try GuidanceSource(state: learners.state, context)
      report = try DiagnosticReport.school(
        InstitutionID(rawValue: school ?? ""), group: group, learners: &learners, asOf: asOf,
        source: source)
    }
    try ReportOutput.write(Self.render(report, format, context.language), arguments, context)
    if format == .csv { context.message(context.text(Guidance.note)) }
    return .ok
  }

  /// The report's bytes in `format` and `language`.
  static func render(
    _ report: DiagnosticReport, _ format: ReportOutput.Format, _ language: Language
  ) -> String {
    switch format {
    case .html: report.document(language).html(language)
    case .md: report.document(language).markdown(language)
    case .csv: report.table(language).rendered(.csv, language: language) + "\n"
    case .json: report.json.pretty + "\n"
    }
  }
}
