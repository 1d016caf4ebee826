/// The title of each fact of ``FactVocabulary``, keyed by the fact's name (`lowest_grade` → `lowestGrade`).
/// Adding a message: see ``MessageKey``.
public enum FactTitle: String, MessageKey {
  case stage
  case grade
  case institution
  case specialty
  case qualification
  case qualificationLevel
  case form
  case dualTraining
  case funding
  case course
  case gpa
  case attendance
  case lowestGrade
  case categories
  case region
  case district
  case age
  case birthDate
  case diagnosticDirection
  case mentorship
  case awards
  case appliedOn
  case employer
  case enterpriseAgreement
  case workObligationYears

  public var template: MessageTemplate {
    switch self {
    case .stage:
      MessageTemplate(
        kk: "білім беру кезеңі",
        ru: "этап обучения",
        en: "stage")
    case .grade:
      MessageTemplate(
        kk: "сынып",
        ru: "класс",
        en: "school grade")
    case .institution:
      MessageTemplate(
        kk: "оқу орны",
        ru: "учебное заведение",
        en: "institution")
    case .specialty:
      MessageTemplate(
        kk: "мамандық",
        ru: "специальность",
        en: "specialty")
    case .qualification:
      MessageTemplate(
        kk: "біліктілік",
        ru: "квалификация",
        en: "qualification")
    case .qualificationLevel:
      MessageTemplate(
        kk: "біліктілік деңгейі",
        ru: "уровень квалификации",
        en: "qualification level")
    case .form:
      MessageTemplate(
        kk: "оқу нысаны",
        ru: "форма обучения",
        en: "form of study")
    case .dualTraining:
      MessageTemplate(kk: "дуальды оқыту", ru: "дуальное обучение", en: "dual training")
    case .funding:
      MessageTemplate(
        kk: "қаржыландыру",
        ru: "финансирование",
        en: "funding")
    case .course:
      MessageTemplate(
        kk: "курс",
        ru: "курс",
        en: "year of study")
    case .gpa:
      MessageTemplate(
        kk: "орташа балл",
        ru: "средний балл",
        en: "GPA")
    case .attendance:
      MessageTemplate(
        kk: "сабаққа қатысу",
        ru: "посещаемость",
        en: "attendance")
    case .lowestGrade:
      MessageTemplate(
        kk: "сессиядағы ең төмен баға",
        ru: "низшая оценка сессии",
        en: "lowest session grade")
    case .categories:
      MessageTemplate(
        kk: "әлеуметтік санаттар",
        ru: "социальные категории",
        en: "social categories")
    case .region:
      MessageTemplate(
        kk: "облыс",
        ru: "область",
        en: "region")
    case .district:
      MessageTemplate(
        kk: "аудан",
        ru: "район",
        en: "district")
    case .age:
      MessageTemplate(
        kk: "жасы",
        ru: "возраст",
        en: "age")
    case .birthDate:
      MessageTemplate(
        kk: "туған күні",
        ru: "дата рождения",
        en: "birth date")
    case .diagnosticDirection:
      MessageTemplate(
        kk: "диагностика бағыты",
        ru: "направление по диагностике",
        en: "diagnostic direction")
    case .mentorship:
      MessageTemplate(
        kk: "тәлімгер",
        ru: "наставник",
        en: "mentorship")
    case .awards:
      MessageTemplate(
        kk: "қолданыстағы тағайындаулар",
        ru: "действующие назначения",
        en: "awards held")
    case .appliedOn:
      MessageTemplate(
        kk: "өтініш берілген күн",
        ru: "дата заявки",
        en: "application date")
    case .employer:
      MessageTemplate(
        kk: "жұмыс беруші",
        ru: "работодатель",
        en: "employer")
    case .enterpriseAgreement:
      MessageTemplate(
        kk: "кәсіпорынмен шарт",
        ru: "договор с предприятием",
        en: "enterprise agreement")
    case .workObligationYears:
      MessageTemplate(
        kk: "өңірде жұмыс істеу міндеттемесі (жыл)",
        ru: "обязательство отработки в регионе (лет)",
        en: "work obligation in the region (years)")
    }
  }
}

/// The hints of facts whose values are codes: what a code means, shown after "unknown region".
public enum FactHint: String, MessageKey {
  case regionCode

  public var template: MessageTemplate {
    switch self {
    case .regionCode:
      MessageTemplate(
        kk: "облыстың екі таңбалы КАТО коды",
        ru: "двузначный код КАТО области",
        en: "the two-digit KATO code of the region")
    }
  }
}
