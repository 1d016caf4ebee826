import JolModel

/// What `jol id check` says: its columns and kinds.
/// Adding a message: see ``MessageKey``.
enum IDCheckText: String, MessageKey {
  case summary
  case columns
  case columnsValid
  case columnsKind
  case columnsReason
  case columnsBirthDate
  case columnsSex
  case columnsRegistered
  case columnsEntity
  case kindTitleIin
  case kindTitleBin
  case group

  var template: MessageTemplate {
    switch self {
    case .summary:
      MessageTemplate(
        kk: "ЖСН/БСН дұрыстығын тексеру және оның ішіндегі деректерді көрсету",
        ru: "проверить ИИН/БИН и показать, что в нём закодировано",
        en: "check IINs and BINs and show what they encode")
    case .columns:
      MessageTemplate(
        kk: "мән",
        ru: "значение",
        en: "value")
    case .columnsValid:
      MessageTemplate(
        kk: "дұрыс",
        ru: "верен",
        en: "valid")
    case .columnsKind:
      MessageTemplate(
        kk: "түрі",
        ru: "вид",
        en: "kind")
    case .columnsReason:
      MessageTemplate(
        kk: "себебі",
        ru: "причина",
        en: "reason")
    case .columnsBirthDate:
      MessageTemplate(
        kk: "туған күні",
        ru: "дата рождения",
        en: "birth date")
    case .columnsSex:
      MessageTemplate(
        kk: "жынысы",
        ru: "пол",
        en: "sex")
    case .columnsRegistered:
      MessageTemplate(
        kk: "тіркелген",
        ru: "регистрация",
        en: "registered")
    case .columnsEntity:
      MessageTemplate(
        kk: "ұйым түрі",
        ru: "тип организации",
        en: "entity")
    case .kindTitleIin:
      MessageTemplate(
        kk: "ЖСН",
        ru: "ИИН",
        en: "IIN")
    case .kindTitleBin:
      MessageTemplate(
        kk: "БСН",
        ru: "БИН",
        en: "BIN")
    case .group:
      MessageTemplate(
        kk: "сәйкестендіру нөмірлері (ЖСН, БСН)",
        ru: "идентификационные номера (ИИН, БИН)",
        en: "identification numbers (IIN, BIN)")
    }
  }
}
