import JolModel

/// Why a free text an operator gives (the reason of an erasure or of a superseded round) may not
/// be kept in the log (``FreeText``). Placeholders: `{option}` the option (`--reason`),
/// `{problem}` a message of this area, `{code}` a code point (`U+001B`), `{limit}` a length.
enum FreeTextMessage: String, MessageKey {
  case refused
  case forbiddenCharacter
  case tooLong
  case holdsIIN
  case holdsPhone
  case holdsEmail
  case holdsName

  var template: MessageTemplate {
    switch self {
    case .refused:
      MessageTemplate(
        kk:
          "{option} мәтіні журналда мәңгі сақталады, сондықтан жеке деректерсіз болуы керек: {problem}",
        ru:
          "текст {option} навсегда остаётся в журнале и не должен содержать персональных данных: {problem}",
        en:
          "the text of {option} stays in the log for ever and may hold no personal data: {problem}")
    case .forbiddenCharacter:
      MessageTemplate(
        kk: "басқару таңбасы {code} рұқсат етілмейді", ru: "управляющий символ {code} недопустим",
        en: "the control character {code} is not allowed")
    case .tooLong:
      MessageTemplate(
        kk: "{limit} таңбадан ұзын", ru: "длиннее предела (символов: {limit})",
        en: "longer than {limit} characters")
    case .holdsIIN:
      MessageTemplate(
        kk: "ЖСН бар; оның орнына өтініш нөмірін жазыңыз",
        ru: "содержит ИИН; укажите вместо него номер заявления",
        en: "it holds an IIN; give the request number instead")
    case .holdsPhone:
      MessageTemplate(
        kk: "телефон нөмірі бар", ru: "содержит номер телефона", en: "it holds a phone number")
    case .holdsEmail:
      MessageTemplate(
        kk: "электрондық пошта мекенжайы бар", ru: "содержит адрес электронной почты",
        en: "it holds an e-mail address")
    case .holdsName:
      MessageTemplate(
        kk: "қорғалған қоймадағы адамның аты-жөні бар",
        ru: "содержит имя или фамилию человека из хранилища",
        en: "it holds the name of a person in the vault")
    }
  }
}
