import JolModel
import JolPolicy

/// `jol policy eval --policy FILE|ID --facts FILE.jsonl --as-of DATE [--explain]`: decides one
/// policy for every record of a facts file, with no data directory (what-if, integration).
/// JSON output is one decision per line, written in chunks as it is computed (on every core,
/// in the file's order).
struct PolicyEvalCommand: Command {
  var name: String { "eval" }
  var summary: LocalizedText {
    PolicyCommandText.evalSummary.text()
  }
  var synopsis: String {
    "--policy FILE|ID --facts FILE.jsonl [--as-of YYYY-MM-DD] [--explain] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "policy", value: "FILE|ID",
        help: PolicyCommandText.evalPolicyOption.text()),
      OptionSpec(
        "facts", value: "FILE.jsonl",
        help: PolicyCommandText.evalFactsOption.text()),
      .asOf,
      OptionSpec(
        "explain",
        help: PolicyCommandText.evalExplainOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let date = try arguments.date("as-of", default: context.console.today)
    guard let reference = arguments.value("policy") else {
      throw CommandError.usage(Self.missing("--policy FILE|ID"))
    }
    guard let factsPath = arguments.value("facts") else {
      throw CommandError.usage(Self.missing("--facts FILE.jsonl"))
    }
    let (policy, compileAgain) = try PolicyFiles.policyCompiler(reference, on: date, context)
    let population = try PolicyFiles.factsPieces(factsPath, for: [policy], context)
    let explain = arguments.flag("explain")
    let language = context.language
    var output = PolicyOutput(context)
    let counts = DecisionBatches.render(population, into: &output) { run in
      // Each core decides with a compilation of its own (the same texts), and writes only its
      // own buffer.
      let policy = run == 0 ? policy : compileAgain() ?? policy
      let day = policy.day(date)
      return { facts, buffer in
        // Without --explain only what did not pass is shown, with its values, so that a
        // refusal's reasons read "funding: paid", not "funding: ?"; JSON lines then leave the
        // parameters out, text shows them.
        let decision = Evaluator.evaluate(
          policy, facts, on: day, detail: explain ? .full : format == .json ? .reasons : .refusals)
        if format == .json {
          DecisionRenderer.writeJSONLine(decision, language: language, into: &buffer)
        } else {
          DecisionRenderer.writeText(decision, language: language, into: &buffer)
          buffer.byte(UInt8(ascii: "\n"))
        }
        return decision.outcome
      }
    }
    if format != .json {
      output.line(
        context.text(
          Self.tally(
            total: population.reduce(0) { $0 + $1.count }, eligible: counts[.eligible] ?? 0,
            ineligible: counts[.ineligible] ?? 0,
            needsInformation: counts[.needsInformation] ?? 0)))
    }
    output.flush()
    return .ok
  }
}

extension PolicyEvalCommand {
  fileprivate static func missing(_ option: String) -> LocalizedText {
    PolicyCommandText.optionRequired.text(["option": option])
  }

  fileprivate static func tally(total: Int, eligible: Int, ineligible: Int, needsInformation: Int)
    -> LocalizedText
  {
    PolicyCommandText.tally.text([
      "total": "\(total)", "eligible": "\(eligible)", "ineligible": "\(ineligible)",
      "needs_information": "\(needsInformation)",
    ])
  }
}
