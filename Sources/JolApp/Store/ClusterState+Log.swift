import JolLog
import JolModel

extension ClusterState {
  /// Folds in `log`'s events from `sequence` on, each learner's on one core
  /// (``ClusterState/foldInParallel(cores:batchSize:slice:_:)``): what ``Store`` does for the
  /// tail after a snapshot, for a full replay, and for the state as of a date (`slice`, into an
  /// empty state or a checkpoint; a bound by sequence stops the reading there). A salvaged
  /// log's placeholders for lost records hold no event and are passed over.
  /// - Returns: the number of records read.
  /// - Throws: the first failure in log order: ``UndecodableEvent``, or the log's `LogError`.
  @discardableResult
  public mutating func foldInParallel(
    _ log: EventLog, from sequence: UInt64, slice: TimeSlice? = nil
  ) throws -> Int {
    var read = 0
    var through: UInt64?
    if case .sequence(let last)? = slice?.knownAt { through = last }
    try foldInParallel(slice: slice) { add in
      try log.forEach(from: sequence, through: through) { record in
        read += 1
        if record.isLostPlaceholder { return }
        try add(EncodedEvent(record))
      }
    }
    return read
  }
}

extension EncodedEvent {
  /// A record of the log, not decoded.
  init(_ record: StoredRecord) {
    self.init(
      sequence: record.sequence, stream: record.stream, streamVersion: record.streamVersion,
      id: record.id, payload: record.payload)
  }
}
