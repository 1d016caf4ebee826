import JolLog
import JolModel

extension ClusterState {
  /// Folds in `log`'s events from `sequence` on, each learner's on one core
  /// (``ClusterState/foldInParallel(cores:batchSize:_:)``): what ``Store`` does for the tail
  /// after a snapshot and for a full replay. A salvaged log's placeholders for lost records
  /// hold no event and are passed over.
  /// - Returns: the number of records read.
  /// - Throws: the first failure in log order: ``UndecodableEvent``, or the log's `LogError`.
  @discardableResult
  public mutating func foldInParallel(_ log: EventLog, from sequence: UInt64) throws -> Int {
    var read = 0
    try foldInParallel { add in
      try log.forEach(from: sequence) { record in
        read += 1
        if record.isLostPlaceholder { return }
        try add(
          EncodedEvent(
            sequence: record.sequence, stream: record.stream,
            streamVersion: record.streamVersion, id: record.id, payload: record.payload))
      }
    }
    return read
  }
}
