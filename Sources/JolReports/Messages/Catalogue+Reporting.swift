import JolModel

/// What the checkers of `Policies/reporting/` files say. Adding a message: see ``MessageKey``.
public enum ReportingMessage: String, MessageKey {
  case forbiddenCharacter
  case unterminatedText
  case unknownSetting
  case repeatedSetting
  case expectedWhole

  public var template: MessageTemplate {
    switch self {
    case .forbiddenCharacter:
      MessageTemplate(
        kk: "{code} таңбасы рұқсат етілмейді: ол мәтінді терминалда бұзады",
        ru: "символ {code} недопустим: он искажает текст в терминале",
        en: "character {code} is not allowed: it acts on a terminal")
    case .unterminatedText:
      MessageTemplate(
        kk: "мәтін жабылмаған: жол соңына дейін екінші \" жоқ",
        ru: "текст не закрыт: до конца строки нет второй \"",
        en: "unterminated text: no closing \" on the line")
    case .unknownSetting:
      MessageTemplate(
        kk: "«{word}» белгісіз: күтілгені — {expected}",
        ru: "«{word}» неизвестно: ожидается {expected}",
        en: "unknown '{word}': expected {expected}")
    case .repeatedSetting:
      MessageTemplate(
        kk: "«{word}» екінші рет берілген", ru: "«{word}» задано повторно",
        en: "'{word}' is given twice")
    case .expectedWhole:
      MessageTemplate(
        kk: "бүтін сан күтілді: {low}…{high}", ru: "ожидается целое число: {low}…{high}",
        en: "expected a whole number {low}…{high}")
    }
  }
}
