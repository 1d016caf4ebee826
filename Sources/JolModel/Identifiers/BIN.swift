/// A business identification number (БСН / БИН): twelve digits for a legal entity, its branch or
/// representative office, or a joint individual entrepreneurship. Only validated values exist.
///
/// Layout: `YYMM` of registration, a type digit (4 resident legal entity, 5 non-resident,
/// 6 joint individual entrepreneurship), an attribute digit (0 head office, 1 branch,
/// 2 representative office, 3 peasant farm), five serial digits and the check digit of
/// ``IdentifierCheckDigit`` (the same rule as the IIN's).
public struct BIN: Hashable, Comparable, Sendable {
  /// The twelve digits.
  public let value: String
  /// Year of registration. `YY` 90–99 is read as 1990–1999 (registrations of independent
  /// Kazakhstan), 00–89 as 2000–2089.
  public let registrationYear: Int
  /// Month of registration, 1–12.
  public let registrationMonth: Int
  /// What kind of entity holds the number (fifth digit).
  public let entityKind: EntityKind
  /// Head office, branch, representative office or peasant farm (sixth digit).
  public let attribute: Attribute

  /// The fifth digit: who is registered.
  public enum EntityKind: Int, CaseIterable, Codable, Sendable {
    case residentLegalEntity = 4
    case nonResidentLegalEntity = 5
    case jointIndividualEntrepreneurship = 6
  }

  /// The sixth digit: which part of the entity.
  public enum Attribute: Int, CaseIterable, Codable, Sendable {
    case headOffice = 0
    case branch = 1
    case representativeOffice = 2
    case peasantFarm = 3
  }

  /// Validates `text` as a BIN: exactly twelve ASCII digits, no spaces.
  /// - Throws: ``BINError`` naming the first problem found (non-digit, length, month, type
  ///   digit, attribute digit, never-issued prefix, check digit — in that order).
  public init(validating text: String) throws(BINError) {
    let digits: [Int]
    switch TwelveDigits(text) {
    case .digits(let parsed): digits = parsed
    case .nonDigit(let position, let character):
      throw BINError(text: text, problem: .nonDigit(position: position, character: character))
    case .length(let found): throw BINError(text: text, problem: .length(found: found))
    }
    let month = digits[2] * 10 + digits[3]
    guard (1...12).contains(month) else {
      throw BINError(text: text, problem: .month(found: month))
    }
    guard let kind = EntityKind(rawValue: digits[4]) else {
      throw BINError(text: text, problem: .entityKind(found: digits[4]))
    }
    guard let attribute = Attribute(rawValue: digits[5]) else {
      throw BINError(text: text, problem: .attribute(found: digits[5]))
    }
    switch IdentifierCheckDigit.compute(digits[0..<11]) {
    case .neverIssued: throw BINError(text: text, problem: .neverIssued)
    case .digit(let expected, _) where expected != digits[11]:
      throw BINError(text: text, problem: .checkDigit(expected: expected, found: digits[11]))
    case .digit: break
    }
    let yy = digits[0] * 10 + digits[1]
    self.value = text
    self.registrationYear = yy >= 90 ? 1900 + yy : 2000 + yy
    self.registrationMonth = month
    self.entityKind = kind
    self.attribute = attribute
  }

  /// Validates `text` as a BIN; see ``init(validating:)``.
  public static func parse(_ text: String) -> Result<BIN, BINError> {
    Result { () throws(BINError) in try BIN(validating: text) }
  }

  public static func < (lhs: BIN, rhs: BIN) -> Bool { lhs.value < rhs.value }
}

extension BIN: CustomStringConvertible {
  /// The twelve digits (a BIN names an organisation, not a person).
  public var description: String { value }
}

extension BIN: Codable {
  /// Decodes a string and validates it; an invalid BIN is a decoding error naming the reason.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try BIN(validating: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.reason.en)
    }
  }

  /// Encodes the twelve digits as a string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}
