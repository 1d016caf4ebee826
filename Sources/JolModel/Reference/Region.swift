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
    guard let region = Region.all.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = region
  }

  private init(
    _ kato: String, kk: String, ru: String, en: String, _ kind: Kind,
    established: CivilDate? = nil, formerParent: String? = nil
  ) {
    self.rawValue = kato
    self.iso = "KZ-" + kato
    self.name = LocalizedText(kk: kk, ru: ru, en: en)
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
    "10", kk: "Абай облысы", ru: "область Абай", en: "Abai Region", .oblast,
    established: reform2022, formerParent: "63")
  public static let akmola = Region(
    "11", kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region", .oblast)
  public static let aktobe = Region(
    "15", kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region", .oblast)
  public static let almatyOblast = Region(
    "19", kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region", .oblast)
  public static let atyrau = Region(
    "23", kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region", .oblast)
  public static let westKazakhstan = Region(
    "27", kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область",
    en: "West Kazakhstan Region", .oblast)
  public static let zhambyl = Region(
    "31", kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region", .oblast)
  public static let zhetysu = Region(
    "33", kk: "Жетісу облысы", ru: "область Жетісу", en: "Zhetysu Region", .oblast,
    established: reform2022, formerParent: "19")
  public static let karaganda = Region(
    "35", kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region", .oblast)
  public static let kostanay = Region(
    "39", kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region", .oblast)
  public static let kyzylorda = Region(
    "43", kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region", .oblast)
  public static let mangystau = Region(
    "47", kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region", .oblast)
  public static let pavlodar = Region(
    "55", kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region", .oblast)
  public static let northKazakhstan = Region(
    "59", kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область",
    en: "North Kazakhstan Region", .oblast)
  public static let turkistan = Region(
    "61", kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region", .oblast)
  public static let ulytau = Region(
    "62", kk: "Ұлытау облысы", ru: "область Ұлытау", en: "Ulytau Region", .oblast,
    established: reform2022, formerParent: "35")
  public static let eastKazakhstan = Region(
    "63", kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область",
    en: "East Kazakhstan Region", .oblast)
  public static let astana = Region("71", kk: "Астана қ.", ru: "г. Астана", en: "Astana", .city)
  public static let almaty = Region("75", kk: "Алматы қ.", ru: "г. Алматы", en: "Almaty", .city)
  public static let shymkent = Region(
    "79", kk: "Шымкент қ.", ru: "г. Шымкент", en: "Shymkent", .city)

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
