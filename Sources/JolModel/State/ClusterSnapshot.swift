/// A snapshot of derived state: the state, the log position it covers and a format version, in
/// the binary form of ``encode(_:)`` and ``decode(_:)`` (`ClusterSnapshot+Binary.swift`). The
/// application writes it atomically beside the log; on start it restores the snapshot and
/// replays only the events after ``ClusterState/coveredSequence``. A snapshot that is missing,
/// of another format version, or corrupt is discarded and the state rebuilt from the log — the
/// result must equal a full replay (tested).
public enum ClusterSnapshot {
  /// The binary format this version of Jol writes and reads.
  public static let currentFormatVersion = 3
}
