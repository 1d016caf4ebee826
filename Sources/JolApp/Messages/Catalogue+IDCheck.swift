import JolModel

/// What `jol id check` says: its columns and kinds.
/// Adding a message: see ``MessageKey``.
enum IDCheckText: String, MessageKey {
  case idCheckSummary
  case valueColumn
  case validColumn
  case kindColumn
  case reasonColumn
  case birthDateColumn
  case sexColumn
  case registeredColumn
  case entityColumn
  case warningColumn
  case iin
  case bin
  case idGroup

  var template: MessageTemplate {
    switch self {
    case .idCheckSummary:
      MessageTemplate(
        kk: "ЖСН/БСН дұрыстығын тексеру және оның ішіндегі деректерді көрсету",
        ru: "проверить ИИН/БИН и показать, что в нём закодировано",
        en: "check IINs and BINs and show what they encode")
    case .valueColumn:
      MessageTemplate(
        kk: "мән",
        ru: "значение",
        en: "value")
    case .validColumn:
      MessageTemplate(
        kk: "дұрыс",
        ru: "верен",
        en: "valid")
    case .kindColumn:
      MessageTemplate(
        kk: "түрі",
        ru: "вид",
        en: "kind")
    case .reasonColumn:
      MessageTemplate(
        kk: "себебі",
        ru: "причина",
        en: "reason")
    case .birthDateColumn:
      MessageTemplate(
        kk: "туған күні (ЖСН цифрлары бойынша)", ru: "дата рождения (по цифрам ИИН)",
        en: "birth date (IIN's digits)")
    case .sexColumn:
      MessageTemplate(
        kk: "жынысы",
        ru: "пол",
        en: "sex")
    case .registeredColumn:
      MessageTemplate(
        kk: "тіркелген",
        ru: "регистрация",
        en: "registered")
    case .warningColumn:
      MessageTemplate(kk: "ескерту", ru: "предупреждение", en: "warning")
    case .entityColumn:
      MessageTemplate(
        kk: "ұйым түрі",
        ru: "тип организации",
        en: "entity")
    case .iin:
      MessageTemplate(
        kk: "ЖСН",
        ru: "ИИН",
        en: "IIN")
    case .bin:
      MessageTemplate(
        kk: "БСН",
        ru: "БИН",
        en: "BIN")
    case .idGroup:
      MessageTemplate(
        kk: "сәйкестендіру нөмірлері (ЖСН, БСН)",
        ru: "идентификационные номера (ИИН, БИН)",
        en: "identification numbers (IIN, BIN)")
    }
  }
}
