/// A first-level administrative unit of Kazakhstan: an oblast or a city of republican
/// significance, named by its two-digit KATO code (equal to the ISO 3166-2:KZ number).
///
/// The twenty regions are compiled in (``all``); `Policies/reference/regions.csv` holds the same
/// table for people, and a test keeps the two equal. Abai, Zhetysu and Ulytau were formed on
/// 2022-06-08 from East Kazakhstan, Almaty region and Karaganda: ``formerParent`` and
/// ``region(on:)`` let records dated earlier carry the region as it then was. The 2018 changes
/// (Shymkent city and Turkistan region from South Kazakhstan) are before Jol's records and not
/// modelled.
public struct Region: RawRepresentable, Hashable, Comparable, Sendable {
  /// Two-digit KATO code (`63`).
  public let rawValue: String
  /// ISO 3166-2 code (`KZ-63`).
  public let iso: String
  /// The name in each language.
  public let name: LocalizedText
  /// Oblast or city of republican significance.
  public let kind: Kind
  /// The day the region was formed, when that is within Jol's records (2022-06-08 for Abai,
  /// Zhetysu, Ulytau); nil for regions that existed throughout.
  public let established: CivilDate?
  private let formerParentCode: String?

  /// Oblast or city.
  public enum Kind: String, CaseIterable, Codable, Sendable {
    /// Облыс / область.
    case oblast
    /// City of republican significance (республикалық маңызы бар қала / город
    /// республиканского значения).
    case city
  }

  /// The region with this KATO code, or nil when no first-level region has it.
  public init?(rawValue: String) {
    guard let region = Region.byCode[rawValue] else { return nil }
    self = region
  }

  /// Every region by its code: imports look one up per row.
  private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.rawValue, $0) })

  private init(
    _ name: RegionName, _ kind: Kind,
    established: CivilDate? = nil, formerParent: String? = nil
  ) {
    self.rawValue = name.rawValue
    self.iso = "KZ-" + name.rawValue
    self.name = name.text()
    self.kind = kind
    self.established = established
    self.formerParentCode = formerParent
  }

  /// The region this one was part of before ``established``.
  public var formerParent: Region? { formerParentCode.flatMap(Region.init(rawValue:)) }

  /// Whether the region existed on `date`.
  public func existed(on date: CivilDate) -> Bool {
    established.map { date >= $0 } ?? true
  }

  /// The region that a place in this region belonged to on `date`: itself, or its former
  /// parent before it was formed.
  public func region(on date: CivilDate) -> Region {
    if existed(on: date) { return self }
    return formerParent?.region(on: date) ?? self
  }

  public static func == (lhs: Region, rhs: Region) -> Bool { lhs.rawValue == rhs.rawValue }
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
  public static func < (lhs: Region, rhs: Region) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Region {
  /// 2022-06-08: Abai, Zhetysu and Ulytau regions formed (Presidential Decree «О некоторых
  /// вопросах административно-территориального устройства Республики Казахстан» of 2022-05-03,
  /// in force 2022-06-08; its number, 887, is to verify). Its Russian names are the official
  /// «область Абай», «область Жетісу», «область Ұлытау», as in the decree and the KATO lists.
  private static let reform2022 = CivilDate(year: 2022, month: 6, day: 8)!

  public static let abai = Region(
    .abai, .oblast,
    established: reform2022, formerParent: "63")
  public static let akmola = Region(.akmola, .oblast)
  public static let aktobe = Region(.aktobe, .oblast)
  public static let almatyOblast = Region(.almatyOblast, .oblast)
  public static let atyrau = Region(.atyrau, .oblast)
  public static let westKazakhstan = Region(.westKazakhstan, .oblast)
  public static let zhambyl = Region(.zhambyl, .oblast)
  public static let zhetysu = Region(
    .zhetysu, .oblast,
    established: reform2022, formerParent: "19")
  public static let karaganda = Region(.karaganda, .oblast)
  public static let kostanay = Region(.kostanay, .oblast)
  public static let kyzylorda = Region(.kyzylorda, .oblast)
  public static let mangystau = Region(.mangystau, .oblast)
  public static let pavlodar = Region(.pavlodar, .oblast)
  public static let northKazakhstan = Region(.northKazakhstan, .oblast)
  public static let turkistan = Region(.turkistan, .oblast)
  public static let ulytau = Region(
    .ulytau, .oblast,
    established: reform2022, formerParent: "35")
  public static let eastKazakhstan = Region(.eastKazakhstan, .oblast)
  public static let astana = Region(.astana, .city)
  public static let almaty = Region(.almaty, .city)
  public static let shymkent = Region(.shymkent, .city)

  /// The twenty first-level regions, by KATO code.
  public static let all: [Region] = [
    .abai, .akmola, .aktobe, .almatyOblast, .atyrau, .westKazakhstan, .zhambyl, .zhetysu,
    .karaganda, .kostanay, .kyzylorda, .mangystau, .pavlodar, .northKazakhstan, .turkistan,
    .ulytau, .eastKazakhstan, .astana, .almaty, .shymkent,
  ]

  /// The regions that existed on `date` (17 before 2022-06-08, 20 since).
  public static func all(on date: CivilDate) -> [Region] {
    all.filter { $0.existed(on: date) }
  }
}

extension Region: Codable {
  /// Decodes a KATO code; an unknown code is a decoding error listing what is accepted.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let code = try container.decode(String.self)
    guard let region = Region(rawValue: code) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "unknown region KATO code '\(code)'; expected one of "
          + Region.all.map(\.rawValue).joined(separator: ", "))
    }
    self = region
  }

  /// Encodes the KATO code.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension Region: CustomStringConvertible {
  /// The KATO code.
  public var description: String { rawValue }
}
