import JolModel
import JolPolicy

/// `jol policy show ID|FILE`: a policy summarised for officers, in their language: title, legal
/// basis, dates, parameters with the days their values change, criteria with their reason
/// texts, amounts and the round's ranking, seats and quotas.
struct PolicyShowCommand: Command {
  var name: String { "show" }
  var summary: LocalizedText {
    PolicyCommandText.showSummary.text()
  }
  var synopsis: String { "ID|FILE [--as-of YYYY-MM-DD]" }
  var options: [OptionSpec] { [.asOf] }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let date = try arguments.date("as-of", default: context.console.today)
    let policy = try PolicyFiles.policy(arguments.positionals[0], on: date, context)
    context.output(PolicyOutlineRenderer.text(policy, asOf: date, language: context.language))
    return .ok
  }
}
