import Foundation
import JolDiagnostics
import JolFormat
import JolModel

/// `jol diagnose score --instrument ID[@VERSION] FILE.csv`: scores a class's answer sheets and
/// prints each pupil's profile, storing nothing (no data directory needed). The CSV is read by
/// ``AnswerSheetFile``; the whole file is checked first and every problem listed with its line
/// and column on standard error (exit 65, nothing printed). An unknown instrument or version is
/// exit 65 too, naming those there are.
///
/// Text and CSV name scales, bands and flags in the reader's language (``ProfileTable``); JSON
/// Lines give ids. Results guide and never select: text output ends with that line, and CSV and
/// JSON, which programs read, carry it on standard error.
struct DiagnoseScoreCommand: Command {
  var name: String { "score" }
  var summary: LocalizedText { DiagnoseText.scoreSummary.text() }
  var synopsis: String { "--instrument ID[@VERSION] FILE.csv [--format text|json|csv]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "instrument", value: "ID[@VERSION]", help: DiagnoseText.instrumentOption.text()),
      .format([.text, .json, .csv]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    guard let reference = arguments.value("instrument") else {
      throw CommandError.usage(DiagnoseText.instrumentRequired.text())
    }
    let instrument = try InstrumentFiles.instrument(reference, context)
    let path = context.console.resolve(arguments.positionals[0])
    let name = PolicyFiles.display(path, context)
    let table: CSVTable
    do {
      table = try CSVReader.parse(try readBytes(path), fileName: name, badRecords: .collect)
    } catch let error as CSVError {
      throw CommandError(error.message, exitCode: .dataError)
    }
    let sheets: [AnswerSheetFile.Sheet]
    switch AnswerSheetFile.read(table, for: instrument) {
    case .success(let read): sheets = read
    case .failure(let problems):
      for error in problems.errors { context.message(error.message[context.language]) }
      throw CommandError(
        DiagnoseText.errorsInFile.text(["file": name, "count": String(problems.errors.count)]),
        exitCode: .dataError)
    }
    let results = sheets.map { (pupil: $0.pupil, profile: instrument.score($0.sheet)) }
    var output = PolicyOutput(context)
    switch format {
    case .json:
      for result in results {
        output.line(ProfileTable.json(result.pupil, result.profile, instrument).compact)
      }
      context.message(context.text(Profile.guidanceNote))
    default:
      let rendered = ProfileTable.table(
        results, instrument, format: format, language: context.language
      )
      .rendered(format, language: context.language)
      if format == .text {
        output.line(context.text(instrument.texts.title) + " (\(instrument.reference))")
        output.line(rendered)
        output.line(context.text(Profile.guidanceNote))
      } else {
        output.line(rendered)
        context.message(context.text(Profile.guidanceNote))
      }
    }
    output.flush()
    return .ok
  }
}
