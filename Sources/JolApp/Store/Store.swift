import Foundation
import JolLog
import JolModel

/// The data directory a command works on: the log (the record of truth), the vault of personal
/// data, and derived snapshots.
///
/// ```
/// DATA/log/        segments, lock, index (JolLog)
/// DATA/vault/      people.csv, consents.csv (personal data; owner-only); people.index (derived)
/// DATA/snapshots/  state.snapshot (derived; deleted or damaged → rebuilt from the log), and
///                  as-of-YYYY-MM-DD.snapshot, checkpoints: the state as of a date
///                  (`Store+Checkpoints.swift`; derived, as the other)
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
  /// Where a state or vault read for reading only is kept until the process exits
  /// (``state(_:keep:)``, ``loadVault()``).
  private let keepUntilExit: (@Sendable (Any) -> Void)?
  /// How ``state(_:keep:)`` last read the state (tests and diagnostics).
  var lastStateRead: StateRead?

  /// How the state as of a date was read.
  enum StateRead: Equatable {
    /// The current state, as it is.
    case current
    /// The current state, with the learners dated after the date folded anew.
    case currentRestricted
    /// The checkpoint as of this date, its later events and the learners dated between.
    case checkpoint(CivilDate)
    /// The log, folded.
    case fold
    /// The snapshot read in one pass, and the events after it (``learners(_:)``).
    case pass
  }

  /// The size of the log, in events, from which writers keep checkpoints
  /// (``checkpoint(_:passedBy:)``, ``refreshCheckpoints(current:latestDates:)``). A checkpoint
  /// spares a reader a fold of the log, and each upkeep costs a writer the decode and the encode
  /// of a whole state; a fold of fewer events than this takes well under a second (10 million
  /// take 14–17 s on two cores), so a smaller log is spared the upkeep. Readers read a
  /// checkpoint whatever the log's size (one made by `jol log checkpoint`, for one). Tests lower
  /// it.
  var checkpointsFrom: UInt64 = 500_000

  /// Today in Kazakhstan, by the context's clock.
  var today: CivilDate { KazakhstanTime.date(atUnixSeconds: now()) }

  var logPath: String { path + "/log" }
  var vaultPath: String { path + "/vault" }
  var snapshotPath: String { path + "/snapshots/state.snapshot" }

  private init(path: String, log: EventLog?, writable: Bool, context: Context) {
    self.path = path
    self.log = log
    self.isWritable = writable
    self.actor = Store.actor(context)
    self.now = context.console.now
    self.keepUntilExit = context.console.keepUntilExit
  }

  deinit { log?.close() }

  /// Opens the data directory for reading; no lock is taken and nothing is created.
  /// - Parameter creatable: a writer will follow (an import): a directory that is missing or
  ///   empty reads as an empty region instead of being refused.
  /// - Throws: ``CommandError`` 66 for a directory that does not exist or is not Jol's (73 when
  ///   `creatable` and it holds other things), 65 for a damaged log.
  static func openForReading(_ context: Context, creatable: Bool = false) throws -> Store {
    let path = context.dataDirectory
    if creatable && !DataDirectory.isJol(path) {
      try DataDirectory.checkCreatable(path)
      return Store(path: path, log: nil, writable: false, context: context)
    }
    try DataDirectory.checkForReading(path, creating: creatable)
    let log = try mapLogError { () throws(LogError) in
      try EventLog.open(directory: path + "/log", mode: .readOnly)
    }
    return Store(path: path, log: log, writable: false, context: context)
  }

  /// Opens the data directory for writing, creating it (0700) when missing, and takes the lock
  /// (``DataDirectory/prepareForWriting(_:)``).
  /// - Throws: ``CommandError`` with exit 75 when another process holds it, 73 when it cannot be
  ///   created or is a non-empty directory that is not Jol's.
  static func openForWriting(_ context: Context) throws -> Store {
    let path = context.dataDirectory
    // Who records goes into every event, for ever: no personal data, nothing for a terminal.
    try FreeText.check(Store.actor(context).rawValue, option: "$JOL_ACTOR / $USER", vault: nil)
    try DataDirectory.prepareForWriting(path)
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
        // A salvaged log's placeholders for lost records hold no event.
        if record.isLostPlaceholder { return }
        let envelope = try Self.decode(record, log: log)
        try body(envelope)
      }
    }
  }

  /// The events of one stream, in log order.
  /// Reads only the stream's records, through the log's derived stream index.
  func events(of stream: StreamName) throws -> [EventEnvelope] {
    try events(of: [stream])[0]
  }

  /// One learner's state in `slice`, from their stream's events alone — the learner
  /// ``state(_:keep:)`` holds: no event of another stream changes a learner
  /// (``DomainEvent/isAboutOneLearner``), and a learner's fold does not depend on the order its
  /// events come in. Nil when none of the learner's events is in the slice, as the state then
  /// has no such learner. For a command about one learner: it reads their records through the
  /// stream index, not the state of a region.
  /// - Complexity: O(the learner's events), whatever the log's size.
  func learner(_ id: LearnerID, _ slice: TimeSlice = TimeSlice()) throws -> LearnerState? {
    try learners([id], slice)[id]
  }

  /// The states in `slice` of the learners `ids` names, each as ``learner(_:_:)`` reads it, the
  /// stream index read once for all (``events(of:)-([StreamName])``); those with no event in
  /// the slice are left out.
  /// - Complexity: O(their events + the index blocks that may hold them).
  func learners(_ ids: [LearnerID], _ slice: TimeSlice = TimeSlice()) throws -> [LearnerID:
    LearnerState]
  {
    var learners: [LearnerID: LearnerState] = [:]
    for (id, events) in zip(ids, try events(of: ids.map { .learner($0) })) {
      let selected = slice.select(events)
      guard !selected.isEmpty else { continue }
      var learner = LearnerState(id: id)
      for event in selected { learner.apply(event) }
      learners[id] = learner
    }
    return learners
  }

  /// The events of several streams, each stream's in log order, in the order given: read
  /// through the stream index once for all of them (``EventLog/records(inStreams:through:_:)``).
  func events(of streams: [StreamName]) throws -> [[EventEnvelope]] {
    guard let log else { return streams.map { _ in [] } }
    var events = [[EventEnvelope]](repeating: [], count: streams.count)
    try mapLogError {
      try log.records(inStreams: streams.map(\.description)) { stream, record in
        events[stream].append(try Self.decode(record, log: log))
      }
    }
    return events
  }

  /// The current state: the snapshot when it is usable, and the events after it.
  ///
  /// With `observe`, every event of the log is also shown to it on the way — one pass for a
  /// caller that needs both (`jol diagnose rescore`, reading raw answers the state does not
  /// keep); the events the snapshot covers are then read for `observe` only.
  func currentState(observing observe: ((EventEnvelope) -> Void)? = nil) throws -> ClusterState {
    try currentState(from: usableSnapshot(), observing: observe)
  }

  /// ``currentState(observing:)`` from a snapshot already mapped and found usable
  /// (``usableSnapshot()``), or none.
  private func currentState(
    from snapshot: MappedFile?, observing observe: ((EventEnvelope) -> Void)? = nil
  ) throws -> ClusterState {
    var state = snapshot.flatMap { try? ClusterSnapshot.decode($0.bytes) } ?? ClusterState()
    let covered = state.coveredSequence
    guard let observe else {
      try fold(into: &state, from: covered + 1)
      return state
    }
    try forEachEvent(from: 1) { envelope in
      observe(envelope)
      if envelope.sequence > covered { state.apply(envelope) }
    }
    return state
  }

  /// Folds the events from `sequence` on into `state`, each learner's on one core: the state a
  /// one-thread replay gives, and the same first failure.
  /// With `slice`, only its events, into an empty state or one of the slice's own events before
  /// `sequence` (a checkpoint).
  func fold(
    into state: inout ClusterState, from sequence: UInt64, slice: TimeSlice? = nil
  ) throws {
    guard let log else { return }
    do {
      try mapLogError { _ = try state.foldInParallel(log, from: sequence, slice: slice) }
    } catch let failure as UndecodableEvent {
      throw Self.undecodable(failure.sequence, log: log.directory, failure.reason)
    }
  }

  /// The state as of an effective date and/or as known at a point (bitemporal), for a command
  /// that only reads, as ``ClusterState/fold(_:asOf:knownAt:)`` folds the log's events in the
  /// slice. Read from the current state (``currentState(observing:)``: the snapshot and the
  /// events after it):
  /// - as it is, when every event of the log is in the slice, as for a date on or after the
  ///   latest effective one (``TimeSlice/includesAll(of:)``);
  /// - as of an earlier date, when every event is known in the slice and few learners have
  ///   events dated after it (a round's awards granted for a coming term), as the snapshot
  ///   counts them (``LatestDates``): those learners are folded anew from their own events,
  ///   read through the stream index
  ///   (``ClusterState/restrict(asOf:events:limit:readOrder:learnersReadAtOnce:minimumPiece:)``).
  ///
  /// Else, for a slice that knows every event, from a checkpoint as of a date on or after the
  /// slice's, in the same way (``fromACheckpoint(asOf:)``). Else — and without a usable
  /// snapshot — the events in the slice are folded on every core as the log is read, never all
  /// held at once.
  ///
  /// The state is also handed to the process to keep until it exits (``Console/keepUntilExit``):
  /// the `jol` process then ends without taking a region's learners apart one by one, three
  /// quarters of a second for 1.2 million. So a command that writes takes
  /// ``currentState(observing:)``, or passes `keep: false`: a kept state would be copied whole
  /// by its first change, and would stay in memory beside the state an append reads to refresh
  /// the snapshot.
  func state(_ slice: TimeSlice = TimeSlice(), keep: Bool = true) throws -> ClusterState {
    var state: ClusterState
    let snapshot = usableSnapshot()
    if mayAnswerFromTheCurrentState(slice, snapshot: snapshot),
      let answered = try fromTheCurrentState(slice, snapshot: snapshot)
    {
      state = answered
    } else if knowsEveryEvent(slice), let asOf = slice.asOf,
      let answered = try fromACheckpoint(asOf: asOf)
    {
      state = answered
    } else {
      state = ClusterState()
      try fold(into: &state, from: 1, slice: slice)
      lastStateRead = .fold
    }
    if keep { keepUntilExit?(state) }
    return state
  }

  /// The state of `slice` from the current state, itself or with the learners dated after the
  /// slice's date folded anew; nil when too many are (the current state read is then freed,
  /// and its pages given back, before the caller folds the log).
  private func fromTheCurrentState(_ slice: TimeSlice, snapshot: MappedFile?) throws
    -> ClusterState?
  {
    var state = try currentState(from: snapshot)
    if slice.includesAll(of: state) {
      lastStateRead = .current
      return state
    }
    if TimeSlice(knownAt: slice.knownAt).includesAll(of: state), let date = slice.asOf,
      try restrict(&state, asOf: date)
    {
      lastStateRead = .currentRestricted
      return state
    }
    state = ClusterState()
    Allocator.returnFreeMemory()
    return nil
  }

  /// Makes `state`, folded from every event of the log, the state as of `date` by folding anew
  /// the learners with events dated after it, read through the stream index
  /// (``ClusterState/restrict(asOf:events:limit:readOrder:learnersReadAtOnce:minimumPiece:)``);
  /// false when more learners than ``learnersToReadAgain(events:)`` would be, leaving it as it
  /// was.
  func restrict(_ state: inout ClusterState, asOf date: CivilDate) throws -> Bool {
    try state.restrict(
      asOf: date, events: { try events(of: $0.map(StreamName.learner)) },
      limit: Self.learnersToReadAgain(events: log?.lastSequence ?? 0),
      readOrder: { EventLog.indexOrder(ofStream: StreamName.learner($0).description) })
  }

  /// Whether `slice` takes in every event of the log as far as when they were recorded goes
  /// (the one bound left is the effective date).
  func knowsEveryEvent(_ slice: TimeSlice) -> Bool {
    switch slice.knownAt {
    case nil: true
    case .sequence(let last): last >= (log?.lastSequence ?? 0)
    case .date: false
    }
  }

  /// Whether reading the current state is worth it for `slice` (``state(_:keep:)``): always for
  /// the whole log, and for a slice that knows every event when the snapshot's count of
  /// learners with events dated after its date is small enough; never without a usable
  /// snapshot, as reading the current state is then replaying the log, which the slice's own
  /// fold does once. The events after the snapshot (fewer than ``snapshotInterval`` but for a
  /// log no writer has refreshed) are not counted: should they be too many, the state is read
  /// and then folded.
  private func mayAnswerFromTheCurrentState(_ slice: TimeSlice, snapshot: MappedFile?) -> Bool {
    guard let log else { return true }
    guard knowsEveryEvent(slice) else { return false }
    guard let asOf = slice.asOf else { return true }
    guard let snapshot, let summary = try? ClusterSnapshot.summary(of: snapshot.bytes) else {
      return false
    }
    return summary.latestDates.learners(datedAfter: asOf)
      <= Self.learnersToReadAgain(events: log.lastSequence)
  }

  /// How many learners the state as of a date folds anew from their own events at most, in a
  /// log of this many events; beyond, the log is folded.
  static func learnersToReadAgain(events: UInt64) -> Int { Int(events) / eventsPerLearnerRead }

  /// The log's events for each learner the state as of a date may fold anew from their own
  /// events (``state(_:keep:)``); beyond, it folds the log. Measured on 10 million events and
  /// 1.2 million learners (`jol report pathways`, whole processes; the learners read 16 384 at
  /// a time on both cores, in the stream index's order): 19 031 learners folded anew took
  /// 2.1–2.3 s; 95 652, 4.3–5.0 s; 191 324, 7.4–9.5 s, all at a peak of 1.65–1.70 GB; folding
  /// the log takes 13–16 s and 2.0 GB. Up to one learner per 40 events (250 000 here), reading
  /// them again takes less time than the fold.
  static let eventsPerLearnerRead = 40

  /// The mentors' names and contacts of the vault (`mentors.csv`), its people not read.
  func mentorContacts() throws -> [MentorID: MentorContact] {
    var vault = Vault(directory: vaultPath)
    try vault.loadMentors(fileSystem: PosixFileSystem())
    return vault.mentors
  }

  /// The vault, read whole. A reader's is handed to the process to keep until it exits
  /// (``Console/keepUntilExit``), as its state is: taking a million people apart costs a tenth of
  /// their reading. A writer's is not: a kept vault would be copied whole on the writer's first
  /// change.
  /// - Parameter earlier: a vault read earlier in this process, whose people are taken if
  ///   `people.csv` has not changed since (``Vault/load(directory:fileSystem:reusing:)``).
  func loadVault(reusing earlier: Vault? = nil) throws -> Vault {
    let vault = try Vault.load(directory: vaultPath, reusing: earlier)
    if !isWritable { keepUntilExit?(vault) }
    return vault
  }

  /// What an import that does not change the vault reads of it (``VaultKeys``).
  func vaultKeys() throws -> VaultKeys { try VaultKeys.load(directory: vaultPath) }

  // MARK: Writing

  /// Appends batches of drafts, each batch atomic, with one flush for all (group commit).
  /// Each draft gets an id derived from its stream, its position in the stream and its content,
  /// so a retry after an unknown outcome appends nothing twice.
  /// - Parameter folded: the state before the append with exactly these drafts folded in, in
  ///   order (an import's working state): when every draft is appended, it is the log's state
  ///   and refreshes the snapshot without replaying the events; otherwise it is ignored.
  /// - Parameter joining: rows' batches are joined into batches of about this many events, never
  ///   splitting one: each row stays atomic (all its events or none after a crash, and a
  ///   re-import completes the rest), while the log's per-batch cost is paid once per group
  ///   instead of once per row. 0: each batch alone.
  /// - Parameter first: what must be done before anything is written to the log (an import
  ///   saves its vault); it runs while the events are being encoded, and if it throws, nothing
  ///   is appended.
  /// - Returns: the number of events appended.
  /// - Complexity: O(total size of the events). The events are encoded in pieces on the other
  ///   cores while the log appends the pieces before (``Parallel/pipeline(pieces:make:consume:)``).
  @discardableResult
  func append(
    _ batches: [[EventDraft]], joining: Int = 0, folded: ClusterState? = nil,
    first: () throws -> Void = {}
  ) throws -> Int {
    guard let log, isWritable else { preconditionFailure("append on a store opened for reading") }
    let recordedAt = Timestamp(millisecondsSinceEpoch: now() * 1000)
    let draftCount = batches.reduce(0) { $0 + $1.count }
    let headBefore = log.head
    // The snapshot the append will make due, encoded on another core from now on, while the
    // events are placed, encoded and appended (its anchor, the log's last record, is known only
    // once they are durable).
    let snapshot = folded.flatMap { state in
      log.lastSequence + UInt64(draftCount)
        >= Self.coveredSequence(of: usableSnapshot()) + Self.snapshotInterval
        ? Ahead { ClusterSnapshot.encode(state) } : nil
    }
    let (streams, places, firstPlace) = Self.places(of: batches, count: draftCount)
    let logVersions = log.streamVersions(of: streams)
    // An event's payload and id depend on it and its place alone: encoded in pieces of
    // consecutive batches on every core, while the log appends the pieces before.
    let actor = self.actor
    let groups = Self.groups(of: batches, joining: joining)
    let pieces = max(1, min(groups.count, draftCount / Self.eventsPerPiece))
    func encode(_ piece: Int) -> [[ProposedRecord]] {
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1024)
      var hashed: [UInt8] = []
      hashed.reserveCapacity(1024)
      return Parallel.slice(piece, of: pieces, groups.indices).map { group in
        var records: [ProposedRecord] = []
        records.reserveCapacity(groups[group].reduce(0) { $0 + batches[$1].count })
        for index in groups[group] {
          let drafts = batches[index]
          for position in drafts.indices {
            let place = places[firstPlace[index] + position]
            let (stream, version) = (streams[place.slot], logVersions[place.slot] + place.version)
            buffer.removeAll(keepingCapacity: true)
            let stamp = EventCodec.encode(
              EventPayload(
                recordedAt: recordedAt, effective: drafts[position].effective, actor: actor,
                event: drafts[position].event),
              into: &buffer)
            records.append(
              ProposedRecord(
                id: Self.eventID(
                  stream: stream, version: version, payload: buffer, stamp: stamp,
                  scratch: &hashed),
                // A copy of exactly the payload's size; the buffer stays this piece's own.
                stream: stream, payload: Array(buffer)))
          }
        }
        return records
      }
    }
    let results = try Parallel.pipeline(pieces: pieces, make: encode) { take in
      try first()
      // The batches of the piece being appended, and the first batch after them.
      var current: [[ProposedRecord]] = []
      var currentStart = 0
      var piece = 0
      return try mapLogError { () throws(LogError) in
        try log.appendBatches(count: groups.count, records: draftCount) { index in
          while index >= currentStart + current.count {
            currentStart += current.count
            current = take(piece)
            piece += 1
          }
          return current[index - currentStart]
        }
      }
    }
    let appended = results.reduce(0) { $0 + $1.appendedIDs.count }
    // What was appended, counted from the drafts when every one was: the log is not read again.
    var added: (after: LogPosition?, counts: EventTypeCounts)?
    if appended == draftCount {
      var counts = EventTypeCounts(streams: logVersions.filter { $0 == 0 }.count)
      for draft in batches.joined() { counts.counts[draft.event.type.rawValue, default: 0] += 1 }
      added = (headBefore, counts)
    }
    refreshDerivedFiles(state: added != nil ? folded : nil, encoded: snapshot, appended: added)
    return appended
  }

  /// Each draft's place in its stream, numbered in order (its place depends on the drafts
  /// before it), to be added to the stream's version in the log: the streams the drafts name,
  /// each draft's stream (its slot in `streams`) and place, and where each batch's drafts start
  /// among them.
  private static func places(of batches: [[EventDraft]], count: Int) -> (
    streams: [String], places: [(slot: Int, version: UInt64)], firstPlace: [Int]
  ) {
    var slots: [String: Int] = [:]
    slots.reserveCapacity(count)
    var streams: [String] = []
    var taken: [UInt64] = []
    var places: [(slot: Int, version: UInt64)] = []
    places.reserveCapacity(count)
    var firstPlace: [Int] = []
    firstPlace.reserveCapacity(batches.count)
    // A row's events are of one stream: its name is built and found once per run of drafts.
    var slot = 0
    var streamName: StreamName?
    for batch in batches {
      firstPlace.append(places.count)
      // The stream read in place: `for draft in batch` would copy (retain and release) each
      // draft's event.
      for index in batch.indices {
        let stream = batch[index].stream
        if stream != streamName {
          streamName = stream
          slot = Self.slot(of: stream.description, in: &slots, streams: &streams, taken: &taken)
        }
        taken[slot] += 1
        places.append((slot, taken[slot]))
      }
    }
    return (streams, places, firstPlace)
  }

  /// Consecutive batches joined into groups of about `size` drafts, never splitting a batch
  /// (empty batches are left out); each batch alone when `size` is 0.
  static func groups(of batches: [[EventDraft]], joining size: Int) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    // The group being joined: its batches and their drafts so far.
    var current = 0..<0
    var count = 0
    for index in batches.indices where !batches[index].isEmpty {
      if count > 0 && count + batches[index].count > size {
        groups.append(current)
        count = 0
      }
      current = (count == 0 ? index : current.lowerBound)..<index + 1
      count += batches[index].count
    }
    if count > 0 { groups.append(current) }
    return groups
  }

  /// Events a bulk append joins into one log batch (``append(_:joining:folded:first:)``).
  static let joinedBatchEvents = 512

  /// Events encoded in one piece of an append: enough to be worth a hand-over between cores,
  /// few enough that the log starts on the first piece soon.
  static let eventsPerPiece = 2_048

  /// Saves a snapshot of `state` atomically, tied to the log record it covers last (writers
  /// only; nothing is saved unless `state` covers exactly the log as it is).
  /// - Parameter encoded: `state` already encoded (``ClusterSnapshot/encode(_:anchor:asOf:)``),
  ///   to be tied to that record.
  /// - Returns: what the snapshot written says of `state` (its learners' latest dates, which
  ///   the encoding counted); nil when none was written.
  @discardableResult
  func saveSnapshot(_ state: ClusterState, encoded: [UInt8]? = nil) throws -> SnapshotSummary? {
    guard isWritable, let log else { return nil }
    guard state.coveredSequence == (log.head?.sequence ?? 0) else { return nil }
    let anchor = headAnchor()
    let fileSystem = PosixFileSystem()
    try fileSystem.makeDirectory(path + "/snapshots")
    let bytes =
      encoded.map { ClusterSnapshot.anchoring($0, to: anchor) }
      ?? ClusterSnapshot.encode(state, anchor: anchor)
    try AtomicFile.write(bytes, to: snapshotPath, fileSystem: fileSystem)
    return bytes.withUnsafeBytes { try? ClusterSnapshot.summary(of: $0) }
  }

  /// Where the log's last record is, to tie a derived file to it (all zero for an empty log).
  func headAnchor() -> LogAnchor {
    log?.head.map {
      LogAnchor(
        segmentFirstSequence: $0.segmentFirstSequence, offset: $0.offset, checksum: $0.checksum)
    } ?? LogAnchor()
  }

  /// Events the log may hold beyond the snapshot before a writer writes a new one.
  static let snapshotInterval: UInt64 = 1_000

  /// Brings the derived files up to the log after a write: a new snapshot when the log has
  /// grown `snapshotInterval` events past the last one, the stream index, the vault's index
  /// (``VaultIndex``) and the checkpoints (``checkpoint(_:passedBy:)``,
  /// ``refreshCheckpoints(current:latestDates:)``). Derived files are a cache: failing to write
  /// them fails nothing (the next reader rebuilds from the log, or reads the whole vault).
  /// - Parameter state: the log's current state when the caller has it (folded from what it
  ///   just appended); used only when it covers exactly the log's last sequence, else the state
  ///   is read from the snapshot and the log.
  /// - Parameter encoded: the snapshot of `state`, being encoded on another core.
  /// - Parameter appended: the events just appended after the record `after` (nil: the log was
  ///   empty), counted by type (``refreshEventTypeCounts(appended:)``).
  func refreshDerivedFiles(
    state known: ClusterState? = nil, encoded: Ahead<[UInt8]>? = nil,
    appended: (after: LogPosition?, counts: EventTypeCounts)? = nil
  ) {
    guard isWritable, let log else { return }
    // The state saved, and what its snapshot says of it (nil when it could not be written).
    var saved: (state: ClusterState, summary: SnapshotSummary?)?
    // Mapped before it is replaced: the snapshot before may become a checkpoint.
    let previous = usableSnapshot()
    if log.lastSequence >= Self.coveredSequence(of: previous) + Self.snapshotInterval {
      if let state = known, state.coveredSequence == log.lastSequence {
        saved = (state, try? saveSnapshot(state, encoded: try? encoded?.take()))
      } else if let state = try? currentState() {
        saved = (state, try? saveSnapshot(state))
      }
      if let saved, keepsCheckpoints { checkpoint(previous, passedBy: saved.state) }
    }
    // Readers never write the per-segment stream tables: the writer keeps them current.
    try? log.updateStreamIndex()
    refreshEventTypeCounts(appended: appended)
    try? VaultIndex.refresh(directory: vaultPath)
    // After the stream index: a checkpoint made reads learners through it.
    refreshCheckpoints(current: saved?.state, latestDates: saved?.summary?.latestDates)
  }

  /// The sequence a usable snapshot (``usableSnapshot()``) covers, from its header; 0 without
  /// one (a checkpoint put in its place is not one: the writer replaces it).
  private static func coveredSequence(of snapshot: MappedFile?) -> UInt64 {
    snapshot.flatMap { try? ClusterSnapshot.header(of: $0.bytes).coveredSequence } ?? 0
  }

  /// The snapshot, mapped, when it is a plain file tied to this log, of its current state;
  /// nil otherwise (missing, of another format, made from another log, or a checkpoint put in
  /// its place: the state is then rebuilt from the log, as it is when the snapshot does not
  /// decode). Mapped, not read: the writer replaces it by renaming a new one over it, which
  /// leaves the mapped one whole.
  private func usableSnapshot() -> MappedFile? { usableSnapshotRead()?.file }

  /// ``usableSnapshot()`` with the sequence it covers and its summary, read in finding it
  /// usable.
  func usableSnapshotRead() -> (file: MappedFile, covered: UInt64, summary: SnapshotSummary)? {
    guard isRegularFile(snapshotPath), let file = try? MappedFile(path: snapshotPath),
      let covered = coverage(ofSnapshot: file.bytes),
      let summary = try? ClusterSnapshot.summary(of: file.bytes), summary.asOf == nil
    else { return nil }
    return (file, covered, summary)
  }

  /// The sequence a snapshot (its bytes, or only its header) covers when the log still holds
  /// the very record it covers last — same sequence, place and checksum; nil otherwise.
  func coverage(ofSnapshot bytes: UnsafeRawBufferPointer) -> UInt64? {
    guard let log, let (covered, anchor) = try? ClusterSnapshot.header(of: bytes) else {
      return nil
    }
    let position = LogPosition(
      sequence: covered, segmentFirstSequence: anchor.segmentFirstSequence,
      offset: anchor.offset, checksum: anchor.checksum)
    return covered == 0 || log.holds(position) ? covered : nil
  }

  /// Whether `path` is a plain file of its own — not a link (which could lead anywhere), not a
  /// FIFO or device (which could block a reader for ever). A derived file that is anything else
  /// is not used, and the writer replaces it.
  func isRegularFile(_ path: String) -> Bool {
    (try? PosixFileSystem().status(path))??.kind == .regular
  }

  // MARK: Helpers

  static func decode(_ record: StoredRecord, log: EventLog) throws -> EventEnvelope {
    do {
      return try EventCodec.decode(
        sequence: record.sequence, stream: record.stream, streamVersion: record.streamVersion,
        id: record.id, payload: record.payload)
    } catch {
      throw undecodable(record.sequence, log: log.directory, error)
    }
  }

  /// The exit-65 error for an event of the log that does not decode.
  private static func undecodable(_ sequence: UInt64, log: String, _ reason: any Error)
    -> CommandError
  {
    CommandError(
      Messages.undecodable(sequence: sequence, log: log, "\(reason)"), exitCode: .dataError)
  }

  /// `E` and 32 hex digits of SHA-256 over the stream, the version and the payload with a fixed
  /// stamp (time 0, no actor): the same event at the same place in its stream has the same id,
  /// whoever records it and whenever.
  /// - Parameter stamp: where `payload` holds its own stamp (from `EventCodec.encode(_:into:)`).
  /// - Parameter scratch: a buffer to reuse across calls; the hashed bytes are gathered there
  ///   and fed at once, so the hash runs over whole blocks.
  static func eventID(
    stream: String, version: UInt64, payload: [UInt8], stamp: Range<Int>,
    scratch: inout [UInt8]
  ) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: stream.utf8)
    scratch.append(UInt8(ascii: "\n"))
    scratch.append(contentsOf: String(version).utf8)
    scratch.append(UInt8(ascii: "\n"))
    scratch.append(contentsOf: payload[..<stamp.lowerBound])
    scratch.append(contentsOf: Self.idStamp)
    scratch.append(contentsOf: payload[stamp.upperBound...])
    var hasher = SHA256()
    scratch.withUnsafeBytes { hasher.update($0) }
    let digest = hasher.finalize()
    return String(unsafeUninitializedCapacity: 33) { text in
      let digits: StaticString = "0123456789abcdef"
      text[0] = UInt8(ascii: "E")
      for index in 0..<16 {
        text[1 + 2 * index] = digits.utf8Start[Int(digest[index] >> 4)]
        text[2 + 2 * index] = digits.utf8Start[Int(digest[index] & 15)]
      }
      return 33
    }
  }

  /// The position of `stream` among `streams`, which it joins (with nothing taken yet) if new.
  private static func slot(
    of stream: String, in slots: inout [String: Int], streams: inout [String],
    taken: inout [UInt64]
  ) -> Int {
    let next = streams.count
    // One look-up: a missing stream is inserted with the next slot by the access itself.
    let slot = read(&slots[stream, default: next])
    if slot == next {
      streams.append(stream)
      taken.append(0)
    }
    return slot
  }

  private static func read(_ slot: inout Int) -> Int { slot }

  /// The stamp event ids are hashed with: recorded at time 0 by no one.
  private static let idStamp: [UInt8] = {
    var bytes: [UInt8] = []
    let stamp = EventCodec.encode(
      EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: CivilDate(daysSinceEpoch: 0),
        actor: ActorID(""), event: .learnerErased(LearnerErased(reason: ""))),
      into: &bytes)
    return Array(bytes[stamp])
  }()

  /// Who records: `$JOL_ACTOR`, else the login (`$USER`), else "operator".
  private static func actor(_ context: Context) -> ActorID {
    let environment = context.console.environment
    return ActorID(environment["JOL_ACTOR"] ?? environment["USER"] ?? "operator")
  }
}

/// Runs a log operation, turning its error into a message in every language with its exit code;
/// a failed system call gets the code of ``ExitCode/forFailedCall(_:errno:)`` (73 when a file
/// could not be created, 74 otherwise).
func mapLogError<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
  } catch let error as LogError {
    let exitCode: ExitCode =
      switch error.kind {
      case .io(_, let operation, let code): .forFailedCall(operation, errno: code)
      default: ExitCode(rawValue: error.exitCode) ?? .ioError
      }
    throw CommandError(Messages.logError(error), exitCode: exitCode)
  }
}

extension Store {
  fileprivate enum Messages {
    static func undecodable(sequence: UInt64, log: String, _ detail: String) -> LocalizedText {
      StoreText.undecodable.text([
        "log": log, "sequence": String(sequence), "detail": detail,
      ])
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
      return StoreText.locked.text(["who": who])
    case .corrupt(let segment, let offset, let what):
      return StoreText.logCorrupt.text([
        "segment": segment, "offset": String(offset), "what": what,
      ])
    default:
      let text = error.description
      return StoreText.logFailure.text(["text": text])
    }
  }
}

/// Messages shared by several commands.
enum Messages {}
