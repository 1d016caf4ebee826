import JolLog
import JolModel

/// The data directory a command works on: the log (the record of truth), the vault of personal
/// data, and derived snapshots.
///
/// ```
/// DATA/log/        segments, lock, index (JolLog)
/// DATA/vault/      people.csv, consents.csv (personal data; owner-only)
/// DATA/snapshots/  state.snapshot (derived; deleted or damaged → rebuilt from the log)
/// ```
///
/// A writer holds the log's lock for as long as the store is open, and only a writer saves the
/// vault or a snapshot. Reading a directory that does not exist yet reads an empty region and
/// creates nothing.
final class Store {
  let path: String
  /// Nil when reading a data directory that does not exist.
  let log: EventLog?
  let isWritable: Bool
  private let actor: ActorID
  private let now: @Sendable () -> Int64

  var logPath: String { path + "/log" }
  var vaultPath: String { path + "/vault" }
  var snapshotPath: String { path + "/snapshots/state.snapshot" }

  private init(path: String, log: EventLog?, writable: Bool, context: Context) {
    self.path = path
    self.log = log
    self.isWritable = writable
    self.actor = Store.actor(context)
    self.now = context.console.now
  }

  deinit { log?.close() }

  /// Opens the data directory for reading; no lock is taken and nothing is created.
  static func openForReading(_ context: Context) throws -> Store {
    let path = context.dataDirectory
    let fileSystem = PosixFileSystem()
    guard fileSystem.exists(path + "/log") else {
      return Store(path: path, log: nil, writable: false, context: context)
    }
    let log = try mapLogError { () throws(LogError) in
      try EventLog.open(directory: path + "/log", mode: .readOnly)
    }
    return Store(path: path, log: log, writable: false, context: context)
  }

  /// Opens the data directory for writing, creating it (0700) when missing, and takes the lock.
  /// - Throws: ``CommandError`` with exit 75 when another process holds it.
  static func openForWriting(_ context: Context) throws -> Store {
    let path = context.dataDirectory
    do {
      try PosixFileSystem().makeDirectory(path)
    } catch {
      throw CommandError(Messages.cannotCreate(path, "\(error)"), exitCode: .cannotCreate)
    }
    let log = try mapLogError { () throws(LogError) in
      try EventLog.open(directory: path + "/log", mode: .readWrite)
    }
    return Store(path: path, log: log, writable: true, context: context)
  }

  // MARK: Reading

  /// Every event from `sequence` on, decoded, in log order.
  func forEachEvent(from sequence: UInt64 = 1, _ body: (EventEnvelope) throws -> Void) throws {
    guard let log else { return }
    try mapLogError {
      try log.forEach(from: sequence) { record in
        let envelope = try Self.decode(record, log: log)
        try body(envelope)
      }
    }
  }

  /// The events of one stream, in log order.
  func events(of stream: StreamName) throws -> [EventEnvelope] {
    var events: [EventEnvelope] = []
    try forEachEvent { envelope in
      if envelope.stream == stream { events.append(envelope) }
    }
    return events
  }

  /// The current state: the snapshot when it is usable, and the events after it.
  func currentState() throws -> ClusterState {
    var state = loadSnapshot() ?? ClusterState()
    try forEachEvent(from: state.coveredSequence + 1) { state.apply($0) }
    return state
  }

  /// The state as of an effective date and/or as known at a point (bitemporal): a full fold of
  /// the selected events.
  func state(_ slice: TimeSlice) throws -> ClusterState {
    if slice.asOf == nil && slice.knownAt == nil { return try currentState() }
    var events: [EventEnvelope] = []
    try forEachEvent { if slice.includes($0) { events.append($0) } }
    return ClusterState.fold(events, asOf: slice.asOf, knownAt: slice.knownAt)
  }

  /// The vault.
  func loadVault() throws -> Vault { try Vault.load(directory: vaultPath) }

  // MARK: Writing

  /// Appends batches of drafts, each batch atomic, with one flush for all (group commit).
  /// Each draft gets an id derived from its stream, its position in the stream and its content,
  /// so a retry after an unknown outcome appends nothing twice.
  /// - Returns: the number of events appended.
  @discardableResult
  func append(_ batches: [[EventDraft]]) throws -> Int {
    guard let log, isWritable else { preconditionFailure("append on a store opened for reading") }
    let recordedAt = Timestamp(millisecondsSinceEpoch: now() * 1000)
    var nextVersion: [StreamName: UInt64] = [:]
    let proposed = batches.map { batch in
      batch.map { draft in
        let version =
          nextVersion[draft.stream] ?? (log.streamVersion(draft.stream.description) + 1)
        nextVersion[draft.stream] = version + 1
        let payload = EventPayload(
          recordedAt: recordedAt, effective: draft.effective, actor: actor, event: draft.event)
        return ProposedRecord(
          id: Self.eventID(draft, version: version), stream: draft.stream.description,
          payload: EventCodec.encode(payload))
      }
    }
    let results = try mapLogError { () throws(LogError) in try log.appendBatches(proposed) }
    return results.reduce(0) { $0 + $1.appendedIDs.count }
  }

