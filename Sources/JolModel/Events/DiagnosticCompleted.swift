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

/// `learner.diagnostic_completed`: a career diagnostic taken by a pupil, raw and scored
/// (schema version 2; version 1 is read through `DiagnosticCompleted+Upgrade.swift`).
///
/// The raw answers are kept so the sheet can be re-scored under another version of the
/// instrument (`jol diagnose rescore`, which appends a new event and leaves this one). Results
/// guide; they never select or exclude anyone.
public struct DiagnosticCompleted: Hashable, Codable, Sendable {
  /// The instrument and version that scored the answers.
  public var instrument: InstrumentRef
  /// The raw answers by item number: the option id chosen (`"7": "a"`) or the rating given
  /// (`"12": "4"`). Unanswered items are left out.
  public var answers: [String: String]
  /// Score on each scored scale: scale id → score. A scale left unscored (too many of its items
  /// unanswered) is absent.
  public var scores: [String: FixedDecimal]
  /// Band of each scored scale: scale id → band id (`"technology": "pronounced"`).
  public var bands: [String: String]
  /// The scales at the highest score, in instrument order: several when tied (ties are
  /// reported, never broken).
  public var leading: [String]
  /// Validity flags (`missing_answers`, `straight_lining`, `flat_profile`).
  public var flags: [String]
  /// The profile directions (``Direction`` ids) the leading scales point to through the
  /// crosswalk of `Policies/diagnostics/crosswalk/`; several when tied or when a scale points to
  /// several.
  public var leadingDirections: [String]

  public init(
    instrument: InstrumentRef, answers: [String: String], scores: [String: FixedDecimal],
    bands: [String: String] = [:], leading: [String] = [], flags: [String] = [],
    leadingDirections: [String]
  ) {
    self.instrument = instrument
    self.answers = answers
    self.scores = scores
    self.bands = bands
    self.leading = leading
    self.flags = flags
    self.leadingDirections = leadingDirections
  }

  enum CodingKeys: String, CodingKey {
    case instrument, answers, scores, bands, leading, flags
    case leadingDirections = "leading_directions"
  }
}
