/// A record read back from the log. Cheap to make: the stream, id and payload are views into
/// the read buffer; `stream` and `id` build Strings only when asked.
public struct StoredRecord: Sendable {
  /// The dense global sequence number, 1 for the first record.
  public let sequence: UInt64
  /// The stream's version after this record (1 for its first record).
  public let streamVersion: UInt64
  /// The sequence of the last record of this record's batch (batches are atomic).
  public let batchEnd: UInt64
  /// The stream name as JSON string content (escapes, if any, not yet resolved).
  public let streamBytes: ArraySlice<UInt8>
  /// The id as JSON string content (escapes, if any, not yet resolved).
  public let idBytes: ArraySlice<UInt8>
  /// The payload: one JSON object, exactly the bytes appended.
  public let payload: ArraySlice<UInt8>

  /// The stream name.
  public var stream: String { JSONString.decode(streamBytes) }
  /// The record id.
  public var id: String { JSONString.decode(idBytes) }
}
