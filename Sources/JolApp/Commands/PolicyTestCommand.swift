import JolFormat
import JolModel
import JolPolicy

/// `jol policy test [DIR]`: runs every `.tests` file against the policy it names, one line per
/// case (PASS, or FAIL with what differed). Exit 0 when all pass, 1 on any failure, 65 when the
/// policies or test files have errors.
struct PolicyTestCommand: Command {
  var name: String { "test" }
  var summary: LocalizedText {
    PolicyCommandText.testSummary.text()
  }
  var synopsis: String { "[DIR] [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let directory =
      arguments.positionals.first.map(context.console.resolve)
      ?? context.policiesDirectory
    let policyFiles = try PolicyFiles.read(
      PolicyFiles.find([directory], suffix: "policy", context), context)
    let (set, policyErrors) = PolicySet.load(
      files: policyFiles, codes: try PolicyFiles.classifier(for: directory, context))
    guard policyErrors.isEmpty else { throw PolicyFiles.report(policyErrors, context) }
    let testFiles = try PolicyFiles.read(
      PolicyFiles.find([directory], suffix: "tests", context), context)
    guard !testFiles.isEmpty else {
      throw CommandError(Self.noTests(PolicyFiles.display(directory, context)), exitCode: .noInput)
    }
    let (results, testErrors) = PolicyTestRunner.run(files: testFiles, policies: set)
    guard testErrors.isEmpty else { throw PolicyFiles.report(testErrors, context) }

    var output = PolicyOutput(context)
    for result in results {
      switch format {
      case .json:
        output.line(
          JSONValue.object([
            ("file", .string(result.location.file)), ("line", .int(result.location.line)),
            ("column", .int(result.location.column)), ("name", .string(result.name)),
            ("status", .string(result.passed ? "pass" : "fail")),
            ("failures", .array(result.failures.map { .string($0[context.language]) })),
          ]).compact)
      default:
        output.line("\(result.passed ? "PASS" : "FAIL") \(result.location) \(result.name)")
        for failure in result.failures { output.line("     \(failure[context.language])") }
      }
    }
    let failed = results.filter { !$0.passed }.count
    let summary = context.text(
      Self.summary(passed: results.count - failed, failed: failed, files: testFiles.count))
    if format == .json { context.message(summary) } else { output.line(summary) }
    output.flush()
    return failed == 0 ? .ok : .failure
  }
}

extension PolicyTestCommand {
  fileprivate static func summary(passed: Int, failed: Int, files: Int) -> LocalizedText {
    PolicyCommandText.testTally.text([
      "files": "\(files)", "passed": "\(passed)", "failed": "\(failed)",
    ])
  }

  fileprivate static func noTests(_ directory: String) -> LocalizedText {
    PolicyCommandText.noTests.text(["directory": directory])
  }
}
