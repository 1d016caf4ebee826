/// A record's place in the log, precise enough to tell whether the log still holds that very
/// record: its sequence, the segment holding it (by first sequence), its byte offset there and
/// its line checksum. Derived files (snapshots) keep the position of the last record they cover
/// and are trusted only while `EventLog.holds(_:)` says so.
public struct LogPosition: Sendable, Equatable {
  /// The record's sequence.
  public var sequence: UInt64
  /// The first sequence of the segment holding it.
  public var segmentFirstSequence: UInt64
  /// The byte offset of its line in the segment.
  public var offset: UInt64
  /// Its line's CRC-32C.
  public var checksum: UInt32

  /// A position from its parts.
  public init(sequence: UInt64, segmentFirstSequence: UInt64, offset: UInt64, checksum: UInt32) {
    self.sequence = sequence
    self.segmentFirstSequence = segmentFirstSequence
    self.offset = offset
    self.checksum = checksum
  }
}

extension EventLog {
  /// The position of the last committed record; nil when the log is empty.
  public var head: LogPosition? {
    core.withLock { core in
      guard core.lastSequence > 0 else { return nil }
      return LogPosition(
        sequence: core.lastSequence,
        segmentFirstSequence: core.segments[core.lastRecord.segment].firstSequence,
        offset: core.lastRecord.offset, checksum: core.lastRecordChecksum)
    }
  }

  /// Whether the log holds, committed, exactly the record `position` names (one read).
  public func holds(_ position: LogPosition) -> Bool {
    core.withLock { core in
      guard position.sequence <= core.lastSequence,
        let ordinal = core.segments.firstIndex(where: {
          $0.firstSequence == position.segmentFirstSequence
        })
      else { return false }
      return core.holdsRecord(
        position.sequence, checksum: position.checksum,
        at: Location(segment: ordinal, offset: position.offset))
    }
  }
}
