/// A kept event as the log's payload JSON (``EventCodec``), with an empty stamp: how the
/// snapshot and `Codable` carry it.
extension KeptEvent: Codable {
  /// The event and its date as a log payload's JSON.
  var json: String {
    let payload = EventPayload(
      recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: effective, actor: "state",
      event: event)
    return String(decoding: EventCodec.encode(payload), as: UTF8.self)
  }

  /// The kept event a payload's JSON holds.
  /// - Throws: ``JSONReadError`` when the text is not a payload.
  init(json: String) throws {
    var text = json
    let payload = try text.withUTF8 { try EventCodec.decodePayload(UnsafeRawBufferPointer($0)) }
    self.init(effective: payload.effective, event: payload.event)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(json)
  }

  public init(from decoder: any Decoder) throws {
    try self.init(json: try decoder.singleValueContainer().decode(String.self))
  }
}
