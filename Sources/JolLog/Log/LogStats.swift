/// Figures about a log, for `jol log stats`.
public struct LogStats: Sendable, Equatable {
  /// Number of segment files.
  public let segments: Int
  /// Number of records (equals `lastSequence`: sequences are dense from 1).
  public let records: UInt64
  /// Total size of the segment files in bytes.
  public let bytes: UInt64
  /// Number of distinct streams.
  public let streams: Int
  /// The last sequence number (0 for an empty log).
  public let lastSequence: UInt64
}

/// The result of a clean `EventLog.verify()`.
public struct VerifyReport: Sendable, Equatable {
  /// Segment files checked.
  public let segments: Int
  /// Records checked (every checksum).
  public let records: UInt64
  /// Batches found, each whole.
  public let batches: UInt64
  /// Distinct streams, each with dense versions from 1.
  public let streams: Int
  /// Bytes read.
  public let bytes: UInt64
}