  /// Saves a snapshot of `state` atomically (writers only).
  func saveSnapshot(_ state: ClusterState) throws {
    guard isWritable else { return }
    let fileSystem = PosixFileSystem()
    try fileSystem.makeDirectory(path + "/snapshots")
    let bytes = try ClusterSnapshot(state: state).encoded()
    try AtomicFile.write(Array(bytes), to: snapshotPath, fileSystem: fileSystem)
  }

  /// The snapshot's state when it exists, decodes, and covers no more than the log holds;
  /// nil otherwise (the state is then rebuilt from the log).
  private func loadSnapshot() -> ClusterState? {
    let fileSystem = PosixFileSystem()
    guard let log, fileSystem.exists(snapshotPath),
      let bytes = try? fileSystem.readFile(snapshotPath),
      let state = try? ClusterSnapshot.restore(from: Data(bytes)),
      state.coveredSequence <= log.lastSequence
    else { return nil }
    return state
  }

  // MARK: Helpers

  private static func decode(_ record: StoredRecord, log: EventLog) throws -> EventEnvelope {
    do {
      return try EventCodec.decode(
        sequence: record.sequence, stream: record.stream, streamVersion: record.streamVersion,
        id: record.id, payload: record.payload)
    } catch {
      throw CommandError(
        Messages.undecodable(sequence: record.sequence, log: log.directory, "\(error)"),
        exitCode: .dataError)
    }
  }

  private static func eventID(_ draft: EventDraft, version: UInt64) -> String {
    var hasher = SHA256()
    hasher.update(draft.stream.description.utf8)
    hasher.update("\n\(version)\n".utf8)
    hasher.update(
      EventCodec.encode(
        EventPayload(
          recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: draft.effective,
          actor: ActorID(""), event: draft.event)))
    return "E" + hasher.finalize().prefix(16).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// Who records: `$JOL_ACTOR`, else the login (`$USER`), else "operator".
  private static func actor(_ context: Context) -> ActorID {
    let environment = context.console.environment
    return ActorID(environment["JOL_ACTOR"] ?? environment["USER"] ?? "operator")
  }
}

import Foundation

/// Runs a log operation, turning its error into a message in every language with its exit code.
func mapLogError<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
  } catch let error as LogError {
    throw CommandError(Messages.logError(error), exitCode: ExitCode(rawValue: error.exitCode) ?? .ioError)
  }
}

extension Store {
  fileprivate enum Messages {
    static func cannotCreate(_ path: String, _ detail: String) -> LocalizedText {
      LocalizedText(
        kk: "\(path) деректер каталогын құру мүмкін болмады: \(detail)",
        ru: "не удалось создать каталог данных \(path): \(detail)",
        en: "could not create the data directory \(path): \(detail)")
    }

    static func undecodable(sequence: UInt64, log: String, _ detail: String) -> LocalizedText {
      LocalizedText(
        kk: "\(log): №\(sequence) оқиғаны оқу мүмкін емес: \(detail)",
        ru: "\(log): событие №\(sequence) не читается: \(detail)",
        en: "\(log): event #\(sequence) cannot be read: \(detail)")
    }
  }
}

extension Messages {
  /// A log error for people: busy and corrupt logs are said in every language, with the details
  /// the log gives (file, byte offset, pid).
  static func logError(_ error: LogError) -> LocalizedText {
    switch error.kind {
    case .busy(let pid):
      let who = pid.map(String.init) ?? "?"
      return LocalizedText(
        kk: "деректер каталогын \(who) процесі пайдаланып жатыр; ол аяқталғанша күтіңіз",
        ru: "каталог данных занят процессом \(who); дождитесь его завершения",
        en: "data directory in use by process \(who); wait for it to finish")
    case .corrupt(let segment, let offset, let what):
      return LocalizedText(
        kk: "журнал бүлінген: \(segment), \(offset)-байт: \(what)",
        ru: "журнал повреждён: \(segment), байт \(offset): \(what)",
        en: "log corrupt: \(segment) at byte \(offset): \(what)")
    default:
      let text = error.description
      return LocalizedText(kk: "журнал: \(text)", ru: "журнал: \(text)", en: "log: \(text)")
    }
  }
}

/// Messages shared by several commands.
enum Messages {}
