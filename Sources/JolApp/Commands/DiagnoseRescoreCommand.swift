import JolDiagnostics
import JolFormat
import JolModel

/// `jol diagnose rescore --instrument ID@VERSION [--school ID] [--dry-run]`: re-scores the raw
/// answers stored in the log under another version of their instrument (``Rescoring``), as new
/// `learner.diagnostic_completed` events with the same dates; the old results stay. With
/// `--school`, only the pupils of that school. Sheets already scored under the version are
/// counted, not scored again, so a second run appends nothing.
///
/// A sheet the version cannot read (an item it lacks, too many unanswered) is listed with its
/// learner, date and reason on standard error: exit 65, nothing written.
struct DiagnoseRescoreCommand: Command {
  var name: String { "rescore" }
  var summary: LocalizedText { DiagnosticsText.rescoreSummary.text() }
  var synopsis: String { "--instrument ID@VERSION [--school ID] [--dry-run] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "instrument", value: "ID@VERSION", help: DiagnoseText.instrumentOption.text()),
      OptionSpec("school", value: "ID", help: DiagnosticsText.schoolOption.text()),
      OptionSpec("dry-run", help: CommandText.dryRunOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    guard let reference = arguments.value("instrument") else {
      throw CommandError.usage(DiagnoseText.instrumentRequired.text())
    }
    let instrument = try InstrumentFiles.instrument(reference, context)
    let crosswalk = try CrosswalkFiles.crosswalk(for: instrument, context)
    let school = arguments.value("school").map(InstitutionID.init(rawValue:))
    let dryRun = arguments.flag("dry-run")
    let reader = try Store.openForReading(context)
    var rescoring = try plan(reader, instrument, crosswalk, school: school)
    guard rescoring.problems.isEmpty else { throw report(rescoring.problems, context) }
    var appended = 0
    if !dryRun && !rescoring.drafts.isEmpty {
      let writer = try Store.openForWriting(context)
      if writer.log?.lastSequence != reader.log?.lastSequence {
        rescoring = try plan(writer, instrument, crosswalk, school: school)
        guard rescoring.problems.isEmpty else { throw report(rescoring.problems, context) }
      }
      appended = try writer.append(
        rescoring.drafts.map { [$0] }, joining: Store.joinedBatchEvents)
    }
    var output = PolicyOutput(context)
    switch format {
    case .json:
      output.line(
        JSONValue.object([
          ("instrument", .string(instrument.reference)), ("rescored", .int(rescoring.drafts.count)),
          ("already", .int(rescoring.already)), ("appended", .int(appended)),
          ("dry_run", .bool(dryRun)),
        ]).compact)
    default:
      output.line(
        context.text(
          DiagnosticsText.rescored.text([
            "instrument": instrument.reference, "count": String(rescoring.drafts.count),
            "already": String(rescoring.already),
          ])))
      if dryRun { output.line(context.text(DiagnosticsText.dryRunNothingWritten.text())) }
    }
    output.flush()
    return .ok
  }

  /// The re-scoring of every stored result of the instrument's id (of `school`'s pupils).
  private func plan(
    _ store: Store, _ instrument: Instrument, _ crosswalk: Crosswalk, school: InstitutionID?
  ) throws -> Rescoring {
    var stored: [Rescoring.Stored] = []
    let state = try store.currentState { envelope in
      if case .diagnosticCompleted(let result) = envelope.event,
        result.instrument.id == instrument.id
      {
        stored.append(
          Rescoring.Stored(
            learner: LearnerID(envelope.stream.id), date: envelope.effective, result: result))
      }
    }
    if let school {
      guard state.institutions[school]?.registration?.kind == .school else {
        throw CommandError(
          DiagnosticsText.unknownSchool.text(["id": school.rawValue]), exitCode: .dataError)
      }
      stored.removeAll { entry in
        !(state.learner(entry.learner)?.history.contains { period in
          if case .school(let placement) = period.placement {
            placement.institution == school
          } else {
            false
          }
        } ?? false)
      }
    }
    return Rescoring(stored, under: instrument, crosswalk: crosswalk)
  }

  /// Every sheet that cannot be re-scored, on standard error; the error to exit with.
  private func report(_ problems: [Rescoring.Problem], _ context: Context) -> CommandError {
    for problem in problems {
      context.message(
        "\(problem.learner.rawValue) \(problem.date) \(problem.from): "
          + problem.reason[context.language])
    }
    return CommandError(
      DiagnosticsText.cannotRescore.text(["count": String(problems.count)]), exitCode: .dataError)
  }
}
