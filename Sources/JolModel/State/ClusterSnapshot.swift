/// A snapshot of derived state: the state, the log position it covers and a format version, in
/// the binary form of ``encode(_:)`` and ``decode(_:)`` (`ClusterSnapshot+Binary.swift`). The
/// application writes it atomically beside the log; on start it restores the snapshot and
/// replays only the events after ``ClusterState/coveredSequence``. A snapshot that is missing,
/// of another format version, or corrupt is discarded and the state rebuilt from the log — the
/// result must equal a full replay (tested).
public enum ClusterSnapshot {
  /// The binary format this version of Jol writes and reads. Version 10: the same bytes as 9,
  /// but the digests of recorded results (``ContentDigest``) are taken a word at a time.
  /// Version 11: how a stage period ended (by leaving; whether after its date's entry), and a
  /// learner's kept events with their places (``LearnerState/kept``). Version 12: a 64-bit
  /// checksum taken in blocks instead of CRC-32C (`SnapshotChecksum`), the same body. Version
  /// 13: the latest effective date, and the organisations' events instead of their states.
  /// Version 14: each learner's first sequence and latest date. Version 15: how many learners
  /// have their latest event on each date (``LatestDates``). Version 16: each organisation
  /// named by its stream. Version 17: the date a checkpoint's state is as of
  /// (``SnapshotSummary/asOf``). Version 18: the state's latest date in the tables too
  /// (``SnapshotSummary/latestEffective``). Version 19: a learner's last term as its summary
  /// (``TermSummary``), without the grades subject by subject.
  public static let currentFormatVersion = 19
}

/// Where in the log the last event a snapshot covers is: its segment, byte offset and line
/// checksum, as the log reports them. A snapshot is used only if the log still holds that very
/// record there — so a log cut back and grown again with other events is never mistaken for
/// the one the snapshot was made from.
public struct LogAnchor: Sendable, Equatable {
  /// The first sequence of the segment holding the record (its file name).
  public var segmentFirstSequence: UInt64
  /// The byte offset of the record's line in that segment.
  public var offset: UInt64
  /// The line's CRC-32C.
  public var checksum: UInt32

  /// An anchor; all zero for an empty log.
  public init(segmentFirstSequence: UInt64 = 0, offset: UInt64 = 0, checksum: UInt32 = 0) {
    self.segmentFirstSequence = segmentFirstSequence
    self.offset = offset
    self.checksum = checksum
  }
}
