import JolModel
import JolPolicy

/// `jol eligibility check IIN|LEARNER-ID|--all [--policy ID] [--as-of DATE] [--explain]
/// [--format text|json]`: decides, from the log as of the date, whether learners are eligible
/// for the policies of the policies directory, and why.
///
/// The JSON lines are those of `jol policy eval` (``DecisionRenderer``), with the learner id as
/// the subject: an IIN typed on the command line is looked up in the vault and never printed.
/// Every policy is taken in the version in effect on the date. Exit 0 when decided (whatever
/// the outcomes), 66 for an unknown learner, 65 when the policies do not check.
struct EligibilityCheckCommand: Command {
  var name: String { "check" }
  var summary: LocalizedText {
    CommandText.eligibilitySummary.text()
  }
  var synopsis: String {
    "IIN|LEARNER-ID|--all [--policy ID] [--as-of YYYY-MM-DD] [--explain] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "all",
        help: CommandText.everyLearner.text()),
      OptionSpec(
        "policy", value: "ID",
        help: CommandText.onlyThisPolicy.text()),
      .asOf,
      OptionSpec(
        "explain",
        help: CommandText.explainOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let asOf = try arguments.date("as-of", default: context.console.today)
    let all = arguments.flag("all")
    guard all != (arguments.positionals.count == 1) else {
      throw CommandError.usage(Messages.subjectOrAll)
    }
    let explain = arguments.flag("explain")
    let policies = try PolicyDirectory.load(context)
    let chosen: [CompiledPolicy]
    if let id = arguments.value("policy") {
      chosen = [try PolicyDirectory.policy(id, in: policies, on: asOf)]
    } else {
      chosen = Array(Set(policies.policies.map(\.id))).sorted().compactMap {
        policies.policy($0, on: asOf)
      }
    }

    let store = try Store.openForReading(context)
    let slice = TimeSlice(asOf: asOf)
    let subjects: [LearnerFacts]
    if all {
      subjects = LearnerFacts.all(try store.state(slice), vault: try store.loadVault())
    } else {
      // One learner: their stream and their row of the vault, each through its index.
      let (id, person) = try LearnerLookup.resolve(arguments.positionals[0]) {
        try store.person(iin: $0)
      }
      guard let learner = try store.learner(id, slice) else {
        throw LearnerLookup.unknownLearner(id)
      }
      subjects = [
        LearnerFacts(
          learner: learner, birthDate: try (person ?? store.person(learner: id))?.birthDateOrHint)
      ]
    }

    var blocks: [String] = []
    for subject in subjects {
      for policy in chosen {
        let facts = subject.facts(asOf: asOf, policy: policy.id)
        // Officers always get the values and nearest misses of what failed.
        let decision = Evaluator.evaluate(
          policy, facts, asOf: asOf, explain: explain || format == .text)
        switch format {
        case .json: context.output(DecisionRenderer.json(decision, language: context.language))
        default: blocks.append(Self.text(decision, explain: explain, context.language))
        }
      }
    }
    if !blocks.isEmpty { context.output(blocks.joined(separator: "\n\n")) }
    return .ok
  }

  /// A decision for an officer: the renderer's text; without `--explain` only the outcome,
  /// amount and the criteria that did not pass, with their values and nearest misses.
  static func text(_ decision: Decision, explain: Bool, _ language: Language) -> String {
    guard !explain else { return DecisionRenderer.text(decision, language: language) }
    var brief = decision
    brief.criteria = decision.criteria.filter { $0.status != .pass }
    brief.parameters = []
    let text = DecisionRenderer.text(brief, language: language)
    // The hash matters for audit (--explain, JSON), not at the counter.
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("  sha256 ") }.joined(separator: "\n")
  }
}

/// `jol eligibility …`: decisions for one learner or all, from the log.
enum EligibilityCommands {
  static let group = CommandGroup(
    name: "eligibility",
    summary: CommandText.eligibilityGroup.text(),
    children: [.command(EligibilityCheckCommand())])
}

extension Messages {
  static let subjectOrAll = CommandText.oneLearnerOrAll.text()
}
