/// Writes an event's `type`, `schema_version` and `effective` … `data` members with the fast codec,
/// the payload's metadata in between, in the order ``EventCodec`` documents.
struct FastPayloadWriter: EventVisitor {
  typealias Failure = Never
  var writer: JSONWriter
  let payload: EventPayload

  /// Writes the whole payload object.
  /// - Returns: where the `"recorded_at":…,"actor":…` members lie in the written bytes.
  mutating func visit<Data: EventData>(_ data: Data, _ definition: EventDefinition<Data>)
    -> Range<Int>
  {
    writer.beginObject()
    writer.key("type")
    writer.string(definition.type.rawValue)
    writer.key("schema_version")
    writer.int(definition.schemaVersion)
    writer.key("effective")
    writer.date(payload.effective)
    // After the comma the key writes.
    let stampStart = writer.bytes.count + 1
    writer.key("recorded_at")
    writer.timestamp(payload.recordedAt)
    writer.key("actor")
    writer.string(payload.actor.rawValue)
    let stampEnd = writer.bytes.count
    writer.key("data")
    data.write(to: &writer)
    writer.endObject()
    return stampStart..<stampEnd
  }
}
