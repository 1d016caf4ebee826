/// An instrument and its version, written `klimov@2`: results are kept with the version that
/// produced them so they can be re-scored.
public struct InstrumentRef: Hashable, Comparable, Sendable {
  public var id: String
  public var version: Int

  public init(id: String, version: Int) {
    self.id = id
    self.version = version
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.id, lhs.version) < (rhs.id, rhs.version)
  }
}

extension InstrumentRef: LosslessStringConvertible, Codable {
  /// Parses `id@version` (a non-empty id, a positive version).
  public init?(_ text: String) {
    guard let at = text.lastIndex(of: "@"), at != text.startIndex,
      let version = Int(text[text.index(after: at)...]), version > 0
    else { return nil }
    self.init(id: String(text[..<at]), version: version)
  }

  public var description: String { "\(id)@\(version)" }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = InstrumentRef(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected an instrument as id@version, found '\(text)'")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// `learner.diagnostic_completed`: a career diagnostic taken by a pupil, raw and scored.
public struct DiagnosticCompleted: Hashable, Codable, Sendable {
  public var instrument: InstrumentRef
  /// The option chosen for each item: item id → option id.
  public var answers: [String: String]
  /// Score on each scale of the instrument: scale id → score.
  public var scores: [String: FixedDecimal]
  /// The profile directions with the highest score (more than one when tied: ties are
  /// reported, not hidden).
  public var leadingDirections: [String]

  public init(
    instrument: InstrumentRef, answers: [String: String], scores: [String: FixedDecimal],
    leadingDirections: [String]
  ) {
    self.instrument = instrument
    self.answers = answers
    self.scores = scores
    self.leadingDirections = leadingDirections
  }

  enum CodingKeys: String, CodingKey {
    case instrument, answers, scores
    case leadingDirections = "leading_directions"
  }
}
