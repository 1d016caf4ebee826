/// An individual identification number (ЖСН / ИИН): twelve digits laid out as a birth date, a
/// century and sex digit, a serial number and a check digit. Only validated values exist.
///
/// Layout: `YYMMDD` birth date, one digit for century and sex (1/2 → 1800s male/female,
/// 3/4 → 1900s, 5/6 → 2000s), four serial digits, the check digit (``IdentifierCheckDigit``).
///
/// The date and sex are only a **hint**: since Government Decree No. 853 of 26 August 2013 the
/// digits of an IIN are not bound to the person's data, and the Ministry of Justice has said that
/// an IIN whose first six digits differ from the birth date is not an error (both to verify: the
/// decree's text was not read). So an IIN whose digits name no calendar day (`010229…`, month
/// 13) but whose check digit is right is valid, with ``birthDateHint`` nil and a warning
/// (``impossibleDateWarning``); the birth date of record is the one a register exports (the
/// learner import's `birth_date` column). The check digit stays strict, and so does the fifth
/// digit (0–3, the first digit of a day): 4–6 there make a BIN (``IdentifierCheck``).
///
/// An IIN is personal data. ``description`` is the full value (the caller decides where it may
/// go); ``masked`` is the form for messages and logs.
public struct IIN: Hashable, Comparable, Sendable {
  /// The twelve digits.
  public let value: String
  /// The birth date the digits suggest: a hint for when no birth date is recorded; nil when
  /// the digits name no calendar day.
  public let birthDateHint: CivilDate?
  /// The sex the seventh digit suggests (a hint, like the date).
  public let sex: Sex

  /// Validates `text` as an IIN: exactly twelve ASCII digits, no spaces.
  /// - Throws: ``IINError`` naming the first problem found (non-digit, length, century digit,
  ///   day's first digit, never-issued prefix, check digit — in that order). An impossible date
  ///   is not an error (``impossibleDateWarning``).
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
    guard digits[4] <= 3 else {
      throw IINError(text: text, problem: .dayDigit(found: digits[4]))
    }
    switch IdentifierCheckDigit.compute(digits[0..<11]) {
    case .neverIssued: throw IINError(text: text, problem: .neverIssued)
    case .digit(let expected, _) where expected != digits[11]:
      throw IINError(text: text, problem: .checkDigit(expected: expected, found: digits[11]))
    case .digit: break
    }
    self.value = text
    let written = Self.writtenDate(digits)
    self.birthDateHint = CivilDate(year: written.year, month: written.month, day: written.day)
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

extension IIN {
  /// The year, month and day the digits spell, which may be no calendar day.
  static func writtenDate(_ digits: [Int]) -> (year: Int, month: Int, day: Int) {
    let year = 1800 + 100 * ((digits[6] - 1) / 2) + digits[0] * 10 + digits[1]
    return (year, digits[2] * 10 + digits[3], digits[4] * 10 + digits[5])
  }
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
  /// `text` with every run of exactly twelve digits that may be an IIN — a fifth digit 0–3, as
  /// an IIN's day begins, whatever its date and check digit, since a mistyped IIN is still
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
      // The shape of an IIN as it is now accepted: a fifth digit 0–3, whatever the date (the
      // digits need not be a real day since 2013); a BIN has 4–6 there.
      digits.dropFirst(4).first.map { ("0"..."3").contains($0) } ?? false
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
