import JolDiagnostics
import JolFormat
import JolModel

/// `jol diagnose check [DIR…]`: checks every instrument under `Policies/diagnostics/` (or the
/// folders given) with its kk/ru/en texts, and the crosswalk (`*.crosswalk`) against them and
/// the TVET classifier, and lists each problem as
/// `file:line:column: error: message`, then a summary. Exit 0 when every instrument checks, 65
/// on any error.
///
/// JSON lines: one object per problem (`file`, `line`, `column`, `severity`, `message`); the
/// summary goes to standard error.
struct DiagnoseCheckCommand: Command {
  var name: String { "check" }
  var summary: LocalizedText { DiagnoseText.checkSummary.text() }
  var synopsis: String { "[DIR…] [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let paths =
      arguments.positionals.isEmpty
      ? [InstrumentFiles.directory(context)] : arguments.positionals.map(context.console.resolve)
    var loaded = try InstrumentFiles.load(paths, context)
    let crosswalk = try CrosswalkFiles.load(paths, instruments: loaded, context)
    loaded.errors = (loaded.errors + crosswalk.errors).sorted()
    guard loaded.fileCount + crosswalk.fileCount > 0 else {
      let list = paths.map { PolicyFiles.display($0, context) }.joined(separator: ", ")
      throw CommandError(DiagnoseText.noInstruments.text(["list": list]), exitCode: .noInput)
    }
    var output = PolicyOutput(context)
    for error in loaded.errors {
      switch format {
      case .json:
        output.line(
          JSONValue.object([
            ("file", .string(error.file)), ("line", .int(error.line)),
            ("column", .int(error.column)),
            ("severity", .string("error")), ("message", .string(error.message[context.language])),
          ]).compact)
      default:
        output.line(error.description(in: context.language))
      }
    }
    let summary =
      loaded.errors.isEmpty
      ? DiagnoseText.checkedClean.text(["files": String(loaded.fileCount)])
      : DiagnoseText.checkedWithErrors.text([
        "files": String(loaded.fileCount), "errors": String(loaded.errors.count),
        "unusable": String(loaded.fileCount - loaded.instruments.count),
      ])
    if format == .json {
      context.message(context.text(summary))
    } else {
      output.line(context.text(summary))
    }
    output.flush()
    return loaded.errors.isEmpty ? .ok : .dataError
  }
}
