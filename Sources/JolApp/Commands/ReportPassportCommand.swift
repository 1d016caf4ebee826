import JolModel
import JolReports

/// `jol report passport [--as-of DATE] [--format html|md|json] [--out FILE] [--passport FILE]`:
/// the region's cluster passport (``PassportReport``) with each KPI's value computed from the log
/// as of a date beside its baseline and targets, and its status. The values are the region-wide
/// pathway report's, through the same disclosure control; the same log and options give the same
/// bytes. A passport with problems is exit 65, each problem at its file, line and column.
struct ReportPassportCommand: Command {
  var name: String { "passport" }
  var summary: LocalizedText { ReportCommandText.passportSummary.text() }
  var synopsis: String {
    "[--as-of YYYY-MM-DD] [--format html|md|json] [--out FILE] [--passport FILE]"
  }
  static let formats: [ReportOutput.Format] = [.html, .md, .json]
  var options: [OptionSpec] {
    [
      .asOf, ReportOutput.formatOption(Self.formats), ReportOutput.outOption,
      ReportPassportFile.option,
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try ReportOutput.format(arguments, Self.formats)
    let asOf = try arguments.date("as-of", default: context.console.today)
    let config = try ReportOutput.config(context)
    let kato = try ReferenceData.kato(context)
    let classifier = try ReferenceData.classifier(context)
    guard
      let passport = try ReportPassportFile.load(
        arguments, context, required: true, kato: kato, classifier: classifier)
    else { return .noInput }
    let store = try Store.openForReading(context)
    var learners = try store.learners(TimeSlice(asOf: asOf))
    let names = PathwayNames(kato: kato, classifier: classifier, state: learners.state)
    let pathways = try PathwayReport(
      learners: &learners,
      scope: PathwayScope(asOf: asOf, minimumCellSize: config.minimumCellSize),
      logPosition: store.log?.lastSequence ?? 0, names: names)
    let report = PassportReport(passport: passport, pathways: pathways, names: names)
    let language = context.language
    let text =
      switch format {
      case .html: report.document(language).html(language)
      case .md: report.document(language).markdown(language)
      // CSV is not offered (``formats``): a passport is mostly text.
      case .json, .csv: report.json(language).compact + "\n"
      }
    try ReportOutput.write(text, arguments, context)
    return .ok
  }
}
