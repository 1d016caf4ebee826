import JolFormat
import JolLog
import JolModel

/// `jol log checkpoint --as-of DATE`: writes the checkpoint as of a date before today
/// (`Store+Checkpoints.swift`), so that commands as of it — and of the days before it, as long
/// as few learners have events between — read it instead of folding the whole log. Writers of a
/// log of 500 000 events or more make one for a quarter's end they pass while few learners have
/// events after it, and keep it up to the log (on a smaller one they keep none); this makes
/// one for any date, such as a year's end an akimat's reports are as of, once the log has
/// passed it by far. The state as of the date is read as any command reads it: usually, for
/// such a date, by folding the log.
///
/// A writer: it takes the log's lock, so that the checkpoint is tied to the log it was read
/// from. It changes nothing but the derived checkpoint file.
struct LogCheckpointCommand: Command {
  var name: String { "checkpoint" }
  var summary: LocalizedText { LogText.checkpointSummary.text() }
  var synopsis: String { "--as-of YYYY-MM-DD [--format text|json]" }
  var options: [OptionSpec] { [.asOf, .format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    guard let asOf = try arguments.date("as-of") else {
      throw CommandError.usage(LogText.asOfRequired.text())
    }
    // A day not over yet may still gain events; as of it and later the current state answers.
    let today = context.console.today
    guard asOf < today else {
      throw CommandError.usage(
        LogText.checkpointNotPassed.text(["date": asOf.description, "today": today.description]))
    }
    // A directory that is not there yet is refused, not created.
    try DataDirectory.checkForReading(context.dataDirectory)
    let store = try Store.openForWriting(context)
    let state = try store.state(TimeSlice(asOf: asOf), keep: false)
    let file = store.checkpointPath(asOf: asOf)
    do {
      try store.saveCheckpoint(state, asOf: asOf)
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: LogText.checkpointFailed.text(["file": file]))
    }
    let sequence = store.log?.lastSequence ?? 0
    switch format {
    case .json:
      context.output(
        JSONValue.object([
          ("as_of", .string(asOf.description)), ("learners", .int(state.learners.count)),
          ("known_through", .int(sequence)), ("file", .string(file)),
        ]).compact)
    default:
      context.output(
        LogText.checkpointWritten.text([
          "date": asOf.description, "learners": String(state.learners.count),
          "sequence": String(sequence), "file": file,
        ])[context.language])
    }
    return .ok
  }
}
