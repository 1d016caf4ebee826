import JolFormat
import JolLog
import JolModel

/// `jol log stats`: what the log holds.
struct LogStatsCommand: Command {
  var name: String { "stats" }
  var summary: LocalizedText {
    LogText.statsSummary.text()
  }
  var synopsis: String { "[--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let store = try Store.openForReading(context)
    // The counts the writer keeps, and the events after them; the streams too, so the log's
    // index is not loaded.
    let counted = try store.eventTypeCounts()
    let byType = counted.counts
    let stats = store.log?.stats(countingStreams: false)
    let figures: [(String, LocalizedText, Int)] = [
      (
        "segments", LogText.segments.text(),
        stats?.segments ?? 0
      ),
      (
        "events", LogText.events.text(),
        Int(stats?.records ?? 0)
      ),
      ("bytes", LogText.bytes.text(), Int(stats?.bytes ?? 0)),
      ("streams", LogText.streams.text(), counted.streams),
      (
        "last_sequence",
        LogText.lastSequence.text(),
        Int(stats?.lastSequence ?? 0)
      ),
    ]
    let types = byType.sorted { $0.key < $1.key }
    // Each checked whole: one listed as usable is read.
    let checkpoints = store.checkpoints(verifying: true).map { ($0.name, $0.file.checkpoint) }
    let last = stats?.lastSequence ?? 0
    switch format {
    case .json:
      context.output(
        JSONValue.object(
          [("data_directory", .string(store.path))] + figures.map { ($0.0, .int($0.2)) }
            // Event type names hold dots (`learner.registered`): values, never keys.
            + [
              (
                "by_type",
                .array(
                  types.map { .object([("type", .string($0.key)), ("events", .int($0.value))]) })
              ),
              (
                "checkpoints",
                .array(
                  checkpoints.map { name, checkpoint in
                    .object([
                      ("file", .string(name)),
                      ("as_of", checkpoint.map { .string($0.asOf.description) } ?? .null),
                      ("known_through", checkpoint.map { .int($0.knownThrough) } ?? .null),
                      ("usable", .bool(checkpoint != nil)),
                    ])
                  })
              ),
            ]
        ).compact)
    default:
      context.output(store.path)
      let width = figures.map { $0.1[context.language].count }.max() ?? 0
      for (_, title, value) in figures {
        let label = title[context.language]
        context.output(
          "  " + label + String(repeating: " ", count: width - label.count) + "  \(value)")
      }
      for (type, count) in types { context.output("    \(type)  \(count)") }
      guard !checkpoints.isEmpty else { break }
      context.output("  " + LogText.checkpointsHeading.text()[context.language])
      for (name, checkpoint) in checkpoints {
        let line =
          checkpoint.map {
            LogText.checkpointLine.text([
              "date": $0.asOf.description, "sequence": String($0.knownThrough),
              "behind": String(last > $0.knownThrough ? last - $0.knownThrough : 0),
            ])
          } ?? LogText.checkpointUnusable.text(["file": name])
        context.output("    " + line[context.language])
      }
    }
    return .ok
  }
}

/// `jol log verify`: checks every checksum and invariant, and that every event decodes.
struct LogVerifyCommand: Command {
  var name: String { "verify" }
  var summary: LocalizedText {
    LogText.verifySummary.text()
  }
  var synopsis: String { "" }
  var options: [OptionSpec] { [] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    do {
      let store = try Store.openForReading(context)
      guard let log = store.log else {
        context.output(context.text(Self.empty(store.path)))
        return .ok
      }
      let report = try mapLogError { try log.verify() }
      var events = 0
      try store.forEachEvent { _ in events += 1 }
      context.output(context.text(Self.clean(report, events: events, path: store.path)))
      return .ok
    } catch let error as CommandError where error.exitCode == .dataError {
      // Damaged: say what is intact and what is not, then fail with the first problem.
      let logPath = context.dataDirectory + "/log"
      if let survey = try? LogSurvey.run(directory: logPath) {
        for line in SurveyReport.lines(survey, log: logPath, language: context.language) {
          context.output(line)
        }
      }
      throw error
    }
  }

  fileprivate static func empty(_ path: String) -> LocalizedText {
    LogText.empty.text(["path": path])
  }

  fileprivate static func clean(_ report: VerifyReport, events: Int, path: String) -> LocalizedText
  {
    LogText.intact.text([
      "path": "\(path)", "segments": "\(report.segments)", "records": "\(report.records)",
      "batches": "\(report.batches)", "events": "\(events)",
    ])
  }
}

/// `jol log export`: the pseudonymous events as JSON Lines or CSV, for DuckDB, ClickHouse or a
/// spreadsheet.
struct LogExportCommand: Command {
  var name: String { "export" }
  var summary: LocalizedText {
    LogText.exportSummary.text()
  }
  var synopsis: String { "[--format jsonl|csv] [--since SEQ]" }
  var options: [OptionSpec] {
    [
      .format([.jsonl, .csv]),
      OptionSpec(
        "since", value: "SEQ",
        help: LogText.sinceOption.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  static let columns = [
    "sequence", "stream", "stream_version", "id", "type", "schema_version", "effective",
    "recorded_at", "actor", "data",
  ]

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.jsonl, .csv])
    var since: UInt64 = 1
    if let text = arguments.value("since") {
      guard let value = UInt64(text), value >= 1 else {
        throw CommandError.usage(
          LogText.badSince.text(["text": text]))
      }
      since = value
    }
    let store = try Store.openForReading(context)
    guard let log = store.log else { return .ok }
    let csv = CSVWriter.output
    var chunk = format == .csv ? csv.record(Self.columns) : ""
    try mapLogError {
      try log.forEach(from: since) { record in
        // A salvaged log's placeholders for lost records hold no event to export.
        if record.isLostPlaceholder { return }
        // Decoding checks the event; its data passes through byte for byte.
        let envelope = try EventCodec.decode(
          sequence: record.sequence, stream: record.stream, streamVersion: record.streamVersion,
          id: record.id, payload: record.payload)
        let data = JSONReader.rawMember("data", in: record.payload) ?? "{}"
        switch format {
        case .csv:
          chunk += csv.record([
            String(record.sequence), record.stream, String(record.streamVersion), record.id,
            envelope.type.rawValue, String(envelope.schemaVersion), envelope.effective.description,
            envelope.recordedAt.description, envelope.actor.rawValue, data,
          ])
        default:
          chunk +=
            JSONValue.object([
              ("sequence", .int(record.sequence)), ("stream", .string(record.stream)),
              ("stream_version", .int(record.streamVersion)), ("id", .string(record.id)),
              ("type", .string(envelope.type.rawValue)),
              ("schema_version", .int(envelope.schemaVersion)),
              ("effective", .string(envelope.effective.description)),
              ("recorded_at", .string(envelope.recordedAt.description)),
              ("actor", .string(envelope.actor.rawValue)),
            ]).compact.dropLast() + ",\"data\":" + data + "}\n"
        }
        if chunk.utf8.count > 1 << 16 {
          context.console.writeOut(chunk)
          chunk = ""
        }
      }
    }
    context.console.writeOut(chunk)
    return .ok
  }
}

/// `jol log …`.
enum LogCommands {
  static let group = CommandGroup(
    name: "log",
    summary: LogText.logGroup.text(),
    children: [
      .command(LogStatsCommand()), .command(LogVerifyCommand()), .command(LogExportCommand()),
      .command(LogSalvageCommand()), .command(LogCheckpointCommand()),
    ])
}
