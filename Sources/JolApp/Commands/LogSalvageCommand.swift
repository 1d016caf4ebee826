import Foundation
import JolLog
import JolModel

/// `jol log salvage --into NEW-DIR`: the way back from a damaged log. Copies every intact batch
/// of the data directory's log, in order, into a new data directory (its own log, written and
/// flushed as any import), with the vault's files as they are, and says exactly what was lost.
/// Never in place: the damaged directory is left as it was, for the operator to compare and
/// keep. Each lost record is replaced by a placeholder (``LogSurvey/lostStream``), so every
/// record keeps its sequence number and a round replays against the same positions (its
/// result differs only if it read what was lost). Snapshots and indexes are not copied: they
/// are rebuilt.
struct LogSalvageCommand: Command {
  var name: String { "salvage" }
  var summary: LocalizedText {
    LogText.salvageSummary.text()
  }
  var synopsis: String { "--into NEW-DIR [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "into", value: "NEW-DIR",
        help: LogText.intoOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    guard let into = arguments.value("into"), !into.isEmpty else {
      throw CommandError.usage(Self.intoRequired)
    }
    let fileSystem = PosixFileSystem()
    let source = context.dataDirectory
    let target = context.console.resolve(into)
    guard DataDirectory.isJol(source) else {
      throw CommandError(Self.noLog(source), exitCode: .noInput)
    }
    // Compared as the file system resolves them: a link must not lead back into the source.
    let (real, realSource) = (resolved(target), resolved(source))
    if real == realSource || real.hasPrefix(realSource + "/") {
      throw CommandError.usage(Self.insideSource(target))
    }
    if fileSystem.exists(target), (try? fileSystem.listDirectory(target))?.isEmpty != true {
      throw CommandError(Self.notEmpty(target), exitCode: .cannotCreate)
    }
    try DataDirectory.prepareForWriting(target)
    let survey = try mapFileError { try LogSurvey.run(directory: source + "/log") }
    let log = try mapLogError { () throws(LogError) in
      try EventLog.open(directory: target + "/log", mode: .readWrite)
    }
    defer { log.close() }
    var pending: [[ProposedRecord]] = []
    var copied = 0
    var next: UInt64 = 1
    try mapLogError {
      func flush() throws {
        copied += try log.appendBatches(pending).reduce(0) { $0 + $1.appendedIDs.count }
        pending = []
      }
      try survey.forEachBatch(directory: source + "/log") { records in
        if let first = records.first?.sequence, first > next {
          pending.append(Self.placeholders(next..<first))
        }
        pending.append(
          records.map { ProposedRecord(id: $0.id, stream: $0.stream, payload: Array($0.payload)) })
        next = (records.last?.sequence ?? next - 1) + 1
        if pending.count >= 512 { try flush() }
      }
      if let acknowledged = survey.acknowledgedThrough, acknowledged >= next {
        pending.append(Self.placeholders(next..<(acknowledged + 1)))
      }
      try flush()
    }
    copied -= Int(survey.lostRecords)
    let vaultFiles = try copyVault(from: source + "/vault", to: target + "/vault", fileSystem)
    if format == .json {
      context.output(
        SurveyReport.json(
          survey,
          extra: [
            ("from", .string(source)), ("into", .string(target)), ("copied_records", .int(copied)),
            ("vault_files", .array(vaultFiles.map { .string($0) })),
          ]
        ).compact)
    } else {
      for line in SurveyReport.lines(survey, log: source + "/log", language: context.language) {
        context.output(line)
      }
      context.output(context.text(Self.done(target, copied, vaultFiles)))
    }
    return .ok
  }

  /// Copies every regular file of the vault, byte for byte, owner-only.
  private func copyVault(from: String, to: String, _ fileSystem: PosixFileSystem) throws
    -> [String]
  {
    guard fileSystem.exists(from) else { return [] }
    return try mapFileError {
      try fileSystem.makeDirectory(to)
      let names = try fileSystem.listDirectory(from).filter {
        !$0.hasSuffix(AtomicFile.temporarySuffix)
      }.sorted()
      for name in names {
        try AtomicFile.write(try fileSystem.readFile(from + "/" + name), to: to + "/" + name)
      }
      return names
    }
  }

  /// One placeholder record per lost sequence, as one batch.
  private static func placeholders(_ sequences: Range<UInt64>) -> [ProposedRecord] {
    sequences.map { sequence in
      ProposedRecord(
        id: "lost-\(sequence)", stream: LogSurvey.lostStream,
        payload: Array(#"{"lost_sequence":\#(sequence)}"#.utf8))
    }
  }

  /// `path` with every symbolic link of its existing part resolved (the rest as written).
  private func resolved(_ path: String) -> String {
    var existing = URL(fileURLWithPath: path).standardizedFileURL
    var rest: [String] = []
    while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
      rest.insert(existing.lastPathComponent, at: 0)
      existing.deleteLastPathComponent()
    }
    var result = existing.resolvingSymlinksInPath()
    for component in rest { result.appendPathComponent(component) }
    return result.path
  }

  /// A failed system call as every command reports one (``CommandError/fileSystem(_:doing:)``).
  private func mapFileError<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Self.failed)
    }
  }
}

extension LogSalvageCommand {
  fileprivate static let intoRequired = LogText.intoRequired.text()

  fileprivate static let failed = LogText.salvageStopped.text()

  fileprivate static func noLog(_ path: String) -> LocalizedText {
    LogText.noLog.text(["path": path])
  }

  fileprivate static func insideSource(_ path: String) -> LocalizedText {
    LogText.insideSource.text(["path": path])
  }

  fileprivate static func notEmpty(_ path: String) -> LocalizedText {
    LogText.notEmpty.text(["path": path])
  }

  fileprivate static func done(_ target: String, _ copied: Int, _ vault: [String])
    -> LocalizedText
  {
    let files = vault.isEmpty ? "—" : vault.joined(separator: ", ")
    return LogText.salvaged.text([
      "copied": String(copied), "target": target, "files": files,
    ])
  }
}
