/// A profile direction: one of the seven broad fields that school profile classes (since 2025)
/// and career diagnostics point pupils to, and that every TVET specialty belongs to.
///
/// The seven: engineering, ICT, agriculture, transport, services, creative, and medicine and
/// the social sphere (health care, education, sport, social work) as one direction,
/// `medicine_social`. The reference sample split the last into `medicine` and `social`; both
/// words are read as `medicine_social` by ``known(_:)`` and exist as static aliases, so data
/// written either way means the same. An open set: the ids are data in `Policies/`.
public struct Direction: RawRepresentable, Hashable, Comparable, Codable, Sendable {
  /// The stable id (`ict`).
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public static let engineering = Direction(rawValue: "engineering")
  /// Information and communication technology.
  public static let ict = Direction(rawValue: "ict")
  public static let agriculture = Direction(rawValue: "agriculture")
  public static let transport = Direction(rawValue: "transport")
  public static let services = Direction(rawValue: "services")
  /// Arts, design, music, media.
  public static let creative = Direction(rawValue: "creative")
  /// Health care, education, sport and social work: one direction.
  public static let medicineSocial = Direction(rawValue: "medicine_social")
  /// The same as ``medicineSocial``.
  public static let medicine = medicineSocial
  /// The same as ``medicineSocial``.
  public static let social = medicineSocial

  /// The seven directions, in the order reports list them.
  public static let all: [Direction] = [
    .engineering, .ict, .agriculture, .transport, .services, .creative, .medicineSocial,
  ]

  /// The known direction an id, alias or title names (`ict`, `medicine`, `social`,
  /// `medicine_social`, «Ақпараттық-коммуникациялық технологиялар», «Сфера услуг»; case and
  /// surrounding spaces ignored), or nil: every title Jol prints for a direction reads back.
  public static func known(_ text: String) -> Direction? {
    let id = text.trimmingSpaces().lowercased()
    if id == "medicine" || id == "social" { return .medicineSocial }
    return all.first { $0.rawValue == id } ?? titles[id]
  }

  /// Every direction's titles, lowercased.
  private static let titles: [String: Direction] = {
    var titles: [String: Direction] = [:]
    for direction in all {
      for language in Language.allCases {
        titles[direction.title[language].lowercased()] = direction
      }
    }
    return titles
  }()

  /// The direction's name in each language; the id itself for a direction Jol does not know.
  public var title: LocalizedText {
    DirectionTitle(rawValue: rawValue)?.title ?? .same(rawValue)
  }

  public static func < (lhs: Direction, rhs: Direction) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
