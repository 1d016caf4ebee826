import JolModel
import JolReports

/// `jol report pathways --as-of DATE [--format html|md|csv|json|merge] [--out FILE]
/// [--district CODE] [--cohort YEAR]`: the pathway report for the akimat (``PathwayReport``),
/// from the log as of a date: the region's state folded from the events effective by then, all
/// of the log read.
///
/// `--format merge` writes the region's merge file instead (``PathwayMergeFile``): its raw,
/// unsuppressed counts for `jol report merge`, marked `"purpose": "merge"` with a warning that
/// it is not for publication (said on standard error too).
///
/// The same log and the same options give the same bytes: nothing in the report depends on
/// the clock, the machine or the order of a dictionary. The header names the date, the log
/// position (the sequence of the log's last event) and the policy versions published by then
/// (in CSV, as the leading lines of the table `meta`).
/// When the region has a cluster passport (`--passport FILE`, else the one `*.passport` of
/// `Policies/reporting/`), the region-wide report ends with its KPIs against their targets.
struct ReportPathwaysCommand: Command {
  var name: String { "pathways" }
  var summary: LocalizedText { ReportCommandText.pathwaysSummary.text() }
  var synopsis: String {
    "--as-of YYYY-MM-DD [--format html|md|csv|json|merge] [--out FILE] [--district CODE]"
      + " [--cohort YEAR]"
      + " [--passport FILE]"
  }
  static let formats: [ReportOutput.Format] = [.html, .md, .csv, .json]
  /// `--format merge`: the region's merge file, not a rendering of the report.
  static let merge = "merge"
  var options: [OptionSpec] {
    [
      .asOf, ReportOutput.formatOption(Self.formats, others: [Self.merge]),
      ReportOutput.outOption,
      OptionSpec("district", value: "CODE", help: ReportCommandText.districtOption.text()),
      OptionSpec("cohort", value: "YEAR", help: ReportCommandText.cohortOption.text()),
      ReportPassportFile.option,
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let writesMergeFile = arguments.value("format") == Self.merge
    let format =
      try writesMergeFile ? nil : ReportOutput.format(arguments, Self.formats, others: [Self.merge])
    let asOf = try arguments.date("as-of", default: context.console.today)
    let cohort = try Self.cohort(arguments.value("cohort"))
    let config = try ReportOutput.config(context)
    let kato = try ReferenceData.kato(context)
    let classifier = try ReferenceData.classifier(context)
    let passport = try ReportPassportFile.load(
      arguments, context, required: false, kato: kato, classifier: classifier)
    let store = try Store.openForReading(context)
    // Each learner is looked at once: read in one pass over the snapshot where it serves.
    var learners = try store.learners(TimeSlice(asOf: asOf))
    // A district the KATO table does not know is a typo, not an empty report.
    if let district = arguments.value("district"),
      case .failure(let error) = kato.district(
        district, in: nil)
    {
      throw CommandError.usage(
        LocalizedText.each { "--district: " + error.reason[$0] })
    }
    let scope = PathwayScope(
      asOf: asOf, cohort: cohort, district: arguments.value("district"),
      minimumCellSize: config.minimumCellSize)
    let logPosition = store.log?.lastSequence ?? 0
    guard let format else {
      // A merge file holds counts before disclosure control: it is written from the state,
      // never rendered from a (protected) report.
      let file = try PathwayMergeFile(
        learners: &learners, scope: scope, logPosition: logPosition, passport: passport)
      context.message(context.text(MergeMessage.warning.text()))
      try ReportOutput.write(file.json().pretty + "\n", arguments, context)
      return .ok
    }
    let names = PathwayNames(kato: kato, classifier: classifier, state: learners.state)
    var report = try PathwayReport(
      learners: &learners, scope: scope, logPosition: logPosition, names: names)
    if let passport { report = report.with(passport: passport) }
    try ReportOutput.write(Self.render(report, format, context.language), arguments, context)
    return .ok
  }

  static func render(_ report: PathwayReport, _ format: ReportOutput.Format, _ language: Language)
    -> String
  {
    switch format {
    case .html: report.document(language).html(language)
    case .md: report.document(language).markdown(language)
    case .csv: report.csv(language)
    case .json: report.json(language).compact + "\n"
    }
  }

  static func cohort(_ text: String?) throws -> Int? {
    guard let text else { return nil }
    guard let year = Int(text), (2000...2100).contains(year) else {
      throw CommandError.usage(ReportCommandText.badCohort.text(["text": text]))
    }
    return year
  }
}
