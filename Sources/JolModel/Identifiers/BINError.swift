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
    LocalizedText(
      kk: "БСН \(text): \(reason.kk)", ru: "БИН \(text): \(reason.ru)",
      en: "BIN \(text): \(reason.en)")
  }
}

extension BINError: CustomStringConvertible {
  /// The English ``message``.
  public var description: String { message.en }
}

extension BINError.Problem {
  fileprivate var reason: LocalizedText {
    switch self {
    case .length(let found):
      LocalizedText(
        kk: "БСН 12 цифрдан тұруы керек, мұнда \(found) таңба бар",
        ru: "в БИН должно быть 12 цифр, здесь символов: \(found)",
        en: "a BIN has 12 digits, found \(found) characters")
    case .nonDigit(let position, let character):
      LocalizedText(
        kk: "\(position)-таңба («\(character)») цифр емес; БСН тек цифрлардан тұрады",
        ru: "\(position)-й символ («\(character)») — не цифра; БИН состоит только из цифр",
        en: "character \(position) ('\(character)') is not a digit; a BIN is digits only")
    case .month(let found):
      LocalizedText(
        kk: "3–4-цифрлар (тіркелген ай) 01–12 болуы керек, мұнда \(twoDigits(found))",
        ru: "3–4-я цифры (месяц регистрации) должны быть от 01 до 12, здесь \(twoDigits(found))",
        en: "digits 3–4 (month of registration) must be 01–12, found \(twoDigits(found))")
    case .entityKind(let found):
      LocalizedText(
        kk: "5-цифр (ұйым түрі) 4, 5 немесе 6 болуы керек, мұнда \(found)",
        ru: "5-я цифра (тип организации) должна быть 4, 5 или 6, здесь \(found)",
        en: "digit 5 (type of entity) must be 4, 5 or 6, found \(found)")
    case .attribute(let found):
      LocalizedText(
        kk: "6-цифр (бас ұйым, филиал, өкілдік, шаруа қожалығы) 0–3 болуы керек, мұнда \(found)",
        ru:
          "6-я цифра (головная организация, филиал, представительство, КХ) должна быть от 0 до 3, здесь \(found)",
        en:
          "digit 6 (head office, branch, representative office, peasant farm) must be 0–3, found \(found)"
      )
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

private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
