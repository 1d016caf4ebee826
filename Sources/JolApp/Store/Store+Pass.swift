import JolLog
import JolModel

extension Store {
  /// The learners of the state of `slice`, for a command that looks at each once and adds up
  /// what it sees (``LearnerSource``). For a slice that takes in every event of the log, a
  /// usable snapshot is read in one pass, learner by learner, never held whole
  /// (``SnapshotPass``), with the log's events after it; else — or when the pass cannot serve —
  /// the state is read as ``state(_:keep:)`` reads it.
  /// - Throws: as ``state(_:keep:)``, and as the log does when its records after the snapshot
  ///   are read.
  func learners(_ slice: TimeSlice = TimeSlice()) throws -> LearnerSource {
    if let source = try passOverTheSnapshot(slice) {
      lastStateRead = .pass
      return source
    }
    return LearnerSource(try state(slice))
  }

  /// The snapshot's pass with the log's records after it, not decoded; nil when there is no
  /// usable snapshot, it does not read, or the slice is not the whole of its state and the
  /// records'.
  private func passOverTheSnapshot(_ slice: TimeSlice) throws -> LearnerSource? {
    guard let log, knowsEveryEvent(slice), let snapshot = usableSnapshot(),
      let pass = try? SnapshotPass(snapshot.bytes, keeping: snapshot),
      slice.includesAll(of: pass.state)
    else { return nil }
    var tail: [EncodedEvent] = []
    try mapLogError {
      try log.forEach(from: pass.state.coveredSequence + 1) { record in
        if !record.isLostPlaceholder { tail.append(EncodedEvent(record)) }
      }
    }
    return LearnerSource(pass: pass, tail: tail, slice: slice) { [self] in try state(slice) }
  }
}
