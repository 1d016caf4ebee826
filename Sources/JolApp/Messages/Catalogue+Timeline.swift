import JolModel

/// The labels of a learner's timeline.
/// Adding a message: see ``MessageKey``.
enum TimelineText: String, MessageKey {
  case learner
  case iin
  case asOf
  case knownAt
  case erased
  case region
  case district
  case path
  case categories
  case lastTerm
  case attendance
  case lowestGrade
  case award
  case revoked
  case mentor
  case diagnostic

  var template: MessageTemplate {
    switch self {
    case .learner:
      MessageTemplate(
        kk: "Білім алушы",
        ru: "Обучающийся",
        en: "Learner")
    case .iin:
      MessageTemplate(
        kk: "ЖСН",
        ru: "ИИН",
        en: "IIN")
    case .asOf:
      MessageTemplate(
        kk: "{date} жағдай бойынша",
        ru: "По состоянию на {date}",
        en: "As of {date}")
    case .knownAt:
      MessageTemplate(
        kk: "жазылғаны бойынша:",
        ru: "по записям на",
        en: "as known at")
    case .erased:
      MessageTemplate(
        kk: "Жеке деректері жойылған:",
        ru: "Персональные данные удалены:",
        en: "Personal data erased:")
    case .region:
      MessageTemplate(
        kk: "Облыс",
        ru: "Регион",
        en: "Region")
    case .district:
      MessageTemplate(
        kk: "аудан",
        ru: "район",
        en: "district")
    case .path:
      MessageTemplate(
        kk: "Жол",
        ru: "Путь",
        en: "Path")
    case .categories:
      MessageTemplate(
        kk: "Санаттар",
        ru: "Категории",
        en: "Categories")
    case .lastTerm:
      MessageTemplate(
        kk: "Соңғы семестр",
        ru: "Последний период",
        en: "Last term")
    case .attendance:
      MessageTemplate(
        kk: "қатысу",
        ru: "посещаемость",
        en: "attendance")
    case .lowestGrade:
      MessageTemplate(
        kk: "ең төменгі баға",
        ru: "низшая оценка",
        en: "lowest grade")
    case .award:
      MessageTemplate(
        kk: "Тағайындау",
        ru: "Назначение",
        en: "Award")
    case .revoked:
      MessageTemplate(
        kk: "кері қайтарылды",
        ru: "отозвана",
        en: "revoked")
    case .mentor:
      MessageTemplate(
        kk: "Тәлімгер",
        ru: "Наставник",
        en: "Mentor")
    case .diagnostic:
      MessageTemplate(
        kk: "Диагностика",
        ru: "Диагностика",
        en: "Diagnostic")
    }
  }
}
