import Foundation

/// The `Codable` form of a payload, the same JSON as ``EventCodec`` reads and writes. It is the
/// reference the fast codec is tested against, and what other tools can use; replay uses
/// ``EventCodec``.
extension EventPayload: Codable {
  enum CodingKeys: String, CodingKey {
    case type
    case schemaVersion = "schema_version"
    case effective
    case recordedAt = "recorded_at"
    case actor, data
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(EventType.self, forKey: .type)
    let version = try container.decode(Int.self, forKey: .schemaVersion)
    guard let row = EventRegistry.row(type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown event type '\(type.rawValue)'")
    }
    let event = try row.readCodable(container, version)
    self.init(
      recordedAt: try container.decode(Timestamp.self, forKey: .recordedAt),
      effective: try container.decode(CivilDate.self, forKey: .effective),
      actor: try container.decode(ActorID.self, forKey: .actor),
      event: event)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    var data = CodableDataWriter(container: container)
    let (type, schemaVersion) = try event.open(&data)
    try container.encode(type, forKey: .type)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(effective, forKey: .effective)
    try container.encode(recordedAt, forKey: .recordedAt)
    try container.encode(actor, forKey: .actor)
  }
}

/// Encodes an event's payload as the `data` member; returns its row's type and schema version.
private struct CodableDataWriter: EventVisitor {
  typealias Failure = any Error
  var container: KeyedEncodingContainer<EventPayload.CodingKeys>

  mutating func visit<Data: EventData>(_ data: Data, _ definition: EventDefinition<Data>) throws
    -> (EventType, Int)
  {
    try container.encode(data, forKey: .data)
    return (definition.type, definition.schemaVersion)
  }
}
