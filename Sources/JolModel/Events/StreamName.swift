/// What a stream is about: the first part of its name.
public enum StreamKind: String, CaseIterable, Codable, Sendable {
  case learner
  case institution
  case enterprise
  case mentor
  case policy
  case round
  case matching
}

extension StreamKind {
  /// The kind whose raw value is these UTF-8 bytes (matched without making a string: stream
  /// names are parsed once per event on replay).
  init?(_ name: UnsafeRawBufferPointer) {
    guard let index = streamKindNames.firstIndex(where: { $0.elementsEqual(name) }) else {
      return nil
    }
    self = StreamKind.allCases[index]
  }
}

/// The UTF-8 bytes of each kind's raw value, in `allCases` order.
private let streamKindNames: [[UInt8]] = StreamKind.allCases.map { Array($0.rawValue.utf8) }

/// The name of a log stream: `kind/id` — `learner/<LearnerID>`, `institution/<code>`,
/// `enterprise/<BIN>`, `mentor/<id>`, `policy/<id>`, `round/<id>`, `matching/<id>`. The stream
/// names the subject of its events, so payloads do not repeat it.
public struct StreamName: Hashable, Comparable, Sendable {
  public var kind: StreamKind
  /// The subject's id (may itself contain `/`; only the first `/` separates).
  public var id: String

  public init(kind: StreamKind, id: String) {
    self.kind = kind
    self.id = id
  }

  public static func learner(_ id: LearnerID) -> Self { Self(kind: .learner, id: id.rawValue) }
  public static func institution(_ id: InstitutionID) -> Self {
    Self(kind: .institution, id: id.rawValue)
  }
  public static func enterprise(_ id: EnterpriseID) -> Self {
    Self(kind: .enterprise, id: id.rawValue)
  }
  public static func mentor(_ id: MentorID) -> Self { Self(kind: .mentor, id: id.rawValue) }
  public static func policy(_ id: PolicyID) -> Self { Self(kind: .policy, id: id.rawValue) }
  public static func round(_ id: RoundID) -> Self { Self(kind: .round, id: id.rawValue) }
  public static func matching(_ id: MatchingRunID) -> Self {
    Self(kind: .matching, id: id.rawValue)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

extension StreamName: LosslessStringConvertible, Codable {
  /// Parses `kind/id` with a known kind and a non-empty id.
  public init?(_ text: String) {
    var text = text
    // Parsed once per event on replay: bytes, not characters.
    let parsed = text.withUTF8 { utf8 -> (StreamKind, String)? in
      guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")), slash + 1 < utf8.count,
        let kind = StreamKind(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[..<slash])))
      else { return nil }
      return (
        kind, String(decoding: UnsafeBufferPointer(rebasing: utf8[(slash + 1)...]), as: UTF8.self)
      )
    }
    guard let (kind, id) = parsed else { return nil }
    self.init(kind: kind, id: id)
  }

  public var description: String { kind.rawValue + "/" + id }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = StreamName(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a stream kind/id (learner/L-…), found '\(text)'")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
