import JolFormat
import JolMatching
import JolModel

/// `jol match solve FILE.json [--seed N] [--format text|json]`: solves a matching instance file
/// (the README's "Matching instances"), checks the result with the independent verifier and
/// prints the assignment, cutoffs and each student's explanation. No data directory: what-if
/// studies and audits. A bad instance lists every error by JSON path and exits 65.
struct MatchSolveCommand: Command {
  var name: String { "solve" }
  var summary: LocalizedText { MatchCommandText.solveSummary.text() }
  var synopsis: String { "FILE.json [--seed N] [--format text|json]" }
  var options: [OptionSpec] {
    [
      .format([.text, .json]),
      OptionSpec("seed", value: "N", help: MatchCommandText.seedOption.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    var seed: UInt64 = 0
    if let text = arguments.value("seed") {
      guard let value = UInt64(text) else {
        throw CommandError.usage(MatchCommandText.badSeed.text(["text": text]))
      }
      seed = value
    }
    let path = context.console.resolve(arguments.positionals[0])
    let name = PolicyFiles.display(path, context)
    let read = MatchingInstanceFile.read(try readBytes(path))
    let warnings = read.warnings.map { Self.line(name, $0, context.language) }
    for warning in warnings {
      context.message(MatchCommandText.warning.text(["text": warning], in: context.language))
    }
    guard read.errors.isEmpty, let instance = read.instance else {
      for error in read.errors { context.message(Self.line(name, error, context.language)) }
      throw CommandError(
        MatchCommandText.errorsFound.text(["count": "\(read.errors.count)"]), exitCode: .dataError)
    }
    let result: MatchingResult<String, String, String>
    do {
      result = try instance.solve(seed: seed)
    } catch {
      // The file's reading already listed every problem; this is only the engine agreeing.
      throw CommandError(
        MatchCommandText.errorsFound.text(["count": "\(error.problems.count)"]),
        exitCode: .dataError)
    }
    let report = result.verify()
    if format == .json {
      context.output(
        result.json(report: report, warnings: warnings, language: context.language).compact)
    } else {
      MatchSolveOutput.text(result, report: report, context)
    }
    guard report.isStable else {
      for line in report.messages(in: context.language) { context.message(line) }
      return .failure
    }
    return .ok
  }

  /// `FILE:line:column: path: message`, or `FILE: path: message`.
  private static func line(
    _ file: String, _ finding: MatchingInstanceFile.Finding, _ language: Language
  ) -> String {
    // An id may hold a character that acts on a terminal (reported as an error, and shown).
    TextSafety.displayable(
      file + (finding.line == nil ? ": " : ":") + finding.description(in: language))
  }
}
