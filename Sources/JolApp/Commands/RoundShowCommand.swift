import JolFormat
import JolModel

/// `jol round show ROUND-ID [--format text|json]`: what the log recorded of a round — policy,
/// version and text hash, decision date, log position, seed, summary, results hash.
struct RoundShowCommand: Command {
  var name: String { "show" }
  var summary: LocalizedText {
    RoundText.showSummary.text()
  }
  var synopsis: String { "ROUND-ID [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let id = RoundID(arguments.positionals[0])
    let store = try Store.openForReading(context)
    let run = try store.events(of: .round(id)).lazy.compactMap {
      if case .roundRun(let run) = $0.event { run } else { nil }
    }.last
    guard let run else { throw CommandError(Messages.unknownRound(id), exitCode: .noInput) }
    let fields: [(String, JSONValue)] = [
      ("round", .string(id.rawValue)), ("policy", .string(run.policy.rawValue)),
      ("policy_version", .int(run.policyVersion)), ("policy_sha256", .string(run.policySHA256)),
      ("group_sha256", .array(run.groupSHA256.map(JSONValue.string))),
      ("as_of", .string(run.asOf.description)), ("log_position", .int(run.logPosition)),
      ("seed", .string(run.seed)), ("applicants", .int(run.applicants)),
      ("awarded", .int(run.awarded)), ("total_amount", .string(run.totalAmount.description)),
      ("results_sha256", .string(run.resultsSHA256)),
    ]
    if format == .json {
      context.output(JSONValue.object(fields).compact)
      return .ok
    }
    let language = context.language
    let lines: [(RoundText, String)] = [
      (.round, id.rawValue), (.showPolicy, "\(run.policy.rawValue) v\(run.policyVersion)"),
      (.showPolicyHash, run.policySHA256),
      (.showGroupHash, run.groupSHA256.joined(separator: ", ")),
      (.showAsOf, run.asOf.description),
      (.showLogPosition, LocalNumber.integer(run.logPosition, language)),
      (.showSeed, run.seed.isEmpty ? "—" : run.seed),
      (.applicants, LocalNumber.integer(run.applicants, language)),
      (.awarded, LocalNumber.integer(run.awarded, language)),
      (.total, LocalNumber.money(run.totalAmount, language)), (.results, run.resultsSHA256),
    ]
    for (label, value) in lines { context.output(label.text()[language] + ": " + value) }
    return .ok
  }
}

/// `jol round …`: funding rounds.
enum RoundCommands {
  static let group = CommandGroup(
    name: "round",
    summary: RoundText.roundGroup.text(),
    children: [
      .command(RoundRunCommand()), .command(RoundReplayCommand()), .command(RoundShowCommand()),
    ])
}
