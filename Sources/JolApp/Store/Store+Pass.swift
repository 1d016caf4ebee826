import JolLog
import JolModel

extension Store {
  /// The learners of the state of `slice`, for a command that looks at each once and adds up
  /// what it sees (``LearnerSource``). For a slice that takes in every event of the log as far
  /// as when they were recorded goes, a snapshot is read in one pass, learner by learner, never
  /// held whole (``SnapshotPass``), with the log's events after it in the slice: the current
  /// state's when the slice takes it in (a date on or after its latest one), else the
  /// checkpoint as of the slice's date. Else — or when the pass cannot serve — the state is read
  /// as ``state(_:keep:)`` reads it.
  /// - Throws: as ``state(_:keep:)``, and as the log does when its records after the snapshot
  ///   are read.
  func learners(_ slice: TimeSlice = TimeSlice()) throws -> LearnerSource {
    if let source = try passOverASnapshot(slice) {
      lastStateRead = .pass
      return source
    }
    return LearnerSource(try state(slice))
  }

  /// The state of `slice` for a command that needs its organisations whole — institutions,
  /// enterprises, mentors, policies, rounds, matching runs — and no learner, or one read alone
  /// (``learner(_:_:)``): with a snapshot to pass over, its organisations and the log's events
  /// after it, no learner read; else the state read whole (its learners too).
  /// - Throws: as ``learners(_:)``.
  func organisations(_ slice: TimeSlice = TimeSlice()) throws -> ClusterState {
    try learners(slice).state
  }

  /// The pass over the snapshot for `slice` (``snapshotToPass(_:)``) with the log's records
  /// after it, not decoded; nil when there is none, the records do not read (the whole read
  /// then says why), or the pass cannot serve. The events after the current state's snapshot
  /// are all decoded, as a whole read folds them all; those after a checkpoint dated after it
  /// are passed over undecoded, as its whole read passes them over.
  private func passOverASnapshot(_ slice: TimeSlice) throws -> LearnerSource? {
    guard let log, knowsEveryEvent(slice), let (pass, isCurrent) = snapshotToPass(slice) else {
      return nil
    }
    var tail: [EncodedEvent] = []
    do {
      try log.forEach(from: pass.state.coveredSequence + 1) { record in
        if !record.isLostPlaceholder { tail.append(EncodedEvent(record)) }
      }
    } catch {
      return nil
    }
    return LearnerSource(pass: pass, tail: tail, slice: slice, decodingEveryEvent: isCurrent) {
      [self] in try state(slice)
    }
  }

  /// The snapshot a pass for `slice` reads, and whether it is the current state's: that one
  /// when the slice takes it in, else the checkpoint as of the slice's date; either no more
  /// than ``checkpointTailRead(events:)`` events behind the log (the pass holds those events
  /// while it reads), checked whole (its checksum), and read but for its learners. Nil when
  /// neither is usable.
  private func snapshotToPass(_ slice: TimeSlice) -> (pass: SnapshotPass, isCurrent: Bool)? {
    guard let last = log?.lastSequence else { return nil }
    /// The pass over `file`, covering `covered`, its latest date `latest`, when it serves.
    func pass(_ file: MappedFile, covered: UInt64, latest: CivilDate?) -> SnapshotPass? {
      guard slice.asOf.map({ date in latest.map { $0 <= date } ?? true }) ?? true,
        last - covered <= Self.checkpointTailRead(events: last)
      else { return nil }
      return try? SnapshotPass(file.bytes, keeping: file)
    }
    if let snapshot = usableSnapshotRead(),
      let current = pass(
        snapshot.file, covered: snapshot.covered, latest: snapshot.summary.latestEffective)
    {
      return (current, true)
    }
    guard let date = slice.asOf,
      let checkpoint = checkpoints().compactMap(\.file.checkpoint).first(where: { $0.asOf == date }
      ),
      let read = pass(
        checkpoint.file, covered: checkpoint.knownThrough,
        latest: checkpoint.summary.latestEffective)
    else { return nil }
    return (read, false)
  }
}
