import Foundation
import JolLog
import JolModel
import JolPolicy
import JolReports

/// What `jol report` commands share: the formats, the reporting settings of `Policies/reporting/`
/// and writing the report to standard output or to `--out FILE`.
enum ReportOutput {
  /// The formats of a report.
  enum Format: String, CaseIterable {
    case html
    case md
    case csv
    case json
  }

  /// `--format` with `choices`, and `others` a command reads itself (`merge`).
  static func formatOption(_ choices: [Format], others: [String] = []) -> OptionSpec {
    OptionSpec(
      "format", value: (choices.map(\.rawValue) + others).joined(separator: "|"),
      help: ReportCommandText.formatOption.text())
  }

  static let outOption = OptionSpec(
    "out", value: "FILE", help: ReportCommandText.outOption.text())

  /// `--format`, one of `choices`; the first when absent. The message for another value lists
  /// `others` too: those the command reads itself before asking.
  static func format(_ arguments: ParsedArguments, _ choices: [Format], others: [String] = [])
    throws -> Format
  {
    guard let text = arguments.value("format") else { return choices[0] }
    guard let format = Format(rawValue: text), choices.contains(format) else {
      throw CommandError.usage(
        ParsedArguments.unknownChoice("--format", text, choices.map(\.rawValue) + others))
    }
    return format
  }

  /// The directory of the reporting files.
  static func directory(_ context: Context) -> String { context.policiesDirectory + "/reporting/" }

  /// `reporting.conf`, or the defaults when there is none; a malformed one is exit 65 with each
  /// problem on standard error.
  static func config(_ context: Context) throws -> ReportingConfig {
    let path = directory(context) + ReportingConfig.fileName
    guard builtInText(path) != nil || FileManager.default.fileExists(atPath: path) else {
      return ReportingConfig()
    }
    return try checked(ReportingConfig.parse(try readText(path), file: path), path, context)
  }

  /// The value of a checked reporting file, or exit 65 after listing its problems.
  static func checked<Value>(
    _ result: Result<Value, ReportingErrors>, _ path: String, _ context: Context
  ) throws -> Value {
    switch result {
    case .success(let value): return value
    case .failure(let errors):
      for diagnostic in errors.diagnostics.sorted(by: { $0.location < $1.location }) {
        context.message(diagnostic.description(in: context.language))
      }
      throw CommandError(
        ReportCommandText.reportingFileProblems.text(["path": path]), exitCode: .dataError)
    }
  }

  /// Writes the report's bytes to `--out FILE` (atomically) or to standard output.
  static func write(_ text: String, _ arguments: ParsedArguments, _ context: Context) throws {
    guard let out = arguments.value("out") else {
      context.console.writeOut(text)
      return
    }
    let path = context.console.resolve(out)
    do {
      try AtomicFile.write(Array(text.utf8), to: path)
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: ReportCommandText.notWritten.text(["path": path]))
    }
    context.message(context.text(ReportCommandText.written.text(["path": path])))
  }
}
