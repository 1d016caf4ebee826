/// A kept event as the log's payload JSON (``EventCodec``), with an empty stamp, and its place
/// among its thing's run starts and ends (``KeptEvent/after``): how the snapshot and `Codable`
/// carry it.
extension KeptEvent: Codable {
  /// The event and its date as a log payload's JSON.
  var json: String { EventPayload.keptJSON(event, effective: effective) }

  /// The kept event a payload's JSON holds, recorded after `after` run starts and ends of its
  /// thing and date.
  /// - Throws: ``JSONReadError`` when the text is not a payload; ``KeptEventError`` when its
  ///   event is of a kind no collection keeps.
  init(json: String, after: Int) throws {
    let payload = try EventPayload.kept(fromJSON: json)
    guard Self.thing(of: payload.event) != nil else { throw KeptEventError.notKept }
    self.init(effective: payload.effective, event: payload.event, after: after)
  }

  private enum CodingKeys: String, CodingKey {
    case event, after
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(json, forKey: .event)
    try container.encode(after, forKey: .after)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      json: try container.decode(String.self, forKey: .event),
      after: try container.decode(Int.self, forKey: .after))
  }
}

/// Why a kept event could not be read.
enum KeptEventError: Error {
  /// The event is of a kind no collection of the state keeps.
  case notKept
}
