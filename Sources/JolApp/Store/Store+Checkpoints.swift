import JolLog
import JolModel

/// Checkpoints: snapshots of the state as of a date, beside the snapshot of the current state.
///
/// A command reads the state as of a date from the current state when few learners have events
/// dated after it (``Store/state(_:keep:)``). For an earlier date — a year or a quarter that
/// most learners' later events have passed — it would fold the whole log: 13–15 s on ten
/// million events. A checkpoint as of a date serves that date and the days before it in the
/// same way the current state serves the days before the latest one:
///
/// - the checkpoint (`DATA/snapshots/as-of-YYYY-MM-DD.snapshot`) holds the state as of its date
///   — the events effective on or before it — of the log up to the record its header names,
///   to which it is tied as the snapshot is (``coverage(ofSnapshot:)``);
/// - the events the log gained after that record are folded into it when they are dated on or
///   before its date (their fold does not depend on their order: ``TimeSlice/includesAll(of:)``);
///   the others are passed over undecoded;
/// - for an earlier date, the learners with events dated after it are folded anew from their
///   own events (``restrict(_:asOf:)``).
///
/// A checkpoint is derived, as the snapshot is: one that is missing, damaged, of another
/// format or of another log, or named for another date, is not used (the log is folded), and
/// a writer deletes it — at once for a file that is not this log's, when it next reads it for
/// a damaged one. It is written by `jol log checkpoint --as-of DATE`, and, on a log of
/// ``checkpointsFrom`` events or more, by a writer for the end of each calendar quarter it
/// passes: from the snapshot before, when that is the state as of it
/// (``checkpoint(_:passedBy:)``), else while few learners have events dated after it
/// (``refreshCheckpoints(current:latestDates:)``). Writers of such a log fold into one the
/// events the log gains, once they are ``checkpointTailRefreshed(events:)`` or more; on a
/// smaller log, they delete one the log has left too far behind to be read. Each is about as
/// large as the snapshot; nothing deletes one that is still usable.
extension Store {
  /// Where the checkpoint as of `date` is kept.
  func checkpointPath(asOf date: CivilDate) -> String {
    path + "/snapshots/" + Self.checkpointName(asOf: date)
  }

  /// `as-of-2025-12-31.snapshot`.
  static func checkpointName(asOf date: CivilDate) -> String {
    "as-of-\(date).snapshot"
  }

  /// The date a checkpoint's file name says, nil for any other name.
  static func checkpointDate(ofName name: String) -> CivilDate? {
    guard name.hasPrefix("as-of-"), name.hasSuffix(".snapshot") else { return nil }
    let date = CivilDate(String(name.dropFirst("as-of-".count).dropLast(".snapshot".count)))
    // Only the name the date is written as: `as-of-2025-1-5.snapshot` is not one of Jol's.
    return date.flatMap { checkpointName(asOf: $0) == name ? $0 : nil }
  }

  /// A checkpoint on disk that this log can use: mapped, tied to a record the log holds, and
  /// as of the date its name says.
  struct Checkpoint {
    let file: MappedFile
    let asOf: CivilDate
    /// The last record of the log it was folded from (the sequence its header states).
    let knownThrough: UInt64
    let summary: SnapshotSummary

    /// Its state; nil when it does not decode (damaged) or holds an event dated after its date
    /// (not one Jol writes).
    func decoded() -> ClusterState? {
      // The file stays mapped while its bytes are read.
      guard let state = withExtendedLifetime(file, { try? ClusterSnapshot.decode(file.bytes) }),
        state.latestEffective.map({ $0 <= asOf }) ?? true
      else { return nil }
      return state
    }
  }

  /// What a file named as a checkpoint is.
  enum CheckpointFile {
    case usable(Checkpoint)
    /// Not one of this log's checkpoints: a link or other non-regular file, a file of another
    /// format or log, one whose date is not its name's — or, when verified, a damaged one.
    /// Writers delete it.
    case foreign
    /// Not readable now (it could not be mapped): left as it is.
    case unreadable

    /// The checkpoint, when usable.
    var checkpoint: Checkpoint? {
      if case .usable(let checkpoint) = self { checkpoint } else { nil }
    }
  }

