/// One row of ``EventRegistry`` with its payload type erased: what the decoders dispatch to once
/// they have read an event's type name.
public struct EventRow: Sendable {
  /// The type name.
  public let type: EventType
  /// The kind of stream events of this type are appended to.
  public let streamKind: StreamKind
  /// The schema version written.
  public let schemaVersion: Int
  /// The older schema versions read and upgraded, in registry order.
  public let olderSchemaVersions: [Int]
  /// Reads the `data` object written in a schema version with the fast codec.
  let readFast: @Sendable (inout JSONReader, _ schemaVersion: Int) throws -> DomainEvent
  /// Reads the `data` member written in a schema version with `Codable`.
  let readCodable:
    @Sendable (KeyedDecodingContainer<EventPayload.CodingKeys>, _ schemaVersion: Int) throws ->
      DomainEvent

  init<Data>(_ definition: EventDefinition<Data>) {
    type = definition.type
    streamKind = definition.streamKind
    schemaVersion = definition.schemaVersion
    olderSchemaVersions = definition.upgrades.map(\.version)
    let current = definition.schemaVersion
    let upgrades = definition.upgrades
    let embed = definition.embed
    let type = definition.type
    readFast = { r, version in
      if version == current { return embed(try Data(reading: &r)) }
      guard let upgrade = upgrades.first(where: { $0.version == version }) else {
        throw JSONReadError(
          offset: r.offset,
          reason: .unsupportedSchemaVersion(type: type.rawValue, version: version))
      }
      return embed(try upgrade.readFast(&r))
    }
    readCodable = { container, version in
      if version == current { return embed(try container.decode(Data.self, forKey: .data)) }
      guard let upgrade = upgrades.first(where: { $0.version == version }) else {
        throw DecodingError.dataCorruptedError(
          forKey: .schemaVersion, in: container,
          debugDescription: "event type '\(type.rawValue)' has no schema version \(version)")
      }
      return embed(try upgrade.readCodable(container))
    }
  }
}
