/// How the state keeps an event it cannot say again in its records (a learner's kept events, an
/// organisation's events) in a snapshot: as a log payload's JSON (``EventCodec``) with an empty
/// stamp (recorded at time 0 by "state").
extension EventPayload {
  /// The JSON of `event`, effective on `effective`, with an empty stamp.
  static func keptJSON(_ event: DomainEvent, effective: CivilDate) -> String {
    let payload = EventPayload(
      recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: effective, actor: "state",
      event: event)
    return String(decoding: EventCodec.encode(payload), as: UTF8.self)
  }

  /// The payload ``keptJSON(_:effective:)`` wrote.
  /// - Throws: ``JSONReadError`` when the text is not a payload.
  static func kept(fromJSON json: String) throws -> EventPayload {
    var text = json
    return try text.withUTF8 { try EventCodec.decodePayload(UnsafeRawBufferPointer($0)) }
  }
}
