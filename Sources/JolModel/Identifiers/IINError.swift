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
    /// The fifth digit is 4–9: an IIN's fifth and sixth digits are laid out as a day, 0–3 first
    /// (4–6 there make a BIN). An impossible date is only a warning
    /// (``IIN/impossibleDateWarning``).
    case dayDigit(found: Int)
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
    return LocalizedText(
      kk: "ЖСН \(shown): \(reason.kk)", ru: "ИИН \(shown): \(reason.ru)",
      en: "IIN \(shown): \(reason.en)")
  }
}

extension IINError: CustomStringConvertible {
  /// The English ``message``.
  public var description: String { message.en }
}

extension IINError.Problem {
  fileprivate var reason: LocalizedText {
    switch self {
    case .length(let found):
      LocalizedText(
        kk: "ЖСН 12 цифрдан тұруы керек, мұнда \(found) таңба бар",
        ru: "в ИИН должно быть 12 цифр, здесь символов: \(found)",
        en: "an IIN has 12 digits, found \(found) characters")
    case .nonDigit(let position, let character):
      LocalizedText(
        kk: "\(position)-таңба («\(character)») цифр емес; ЖСН тек цифрлардан тұрады",
        ru: "\(position)-й символ («\(character)») — не цифра; ИИН состоит только из цифр",
        en: "character \(position) ('\(character)') is not a digit; an IIN is digits only")
    case .centuryDigit(let found):
      LocalizedText(
        kk: "7-цифр (ғасыр мен жыныс) 1–6 болуы керек, мұнда \(found)",
        ru: "7-я цифра (век и пол) должна быть от 1 до 6, здесь \(found)",
        en: "digit 7 (century and sex) must be 1–6, found \(found)")
    case .dayDigit(let found):
      LocalizedText(
        kk: "5-цифр 0–3 болуы керек (ЖСН-де 5–6 цифрлар күн ретінде жазылады), мұнда \(found)",
        ru: "5-я цифра должна быть от 0 до 3 (в ИИН 5–6-я цифры записаны как день), здесь \(found)",
        en: "digit 5 must be 0–3 (an IIN's digits 5–6 are laid out as a day), found \(found)")
    case .checkDigit(let expected, let found):
      LocalizedText(
        kk: "бақылау цифры \(expected) болуы керек, мұнда \(found)",
        ru: "контрольная цифра должна быть \(expected), здесь \(found)",
        en: "check digit should be \(expected), found \(found)")
    case .neverIssued:
      LocalizedText(
        kk: "мұндай нөмір берілмейді: бақылау сомасы екі есептеуде де 10",
        ru: "такой номер не выдаётся: контрольная сумма равна 10 при обоих расчётах",
        en: "never issued: the check sum is 10 on both passes")
    }
  }
}

/// `YYYY-MM-DD` for a date that may not exist (month 13), as the digits give it.
func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
  func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  return "\(year)-\(pad(month))-\(pad(day))"
}
