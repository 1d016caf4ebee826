/// The check digit of Kazakhstan's twelve-digit identifiers (IIN and BIN use the same rule).
///
/// Over the first eleven digits `d[0…10]`: `k = Σ d[i]·(i+1) mod 11`. When `k == 10`, a second
/// pass with weights `3,4,5,6,7,8,9,10,11,1,2` is taken; when that is 10 too, the prefix is
/// never issued. Otherwise `k` is the twelfth digit.
///
/// What the rule detects: the first-pass weight of the eleventh digit is 11 ≡ 0 (mod 11), so a
/// change of the eleventh digit alone goes unnoticed whenever the first pass decides the digit.
/// Every other single-digit change is caught as long as the changed number is decided by the
/// same pass; a change that moves the first pass to 10 can land on a valid number.
public enum IdentifierCheckDigit {
  /// What the check-digit rule gives for eleven digits.
  public enum Outcome: Hashable, Sendable {
    /// The check digit `value` (0–9); `secondPass` tells whether the first pass gave 10.
    case digit(Int, secondPass: Bool)
    /// Both passes give 10: no identifier is ever issued with this prefix.
    case neverIssued
  }

  private static let secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

  /// The check digit for the first eleven digits (each 0–9) of an IIN or BIN.
  /// - Precondition: `digits.count == 11`.
  /// - Complexity: O(1).
  public static func compute(_ digits: some Collection<Int>) -> Outcome {
    precondition(digits.count == 11, "the check digit is computed over eleven digits")
    var first = 0
    var second = 0
    for (index, digit) in digits.enumerated() {
      first += digit * (index + 1)
      second += digit * secondWeights[index]
    }
    if first % 11 != 10 { return .digit(first % 11, secondPass: false) }
    if second % 11 != 10 { return .digit(second % 11, secondPass: true) }
    return .neverIssued
  }
}

/// The digits of a twelve-character identifier, or why the text is not twelve ASCII digits.
enum TwelveDigits {
  case digits([Int])
  /// The 1-based position and the character that is not an ASCII digit.
  case nonDigit(position: Int, character: Character)
  /// Twelve digits were expected; this many characters were found.
  case length(found: Int)

  /// Splits `text` into digits. A non-digit is reported before a wrong length: "character 7
  /// ('-') is not a digit" helps more with `880515-300120` than "13 characters".
  init(_ text: String) {
    var digits: [Int] = []
    digits.reserveCapacity(12)
    // Twelve ASCII digits, as almost every identifier is written, without forming characters
    // (a digit byte is a character of its own unless a combining mark follows, which is not a
    // digit byte: such a text falls through to the character loop).
    if text.utf8.count == 12, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
      for byte in text.utf8 { digits.append(Int(byte) - 48) }
      self = .digits(digits)
      return
    }
    var count = 0
    for character in text {
      count += 1
      guard let ascii = character.asciiValue, (48...57).contains(ascii) else {
        self = .nonDigit(position: count, character: character)
        return
      }
      digits.append(Int(ascii) - 48)
    }
    self = count == 12 ? .digits(digits) : .length(found: count)
  }
}
