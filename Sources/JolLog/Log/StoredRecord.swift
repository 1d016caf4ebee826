/// A record read back from the log. Cheap to make: it keeps one reference to the read buffer
/// and the positions of the stream, id and payload in it; slices and Strings are made only
/// when asked for.
public struct StoredRecord: Sendable {
  /// The dense global sequence number, 1 for the first record.
  public let sequence: UInt64
  /// The stream's version after this record (1 for its first record).
  public let streamVersion: UInt64
  /// The sequence of the last record of this record's batch (batches are atomic).
  public let batchEnd: UInt64
  /// The buffer the record was read into (shared with its neighbours).
  let buffer: [UInt8]
  let streamRange: Range<Int>
  let idRange: Range<Int>
  let payloadRange: Range<Int>

  /// The payload: one JSON object, exactly the bytes appended. A view, no copy.
  public var payload: ArraySlice<UInt8> { buffer[payloadRange] }
  /// The stream name as JSON string content (escapes, if any, not yet resolved).
  public var streamBytes: ArraySlice<UInt8> { buffer[streamRange] }
  /// The id as JSON string content (escapes, if any, not yet resolved).
  public var idBytes: ArraySlice<UInt8> { buffer[idRange] }
  /// The stream name.
  public var stream: String { JSONString.decode(streamBytes) }
  /// Whether this is a salvaged log's placeholder for a lost record (``LogSurvey/lostStream``),
  /// which holds no event: readers of events skip it.
  public var isLostPlaceholder: Bool { streamBytes.elementsEqual(LogSurvey.lostStreamBytes) }
  /// The record id.
  public var id: String { JSONString.decode(idBytes) }

  /// Calls `body` with the payload's bytes, without even a slice's reference counting; the
  /// pointer is valid only during the call.
  public func withPayloadBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result)
    rethrows -> Result
  {
    try buffer.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[payloadRange]))
    }
  }
}
