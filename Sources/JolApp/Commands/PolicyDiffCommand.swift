import JolModel
import JolPolicy

/// `jol policy diff OLD NEW --as-of DATE [--facts FILE]`: who gains, who loses and how the money
/// changes when policy OLD is replaced by NEW, over one population on one date: a facts file,
/// or the data directory's learners.
struct PolicyDiffCommand: Command {
  var name: String { "diff" }
  var summary: LocalizedText {
    PolicyCommandText.diffSummary.text()
  }
  var synopsis: String {
    "OLD NEW [--facts FILE.jsonl] [--as-of YYYY-MM-DD] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "facts", value: "FILE.jsonl",
        help: PolicyCommandText.diffFactsOption.text()),
      .asOf, .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 2...2 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let date = try arguments.date("as-of", default: context.console.today)
    let old = try PolicyFiles.policy(arguments.positionals[0], on: date, context)
    let new = try PolicyFiles.policy(arguments.positionals[1], on: date, context)
    let diff = PolicyDiff.compare(
      old: old, new: new, population: try Self.population(arguments, date, old, new, context),
      asOf: date)
    var output = PolicyOutput(context)
    switch format {
    case .json:
      for line in diff.json() { output.line(line) }
    default:
      output.line(diff.text(language: context.language))
    }
    output.flush()
    return .ok
  }

  /// The learners the two versions are compared over: the `--facts` file when given, else
  /// every learner of the data directory as of the date (erased learners left out).
  static func population(
    _ arguments: ParsedArguments, _ date: CivilDate, _ policy: CompiledPolicy,
    _ other: CompiledPolicy, _ context: Context
  ) throws -> [Facts] {
    if let path = arguments.value("facts") {
      return try PolicyFiles.facts(path, for: [policy, other], context)
    }
    guard DataDirectory.isJol(context.dataDirectory) else {
      throw CommandError(Self.needsPopulation, exitCode: .noInput)
    }
    let store = try Store.openForReading(context)
    return LearnerFacts.all(try store.state(TimeSlice(asOf: date)), vault: try store.loadVault())
      .map { $0.facts(asOf: date, policy: policy.id) }
  }
}

extension PolicyDiffCommand {
  fileprivate static let needsPopulation = PolicyCommandText.needsPopulation.text()
}
