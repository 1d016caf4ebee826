/// A string identifier tagged with the kind of thing it names, so that a mentor id cannot be
/// passed where a learner id is expected. Identifiers are strings, never integers: a code keeps
/// its leading zeros.
public struct Tagged<Tag, RawValue: Hashable & Sendable & Comparable>: RawRepresentable, Hashable,
  Sendable, Comparable
{
  public let rawValue: RawValue

  public init(rawValue: RawValue) { self.rawValue = rawValue }
  public init(_ rawValue: RawValue) { self.rawValue = rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Tagged: Codable where RawValue: Codable {
  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(RawValue.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension Tagged: CustomStringConvertible {
  public var description: String { "\(rawValue)" }
}

extension Tagged: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
  ExpressibleByExtendedGraphemeClusterLiteral
where RawValue == String {
  public init(stringLiteral value: String) { self.rawValue = value }
}
