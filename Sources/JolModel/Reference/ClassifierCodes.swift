/// An 8-digit specialty code of the TVET classifier (`06130100`); the first four digits are the
/// ISCED-F 2013 detailed field. Kept as a string: codes start with zeros.
public struct SpecialtyCode: RawRepresentable, Hashable, Comparable, Codable, Sendable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A qualification code (`4S06130103`): a level prefix (`3W` worker, `4S` mid-level specialist),
/// the specialty's first six digits and a two-digit serial.
public struct QualificationCode: RawRepresentable, Hashable, Comparable, Codable, Sendable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