  /// The checkpoints in the data directory by file name, in the order of their names.
  /// - Parameter verifying: each usable one's checksum is checked too (every byte is read).
  func checkpoints(verifying: Bool = false) -> [(name: String, file: CheckpointFile)] {
    let directory = path + "/snapshots"
    let names = (try? PosixFileSystem().listDirectory(directory)) ?? []
    return names.sorted().compactMap { name in
      guard let date = Self.checkpointDate(ofName: name) else { return nil }
      let path = directory + "/" + name
      guard isRegularFile(path) else { return (name, .foreign) }
      guard let file = try? MappedFile(path: path) else { return (name, .unreadable) }
      guard let covered = coverage(ofSnapshot: file.bytes),
        let summary = try? ClusterSnapshot.summary(of: file.bytes), summary.asOf == date,
        !verifying || (try? ClusterSnapshot.verify(file.bytes)) != nil
      else { return (name, .foreign) }
      return (
        name, .usable(Checkpoint(file: file, asOf: date, knownThrough: covered, summary: summary))
      )
    }
  }

  /// The state as of `date`, knowing every event of the log, from a checkpoint as of `date` or
  /// later, no more than ``checkpointTailRead(events:)`` events behind the log, with at most
  /// ``learnersToReadAgain(events:)`` learners dated after `date`: the one that folds the
  /// fewest anew, then the least behind; the next when one does not decode. Nil when there is
  /// none (the caller folds the log).
  ///
  /// As from the snapshot, the events it covers are not decoded again, and those after it
  /// are, when dated on or before its date: an event this Jol cannot decode fails the command
  /// when it is among those.
  func fromACheckpoint(asOf date: CivilDate) throws -> ClusterState? {
    guard let log else { return nil }
    let last = log.lastSequence
    let candidates = checkpoints().compactMap(\.file.checkpoint)
      .filter { $0.asOf >= date && last - $0.knownThrough <= Self.checkpointTailRead(events: last) }
      .map { (checkpoint: $0, again: $0.summary.latestDates.learners(datedAfter: date)) }
      .filter { $0.again <= Self.learnersToReadAgain(events: last) }
      .sorted {
        ($0.again, last - $0.checkpoint.knownThrough) < (
          $1.again, last - $1.checkpoint.knownThrough
        )
      }
    for (checkpoint, _) in candidates {
      guard var state = try broughtUpToTheLog(checkpoint) else { continue }
      guard try restrict(&state, asOf: date) else {
        state = ClusterState()
        Allocator.returnFreeMemory()
        return nil
      }
      state.recountCoverage()
      lastStateRead = .checkpoint(checkpoint.asOf)
      return state
    }
    return nil
  }

  /// The checkpoint's state with the log's events after its record folded in, those dated on or
  /// before its date (the others passed over undecoded): the state as of its date of the log as
  /// it is. Nil when it does not decode (``Checkpoint/decoded()``).
  /// - Throws: as the fold of the log does (an event that does not decode, a damaged log).
  func broughtUpToTheLog(_ checkpoint: Checkpoint) throws -> ClusterState? {
    guard var state = checkpoint.decoded() else { return nil }
    try fold(
      into: &state, from: checkpoint.knownThrough + 1, slice: TimeSlice(asOf: checkpoint.asOf))
    return state
  }

  /// Saves `state` — the state as of `date` read from every event of the log as it is now —
  /// as the checkpoint as of `date`, tied to the log's last record (writers only).
  func saveCheckpoint(_ state: ClusterState, asOf date: CivilDate) throws {
    guard isWritable, let log else { return }
    var stored = state
    // The header states the last record read, not the last one folded in.
    stored.coveredSequence = log.head?.sequence ?? 0
    let fileSystem = PosixFileSystem()
    try fileSystem.makeDirectory(path + "/snapshots")
    try AtomicFile.write(
      ClusterSnapshot.encode(stored, anchor: headAnchor(), asOf: date),
      to: checkpointPath(asOf: date), fileSystem: fileSystem)
  }

  /// Makes the snapshot before a write's — `previous`, of a state with no event dated after
  /// the end of the latest calendar quarter the log has now passed (`current`'s latest date,
  /// and today) — the checkpoint as of that quarter's end, when there is none: it is the state
  /// as of that day, of the log up to its record. A copy of its bytes with the date in them;
  /// nothing is decoded. So a writer that saves a snapshot after the log passes a quarter's end
  /// keeps the state as of it, however many learners have events after it.
  func checkpoint(_ previous: MappedFile?, passedBy current: ClusterState) {
    guard let previous, let end = latestQuarterEnd(passedBy: current),
      !isRegularFile(checkpointPath(asOf: end))
    else { return }
    withExtendedLifetime(previous) {
      guard let summary = try? ClusterSnapshot.summary(of: previous.bytes),
        let before = summary.latestEffective, before <= end,
        let bytes = try? ClusterSnapshot.checkpoint(previous.bytes, asOf: end)
      else { return }
      try? AtomicFile.write(bytes, to: checkpointPath(asOf: end))
    }
  }

