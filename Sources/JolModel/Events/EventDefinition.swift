/// The payload of an event type: read and written by both codecs (``EventCodec`` and `Codable`),
/// which must agree byte for byte on what they accept.
protocol EventData: FastJSONCodable, Codable, Hashable, Sendable {}

/// The `data` object of an older schema version, as `Codable` reads it, and its upgrade to the
/// current payload.
protocol OlderEventData: Decodable, Sendable {
  associatedtype Current: EventData
  /// The same event in the current schema version.
  var upgraded: Current { get }
}

/// How one older schema version of an event type is read: each codec reads the old `data` object
/// and upgrades it to the current payload. Old events stay in the log as written; they are
/// upgraded each time they are read.
struct SchemaUpgrade<Data: EventData>: Sendable {
  /// The older version.
  let version: Int
  /// Reads the old `data` object with the fast codec, upgraded.
  let readFast: @Sendable (inout JSONReader) throws -> Data
  /// Reads the old `data` object with `Codable`, upgraded.
  let readCodable: @Sendable (KeyedDecodingContainer<EventPayload.CodingKeys>) throws -> Data

  /// Version `version`, read by `Old`'s `Codable` form and by `readFast`.
  init<Old: OlderEventData>(
    from version: Int, _: Old.Type,
    readFast: @escaping @Sendable (inout JSONReader) throws -> Data
  ) where Old.Current == Data {
    self.version = version
    self.readFast = readFast
    self.readCodable = { try $0.decode(Old.self, forKey: .data).upgraded }
  }
}

/// One event type, typed by its payload: its name, the kind of stream it belongs to, the schema
/// version written, how older versions are upgraded, and the ``DomainEvent`` case it is.
/// ``EventRegistry`` holds one per type; ``EventRow`` is the same row with the payload type
/// erased, for dispatch by name.
struct EventDefinition<Data: EventData>: Sendable {
  let type: EventType
  let streamKind: StreamKind
  /// The schema version written.
  let schemaVersion: Int
  /// Older versions read and upgraded.
  let upgrades: [SchemaUpgrade<Data>]
  /// The ``DomainEvent`` case of this type.
  let embed: @Sendable (Data) -> DomainEvent

  init(
    _ type: EventType, _ streamKind: StreamKind, _ embed: @escaping @Sendable (Data) -> DomainEvent,
    schemaVersion: Int = 1, upgrades: [SchemaUpgrade<Data>] = []
  ) {
    self.type = type
    self.streamKind = streamKind
    self.schemaVersion = schemaVersion
    self.upgrades = upgrades
    self.embed = embed
  }
}
