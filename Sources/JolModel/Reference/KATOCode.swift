/// The shape of a KATO code (the state classifier of administrative-territorial units): nine
/// digits AA BB CC DDD — region, district, rural district or city settlement, settlement — as in
/// the statistics office's KATO file (columns te, ab, cd, ef, hij). A unit's level is the depth of
/// its last non-zero part, and its parent is the code with that part zeroed: 391010000 (the city
/// of Kostanay, level 3) is a child of 391000000 (Kostanay city administration, level 2), a child
/// of 390000000 (Kostanay region, level 1).
///
/// At level 2, BB 10–29 are cities of oblast significance (городская администрация, Г.А.) and BB
/// 30 and above are districts (аудандар / районы): observed in every KATO list read (1110
/// Кокшетау Г.А., 1132 Аккольский район, 3910 Костанай Г.А., 3954 Костанайский район); the
/// classifier's own wording of the rule is to verify, so Jol uses it only to check codes.
public struct KATOCode: RawRepresentable, Hashable, Comparable, Sendable {
  /// The nine digits (`395400000`).
  public let rawValue: String

  /// The code of these nine digits, or nil when the text is not nine ASCII digits whose zero
  /// parts trail (a zero BB followed by a non-zero CC is no code).
  public init?(rawValue: String) {
    guard rawValue.utf8.count == 9, rawValue.utf8.allSatisfy({ (48...57).contains($0) }) else {
      return nil
    }
    self.rawValue = rawValue
    guard Self.part(0, of: rawValue) != 0 else { return nil }
    // Once a part is zero, every later part is zero too.
    guard let firstZero = (1..<4).first(where: { Self.part($0, of: rawValue) == 0 }) else { return }
    guard (firstZero..<4).allSatisfy({ Self.part($0, of: rawValue) == 0 }) else { return nil }
  }

  /// 1 region, 2 district or city administration, 3 rural district or city, 4 settlement.
  public var level: Int {
    (0..<4).last(where: { Self.part($0, of: rawValue) != 0 }).map { $0 + 1 } ?? 1
  }

  /// The unit one level up; nil for a region.
  public var parent: KATOCode? {
    let keep = [0, 2, 4, 6][level - 1]
    guard keep > 0 else { return nil }
    return KATOCode(
      rawValue: String(rawValue.prefix(keep)) + String(repeating: "0", count: 9 - keep))
  }

  /// The two-digit region part (`39`).
  public var regionCode: String { String(rawValue.prefix(2)) }

  /// The first-level region the code lies in, when its AA is one of the twenty.
  public var region: Region? { Region(rawValue: regionCode) }

  /// The code of the region itself (`390000000`).
  public var regionUnit: KATOCode {
    KATOCode(rawValue: regionCode + "0000000")!
  }

  /// The district-level unit (level 2) a code of level 2 or deeper lies in; nil for a region.
  public var district: KATOCode? {
    level >= 2 ? KATOCode(rawValue: String(rawValue.prefix(4)) + "00000") : nil
  }

  /// What a district-level code's BB says: a city of oblast significance (10–29) or a district
  /// (30 and above); nil for other levels and for BB below 10, which no KATO list shows.
  public var districtKind: DistrictKind? {
    let number = Self.part(1, of: rawValue)
    guard level == 2, number >= 10 else { return nil }
    return number < 30 ? .cityOfOblastSignificance : .district
  }

  /// The two kinds of district-level units.
  public enum DistrictKind: String, Sendable {
    /// BB 10–29: облыстық маңызы бар қала / город областного значения (Г.А.).
    case cityOfOblastSignificance = "city"
    /// BB 30 and above: аудан / район.
    case district
  }

  public static func < (lhs: KATOCode, rhs: KATOCode) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Part `index` of nine ASCII digits as a number: 0 AA, 1 BB, 2 CC, 3 DDD.
  private static func part(_ index: Int, of digits: String) -> Int {
    let (start, length) = index < 3 ? (2 * index, 2) : (6, 3)
    var number = 0
    for byte in digits.utf8.dropFirst(start).prefix(length) {
      number = number * 10 + Int(byte - 48)
    }
    return number
  }
}

extension KATOCode: CustomStringConvertible {
  /// The nine digits.
  public var description: String { rawValue }
}
