/// An individual identification number (ЖСН / ИИН): twelve digits that encode a birth date, a
/// century and sex digit, a serial number and a check digit. Only validated values exist.
///
/// Layout: `YYMMDD` birth date, one digit for century and sex (1/2 → 1800s male/female,
/// 3/4 → 1900s, 5/6 → 2000s), four serial digits, the check digit (``IdentifierCheckDigit``).
///
/// An IIN is personal data. ``description`` is the full value (the caller decides where it may
/// go); ``masked`` is the form for messages and logs.
public struct IIN: Hashable, Comparable, Sendable {
  /// The twelve digits.
  public let value: String
  /// The birth date the number encodes.
  public let birthDate: CivilDate
  /// The sex the number encodes.
  public let sex: Sex

  /// Validates `text` as an IIN: exactly twelve ASCII digits, no spaces.
  /// - Throws: ``IINError`` naming the first problem found (non-digit, length, century digit,
  ///   impossible date, never-issued prefix, check digit — in that order).
  public init(validating text: String) throws(IINError) {
    let digits: [Int]
    switch TwelveDigits(text) {
    case .digits(let parsed): digits = parsed
    case .nonDigit(let position, let character):
      throw IINError(text: text, problem: .nonDigit(position: position, character: character))
    case .length(let found): throw IINError(text: text, problem: .length(found: found))
    }
    let centuryDigit = digits[6]
    guard (1...6).contains(centuryDigit) else {
      throw IINError(text: text, problem: .centuryDigit(found: centuryDigit))
    }
    let year = 1800 + 100 * ((centuryDigit - 1) / 2) + digits[0] * 10 + digits[1]
    let month = digits[2] * 10 + digits[3]
    let day = digits[4] * 10 + digits[5]
    guard let date = CivilDate(year: year, month: month, day: day) else {
      throw IINError(text: text, problem: .impossibleDate(year: year, month: month, day: day))
    }
    switch IdentifierCheckDigit.compute(digits[0..<11]) {
    case .neverIssued: throw IINError(text: text, problem: .neverIssued)
    case .digit(let expected, _) where expected != digits[11]:
      throw IINError(text: text, problem: .checkDigit(expected: expected, found: digits[11]))
    case .digit: break
    }
    self.value = text
    self.birthDate = date
    self.sex = centuryDigit % 2 == 1 ? .male : .female
  }

  /// Validates `text` as an IIN; see ``init(validating:)``.
  public static func parse(_ text: String) -> Result<IIN, IINError> {
    Result { () throws(IINError) in try IIN(validating: text) }
  }

  /// The value with the day, century digit and serial hidden: `88051*****20`. Enough for a
  /// person to recognise a record in a message, not enough to identify anyone.
  public var masked: String { Self.masked(value) }

  /// The one rule for an IIN in a message, a log line or an error — valid or not, since a
  /// mistyped IIN is still mostly someone's IIN: the first five and the last two characters,
  /// the rest hidden behind five asterisks (`88051*****20`, `08031*****17`). A text of fewer
  /// than twelve characters keeps less: two at each end from eight on, none below that (`*****`).
  /// Only `jol id check`, whose job is to show the value typed, prints an IIN unmasked.
  public static func masked(_ text: String) -> String {
    let characters = Array(text)
    let kept: (head: Int, tail: Int) =
      switch characters.count {
      case 12...: (5, 2)
      case 8...: (2, 2)
      default: (0, 0)
      }
    return String(characters.prefix(kept.head)) + "*****" + String(characters.suffix(kept.tail))
  }

  public static func < (lhs: IIN, rhs: IIN) -> Bool { lhs.value < rhs.value }
}

extension IIN: CustomStringConvertible {
  /// The full twelve digits.
  public var description: String { value }
}

extension IIN: Codable {
  /// Decodes a string and validates it; an invalid IIN is a decoding error naming the reason.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try IIN(validating: text)
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

extension IIN {
  /// `text` with every run of exactly twelve digits that may be an IIN — its first six digits a
  /// possible birth date (YYMMDD), whatever its check digit, since a mistyped IIN is still
  /// mostly someone's — masked by ``masked(_:)``: what every message a person reads goes
  /// through, whatever value a user typed into whatever field (`jol id check`, whose job is to
  /// show the value, aside). A BIN (its month and day are a registration date and a type) or
  /// another number that cannot begin with a date is left as it is.
  public static func maskingAll(in text: String) -> String {
    guard text.utf8.count >= 12 else { return text }
    var result = ""
    var digits = ""
    func flush() {
      result += digits.count == 12 && mayBeBirthDate(digits) ? masked(digits) : digits
      digits = ""
    }
    func mayBeBirthDate(_ digits: String) -> Bool {
      let values = digits.prefix(6).compactMap(\.wholeNumberValue)
      let month = values[2] * 10 + values[3]
      let day = values[4] * 10 + values[5]
      return (1...12).contains(month) && (1...31).contains(day)
    }
    for character in text {
      if character.isASCII && character.isNumber {
        digits.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}
