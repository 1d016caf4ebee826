#if canImport(Glibc)
  import Glibc
#endif

/// A record offered to `EventLog.append`: an id (for idempotency), the stream it belongs to (for
/// optimistic concurrency) and its payload.
public struct ProposedRecord: Sendable, Equatable {
  /// Unique over the whole log; a record whose id is already in the log is skipped.
  public let id: String
  /// The stream (e.g. one learner) whose version the record advances by one.
  public let stream: String
  /// One JSON object in UTF-8 without raw line breaks; stored verbatim.
  public let payload: [UInt8]
  /// The id and the stream as the record's line holds them (JSON-escaped), and the id's hash
  /// in the id table: made with the record, so that records made on several cores are
  /// appended without making them again one by one.
  let escapedID: [UInt8]
  let escapedStream: [UInt8]
  let idHash: UInt64
  /// Whether the payload holds no raw line break (LF or CR), found with the record too.
  let payloadIsOneLine: Bool

  /// A record to append.
  public init(id: String, stream: String, payload: [UInt8]) {
    self.id = id
    self.stream = stream
    self.payload = payload
    escapedID = JSONString.escaped(id)
    escapedStream = JSONString.escaped(stream)
    idHash = IDTable.hash(escapedID)
    payloadIsOneLine = payload.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return true }
      return memchr(base, 0x0A, bytes.count) == nil && memchr(base, 0x0D, bytes.count) == nil
    }
  }

  public static func == (lhs: ProposedRecord, rhs: ProposedRecord) -> Bool {
    lhs.id == rhs.id && lhs.stream == rhs.stream && lhs.payload == rhs.payload
  }
}

/// What a writer expects a stream's version to be before its batch; a mismatch rejects the
/// whole batch (optimistic concurrency).
public enum ExpectedVersion: Sendable, Equatable, CustomStringConvertible {
  /// No expectation.
  case any
  /// The stream must not exist yet (version 0).
  case noStream
  /// The stream must be exactly at this version (versions start at 1; 0 means absent).
  case exactly(UInt64)

  /// Whether a stream at `version` satisfies the expectation.
  public func admits(_ version: UInt64) -> Bool {
    switch self {
    case .any: true
    case .noStream: version == 0
    case .exactly(let expected): version == expected
    }
  }

  public var description: String {
    switch self {
    case .any: "any version"
    case .noStream: "no stream"
    case .exactly(let version): "version \(version)"
    }
  }
}

/// The outcome of appending one batch.
public struct AppendResult: Sendable, Equatable {
  /// The global sequence numbers given to the appended records (dense, in batch order), or nil
  /// when every record was skipped.
  public let sequences: ClosedRange<UInt64>?
  /// The ids appended, in order; `appendedIDs[i]` has sequence `sequences.lowerBound + i`.
  public let appendedIDs: [String]
  /// The ids skipped because the log (or an earlier record of the same call) already had them.
  public let skippedIDs: [String]

  /// Makes a result.
  public init(sequences: ClosedRange<UInt64>?, appendedIDs: [String], skippedIDs: [String]) {
    self.sequences = sequences
    self.appendedIDs = appendedIDs
    self.skippedIDs = skippedIDs
  }
}
