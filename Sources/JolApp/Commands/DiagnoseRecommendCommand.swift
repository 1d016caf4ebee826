import JolDiagnostics
import JolFormat
import JolModel

/// `jol diagnose recommend IIN|LEARNER-ID [--as-of D] [--format text|json]`: the learner's latest
/// diagnostic result as of the date, its bands in words, and the recommended directions,
/// specialties and the region's colleges that teach them in the learner's language (own district
/// first), each with its reason (``Guidance``). Results guide; they never select: every output
/// says so (text at its end, JSON in `note`).
///
/// Exit 66 when the learner is unknown or has no result on or before the date.
struct DiagnoseRecommendCommand: Command {
  var name: String { "recommend" }
  var summary: LocalizedText { DiagnosticsText.recommendSummary.text() }
  var synopsis: String { "IIN|LEARNER-ID [--as-of YYYY-MM-DD] [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json]), .asOf] }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let asOf = try arguments.date("as-of", default: context.console.today)
    let store = try Store.openForReading(context)
    let (id, _) = try LearnerLookup.resolve(arguments.positionals[0]) {
      try store.person(iin: $0)
    }
    guard let learner = try store.learner(id) else { throw LearnerLookup.unknownLearner(id) }
    guard let result = learner.latestDiagnostic(onOrBefore: asOf) else {
      throw CommandError(
        DiagnosticsText.noResult.text(["learner": id.rawValue, "date": asOf.description]),
        exitCode: .noInput)
    }
    let guidance = try GuidanceSource(state: store.organisations(), context).guidance(
      learner, result, on: asOf)
    switch format {
    case .json: context.output(GuidanceView.json(guidance, learner: id).compact)
    default: context.output(GuidanceView.text(guidance, learner: id, context.language))
    }
    return .ok
  }
}