  /// Whether writers keep checkpoints on this log: from ``checkpointsFrom`` events.
  var keepsCheckpoints: Bool { (log?.lastSequence ?? 0) >= checkpointsFrom }

  /// Keeps the checkpoints up to the log after a write (``refreshDerivedFiles(state:encoded:)``):
  /// - one that is not this log's (``CheckpointFile/foreign``) is deleted;
  /// - on a log of fewer than ``checkpointsFrom`` events, whose writers keep none up to the log,
  ///   one too far behind it to be read (``checkpointTailRead(events:)``) is deleted;
  /// - when the write saved a snapshot (`current`, the log's current state) on a log of
  ///   ``checkpointsFrom`` events or more (``keepsCheckpoints``):
  ///   - the one furthest behind the log, if ``checkpointTailRefreshed(events:)`` or more events
  ///     behind, has the events since folded in and is written again, tied to the last record
  ///     (one a write: each costs a decode, a fold and an encode of a whole state);
  ///   - a checkpoint is made for the end of the latest calendar quarter that has passed (before
  ///     today, and before the latest event's date), when there is none — not even from the
  ///     snapshot before (``checkpoint(_:passedBy:)``) — and few learners have events dated
  ///     after it (a quarter of ``learnersToReadAgain(events:)``): the current state with them
  ///     folded anew.
  ///
  /// Derived files: a failure fails nothing, and is left for the next writer.
  /// - Parameter latestDates: `current`'s learners' latest dates, as its snapshot just written
  ///   counted them; counted here when it could not be written.
  func refreshCheckpoints(current: ClusterState?, latestDates: LatestDates?) {
    guard isWritable, let log else { return }
    let last = log.lastSequence
    var behind: [Checkpoint] = []
    for (name, file) in checkpoints() {
      switch file {
      case .usable(let checkpoint)
      where !keepsCheckpoints
        && last - checkpoint.knownThrough > Self.checkpointTailRead(events: last):
        try? PosixFileSystem().unlink(path + "/snapshots/" + name)
      case .usable(let checkpoint): behind.append(checkpoint)
      case .foreign: try? PosixFileSystem().unlink(path + "/snapshots/" + name)
      case .unreadable: break
      }
    }
    guard let current, keepsCheckpoints else { return }
    if let furthest = behind.min(by: { $0.knownThrough < $1.knownThrough }),
      last - furthest.knownThrough >= Self.checkpointTailRefreshed(events: last)
    {
      switch Result(catching: { try broughtUpToTheLog(furthest) }) {
      case .success(let state?): try? saveCheckpoint(state, asOf: furthest.asOf)
      case .success(nil): try? PosixFileSystem().unlink(checkpointPath(asOf: furthest.asOf))
      // The log's events could not be folded in: left for a later writer.
      case .failure: break
      }
      Allocator.returnFreeMemory()
    }
    guard let end = latestQuarterEnd(passedBy: current), !isRegularFile(checkpointPath(asOf: end)),
      (latestDates ?? LatestDates(current)).learners(datedAfter: end)
        <= Self.learnersToReadAgain(events: last) / 4
    else { return }
    var state = current
    if (try? restrict(&state, asOf: end)) == true { try? saveCheckpoint(state, asOf: end) }
    state = ClusterState()
    Allocator.returnFreeMemory()
  }

  /// The end of the latest calendar quarter the log whose current state is `state` has passed:
  /// before its latest event's date, and before today. Nil for a state without events.
  func latestQuarterEnd(passedBy state: ClusterState) -> CivilDate? {
    state.latestEffective.map { Self.quarterEnd(before: min($0, today)) }
  }

  /// The last day of the calendar quarter before `date`'s own.
  static func quarterEnd(before date: CivilDate) -> CivilDate {
    // The day before the first of `date`'s quarter.
    CivilDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)!.adding(days: -1)
  }

  /// Events a checkpoint may be behind the log and still be read: their share of the log is
  /// read (those dated after the checkpoint's date passed over undecoded), against all of it
  /// for a fold.
  static func checkpointTailRead(events: UInt64) -> UInt64 { max(snapshotInterval, events / 8) }

  /// Events a checkpoint may be behind the log before a writer folds them into it: half of
  /// what a reader takes, so that a reader finds it readable between two writers' refreshes.
  static func checkpointTailRefreshed(events: UInt64) -> UInt64 {
    checkpointTailRead(events: events) / 2
  }
}
