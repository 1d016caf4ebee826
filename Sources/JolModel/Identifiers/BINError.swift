/// Why a text is not a valid BIN, with the text itself so a message can name it.
public struct BINError: Error, Hashable, Sendable {
  /// What is wrong; each case names what would have been accepted.
  public enum Problem: Hashable, Sendable {
    /// Twelve digits were expected; `found` characters were given.
    case length(found: Int)
    /// The character at 1-based `position` is not an ASCII digit.
    case nonDigit(position: Int, character: Character)
    /// Digits 3–4 (month of registration) are not 01–12.
    case month(found: Int)
    /// The fifth digit (type of entity) is not 4, 5 or 6.
    case entityKind(found: Int)
    /// The sixth digit (head office, branch…) is not 0–3.
    case attribute(found: Int)
    /// The twelfth digit differs from the computed check digit `expected`.
    case checkDigit(expected: Int, found: Int)
    /// Both passes of the check-digit rule give 10: no BIN is issued with these digits.
    case neverIssued
  }

  /// The text that was checked.
  public let text: String
  /// What is wrong with it.
  public let problem: Problem

  public init(text: String, problem: Problem) {
    self.text = text
    self.problem = problem
  }

  /// What is wrong, without the number: "check digit should be 5, found 4".
  public var reason: LocalizedText { problem.reason }

  /// What is wrong, naming the number: "BIN 940140000384: check digit should be 5, found 4".
  public var message: LocalizedText {
    IdentifierMessage.binWithReason.text(["number": text, "reason": reason])
  }
}

extension BINError: CustomStringConvertible {
  /// The English ``message``.
  public var description: String { message.en }
}

extension BINError.Problem {
  fileprivate var reason: LocalizedText {
    switch self {
    case .length(let found): IdentifierMessage.binLength.text(["found": String(found)])
    case .nonDigit(let position, let character):
      IdentifierMessage.binNonDigit.text([
        "position": String(position), "character": String(character),
      ])
    case .month(let found): IdentifierMessage.registrationMonth.text(["found": twoDigits(found)])
    case .entityKind(let found): IdentifierMessage.entityKind.text(["found": String(found)])
    case .attribute(let found): IdentifierMessage.binAttribute.text(["found": String(found)])
    case .checkDigit(let expected, let found):
      IdentifierMessage.checkDigit.text(["expected": String(expected), "found": String(found)])
    case .neverIssued: IdentifierMessage.neverIssued.text()
    }
  }
}

private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
