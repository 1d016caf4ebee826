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
/// format or of another log is not used (the log is folded), and the writer deletes it. It is
/// written by `jol log checkpoint --as-of DATE`, and by every writer for the end of each
/// calendar quarter the log has passed, while few learners have events dated after it
/// (``refreshCheckpoints(current:)``). Writers fold into it the events the log gains, once they
/// are ``checkpointTailRefreshed(events:)`` or more.
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

    /// Its state, nil when it does not decode (damaged).
    func decoded() -> ClusterState? {
      // The file stays mapped while its bytes are read.
      withExtendedLifetime(file) { try? ClusterSnapshot.decode(file.bytes) }
    }
  }

  /// The checkpoints in the data directory by file name, each usable or not (nil): a link,
  /// a file of another format or log, or one whose date is not its name's.
  func checkpoints() -> [(name: String, checkpoint: Checkpoint?)] {
    let directory = path + "/snapshots"
    let names = (try? PosixFileSystem().listDirectory(directory)) ?? []
    return names.sorted().compactMap { name in
      guard let date = Self.checkpointDate(ofName: name) else { return nil }
      let path = directory + "/" + name
      guard isRegularFile(path), let file = try? MappedFile(path: path),
        let covered = coverage(ofSnapshot: file.bytes),
        let summary = try? ClusterSnapshot.summary(of: file.bytes), summary.asOf == date
      else { return (name, nil) }
      return (name, Checkpoint(file: file, asOf: date, knownThrough: covered, summary: summary))
    }
  }

  /// The state as of `date`, knowing every event of the log, from the checkpoint that folds
  /// the fewest learners anew: one as of `date` or later, no more than
  /// ``checkpointTailRead(events:)`` events behind the log, with at most
  /// ``learnersToReadAgain(events:)`` learners dated after `date`. Nil when there is none, or
  /// when it does not decode (the caller folds the log).
  func fromACheckpoint(asOf date: CivilDate) throws -> ClusterState? {
    guard let log else { return nil }
    let limit = Self.learnersToReadAgain(events: log.lastSequence)
    let candidates = checkpoints().compactMap(\.checkpoint).filter {
      $0.asOf >= date
        && log.lastSequence - $0.knownThrough <= Self.checkpointTailRead(events: log.lastSequence)
        && $0.summary.latestDates.learners(datedAfter: date) <= limit
    }
    guard
      let best = candidates.min(by: {
        (
          $0.summary.latestDates.learners(datedAfter: date),
          log.lastSequence - $0.knownThrough
        ) < ($1.summary.latestDates.learners(datedAfter: date), log.lastSequence - $1.knownThrough)
      }), var state = best.decoded()
    else { return nil }
    try fold(into: &state, from: best.knownThrough + 1, slice: TimeSlice(asOf: best.asOf))
    guard try restrict(&state, asOf: date) else {
      state = ClusterState()
      Allocator.returnFreeMemory()
      return nil
    }
    state.recountCoverage()
    return state
  }

  /// Saves `state` — the state as of `date` folded from every event of the log as it is now —
  /// as the checkpoint as of `date`, tied to the log's last record (writers only).
  func saveCheckpoint(_ state: ClusterState, asOf date: CivilDate) throws {
    guard isWritable, let log else { return }
    var stored = state
    stored.coveredSequence = log.head?.sequence ?? 0
    let anchor =
      log.head.map {
        LogAnchor(
          segmentFirstSequence: $0.segmentFirstSequence, offset: $0.offset, checksum: $0.checksum)
      } ?? LogAnchor()
    let fileSystem = PosixFileSystem()
    try fileSystem.makeDirectory(path + "/snapshots")
    try AtomicFile.write(
      ClusterSnapshot.encode(stored, anchor: anchor, asOf: date), to: checkpointPath(asOf: date),
      fileSystem: fileSystem)
  }

  /// Keeps the checkpoints up to the log after a write (``refreshDerivedFiles(state:encoded:)``):
  /// - one that cannot be used is deleted;
  /// - one ``checkpointTailRefreshed(events:)`` or more events behind the log has the events
  ///   since folded in and is written again, tied to the last record;
  /// - given the log's current state, a checkpoint is made for the end of each calendar quarter
  ///   that has passed (before today, and before the latest event's date) without one, as long
  ///   as few enough learners have events dated after it to fold anew
  ///   (``learnersToReadAgain(events:)``): the latest first, for the four quarters before the
  ///   latest event, and none before one with too many. A writer passes each quarter's end soon
  ///   after it, while few learners have events dated after it: the checkpoint is made then.
  ///
  /// Derived files: a failure fails nothing, and is left for the next writer.
  func refreshCheckpoints(current: ClusterState?) {
    guard isWritable, let log else { return }
    for (name, checkpoint) in checkpoints() {
      guard let checkpoint else {
        try? PosixFileSystem().unlink(path + "/snapshots/" + name)
        continue
      }
      guard
        log.lastSequence - checkpoint.knownThrough
          >= Self.checkpointTailRefreshed(events: log.lastSequence)
      else { continue }
      guard var state = checkpoint.decoded() else {
        try? PosixFileSystem().unlink(path + "/snapshots/" + name)
        continue
      }
      if (try? fold(
        into: &state, from: checkpoint.knownThrough + 1, slice: TimeSlice(asOf: checkpoint.asOf)))
        != nil
      {
        try? saveCheckpoint(state, asOf: checkpoint.asOf)
      }
    }
    guard let current, let latest = current.latestEffective else { return }
    let dates = LatestDates(current)
    for end in Self.quarterEnds(before: min(latest, today), count: 4) {
      guard dates.learners(datedAfter: end) <= Self.learnersToReadAgain(events: log.lastSequence)
      else { break }
      guard !isRegularFile(checkpointPath(asOf: end)) else { continue }
      var state = current
      guard (try? restrict(&state, asOf: end)) == true else { break }
      state.recountCoverage()
      try? saveCheckpoint(state, asOf: end)
    }
  }

  /// The last days of the `count` calendar quarters ending before `date`, the latest first.
  static func quarterEnds(before date: CivilDate, count: Int) -> [CivilDate] {
    var (year, quarter) = (date.year, (date.month - 1) / 3)
    var ends: [CivilDate] = []
    while ends.count < count {
      if quarter == 0 { (year, quarter) = (year - 1, 4) }
      let month = quarter * 3
      guard let end = CivilDate(year: year, month: month, day: month == 6 || month == 9 ? 30 : 31)
      else { break }
      if end < date { ends.append(end) }
      quarter -= 1
    }
    return ends
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
