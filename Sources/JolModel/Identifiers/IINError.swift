/// Why a text is not a valid IIN, with the text itself so a message can name it.
public struct IINError: Error, Hashable, Sendable {
  /// What is wrong; each case names what would have been accepted.
  public enum Problem: Hashable, Sendable {
    /// Twelve digits were expected; `found` characters were given.
    case length(found: Int)
    /// The character at 1-based `position` is not an ASCII digit.
    case nonDigit(position: Int, character: Character)
    /// The seventh digit (century and sex) is 0, 7, 8 or 9; only 1–6 are assigned.
    case centuryDigit(found: Int)
    /// The first six digits and the century digit name no calendar day (2001-02-29, month 13).
    case impossibleDate(year: Int, month: Int, day: Int)
    /// The twelfth digit differs from the computed check digit `expected`.
    case checkDigit(expected: Int, found: Int)
    /// Both passes of the check-digit rule give 10: no IIN is issued with these digits.
    case neverIssued
  }

  /// The text that was checked (personal data: the caller decides where it may go).
  public let text: String
  /// What is wrong with it.
  public let problem: Problem

  public init(text: String, problem: Problem) {
    self.text = text
    self.problem = problem
  }

  /// What is wrong, without the number: "check digit should be 6, found 7".
  public var reason: LocalizedText { problem.reason }

  /// What is wrong, naming the number masked (``IIN/masked(_:)``):
  /// "IIN 08031*****17: check digit should be 6, found 7".
  public var message: LocalizedText {
    let shown = IIN.masked(text)
    return IdentifierMessage.iinWithReason.text(["number": shown, "reason": reason])
  }
}

extension IINError: CustomStringConvertible {
  /// The English ``message``.
  public var description: String { message.en }
}

extension IINError.Problem {
  fileprivate var reason: LocalizedText {
    switch self {
    case .length(let found): IdentifierMessage.iinLength.text(["found": String(found)])
    case .nonDigit(let position, let character):
      IdentifierMessage.iinNonDigit.text([
        "position": String(position), "character": String(character),
      ])
    case .centuryDigit(let found): IdentifierMessage.centuryDigit.text(["found": String(found)])
    case .impossibleDate(let year, let month, let day):
      IdentifierMessage.impossibleBirthDate.text(["date": isoDate(year, month, day)])
    case .checkDigit(let expected, let found):
      IdentifierMessage.checkDigit.text(["expected": String(expected), "found": String(found)])
    case .neverIssued: IdentifierMessage.neverIssued.text()
    }
  }
}

/// `YYYY-MM-DD` for a date that may not exist (month 13), as the digits give it.
private func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
  func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  return "\(year)-\(pad(month))-\(pad(day))"
}
