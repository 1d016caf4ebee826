/// Which of Kazakhstan's twelve-digit identifiers a number is.
public enum IdentifierKind: String, CaseIterable, Codable, Sendable {
  case iin
  case bin
}

/// The verdict on a text that should be an IIN or a BIN: which it is, whether it is valid, and
/// why not. Backs `jol id check`.
///
/// How the kind is decided — deterministically, from the fifth digit alone:
/// - In an IIN, digits 5–6 are the day of birth (01–31), so the fifth digit is 0–3.
/// - In a BIN, the fifth digit is the type of entity, 4–6.
///
/// The two sets do not overlap, so twelve digits with a fifth digit 0–3 are checked as an IIN
/// and with 4–6 as a BIN; the month (digits 3–4) is not consulted because both kinds put a
/// month there and a wrong month should be reported by the kind it belongs to. A fifth digit
/// 7–9, or a text that is not twelve digits, is neither: ``kind`` is nil.
public enum IdentifierCheck: Hashable, Sendable {
  /// A valid IIN.
  case validIIN(IIN)
  /// A valid BIN.
  case validBIN(BIN)
  /// Twelve digits read as an IIN (fifth digit 0–3) that fail its checks.
  case invalidIIN(IINError)
  /// Twelve digits read as a BIN (fifth digit 4–6) that fail its checks.
  case invalidBIN(BINError)
  /// Not twelve digits, or a fifth digit that fits neither kind.
  case unrecognized(UnrecognizedIdentifier)

  /// Classifies and validates `text` (exactly as given: no trimming).
  /// - Complexity: O(n) in the length of `text`.
  public static func check(_ text: String) -> IdentifierCheck {
    switch TwelveDigits(text) {
    case .nonDigit(let position, let character):
      return .unrecognized(
        UnrecognizedIdentifier(
          text: text, problem: .nonDigit(position: position, character: character)))
    case .length(let found):
      return .unrecognized(UnrecognizedIdentifier(text: text, problem: .length(found: found)))
    case .digits(let digits):
      switch digits[4] {
      case 0...3:
        do { return .validIIN(try IIN(validating: text)) } catch { return .invalidIIN(error) }
      case 4...6:
        do { return .validBIN(try BIN(validating: text)) } catch { return .invalidBIN(error) }
      default:
        return .unrecognized(
          UnrecognizedIdentifier(text: text, problem: .fifthDigit(found: digits[4])))
      }
    }
  }

  /// The kind the text was read as; nil when it fits neither.
  public var kind: IdentifierKind? {
    switch self {
    case .validIIN, .invalidIIN: .iin
    case .validBIN, .invalidBIN: .bin
    case .unrecognized: nil
    }
  }

  /// Whether the text is a valid IIN or BIN.
  public var isValid: Bool {
    switch self {
    case .validIIN, .validBIN: true
    case .invalidIIN, .invalidBIN, .unrecognized: false
    }
  }

  /// Why the text is not valid, without repeating it; nil when valid.
  public var reason: LocalizedText? {
    switch self {
    case .validIIN, .validBIN: nil
    case .invalidIIN(let error): error.reason
    case .invalidBIN(let error): error.reason
    case .unrecognized(let error): error.reason
    }
  }
}

/// A text that is neither an IIN nor a BIN by its shape.
public struct UnrecognizedIdentifier: Error, Hashable, Sendable {
  /// What is wrong with the shape.
  public enum Problem: Hashable, Sendable {
    /// Twelve digits were expected; `found` characters were given.
    case length(found: Int)
    /// The character at 1-based `position` is not an ASCII digit.
    case nonDigit(position: Int, character: Character)
    /// The fifth digit is 7–9: not a day of birth (IIN, 0–3) nor a type of entity (BIN, 4–6).
    case fifthDigit(found: Int)
  }

  /// The text that was checked.
  public let text: String
  /// What is wrong with it.
  public let problem: Problem

  /// What is wrong, without the text.
  public var reason: LocalizedText {
    switch problem {
    case .length(let found): IdentifierMessage.eitherLength.text(["found": String(found)])
    case .nonDigit(let position, let character):
      IdentifierMessage.eitherNonDigit.text([
        "position": String(position), "character": String(character),
      ])
    case .fifthDigit(let found): IdentifierMessage.fifthDigit.text(["found": String(found)])
    }
  }
}
