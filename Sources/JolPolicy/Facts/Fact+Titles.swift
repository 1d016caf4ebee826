import JolModel

extension Fact {
  /// The fact's name as people read it in explanations.
  public var title: LocalizedText {
    switch self {
    case .stage: LocalizedText(kk: "білім беру кезеңі", ru: "этап обучения", en: "stage")
    case .grade: LocalizedText(kk: "сынып", ru: "класс", en: "school grade")
    case .institution: LocalizedText(kk: "оқу орны", ru: "учебное заведение", en: "institution")
    case .specialty: LocalizedText(kk: "мамандық", ru: "специальность", en: "specialty")
    case .qualification: LocalizedText(kk: "біліктілік", ru: "квалификация", en: "qualification")
    case .qualificationLevel:
      LocalizedText(kk: "біліктілік деңгейі", ru: "уровень квалификации", en: "qualification level")
    case .form: LocalizedText(kk: "оқу нысаны", ru: "форма обучения", en: "form of study")
    case .funding: LocalizedText(kk: "қаржыландыру", ru: "финансирование", en: "funding")
    case .course: LocalizedText(kk: "курс", ru: "курс", en: "year of study")
    case .gpa: LocalizedText(kk: "орташа балл", ru: "средний балл", en: "GPA")
    case .attendance: LocalizedText(kk: "сабаққа қатысу", ru: "посещаемость", en: "attendance")
    case .lowestGrade:
      LocalizedText(
        kk: "сессиядағы ең төмен баға", ru: "низшая оценка сессии", en: "lowest session grade")
    case .categories:
      LocalizedText(kk: "әлеуметтік санаттар", ru: "социальные категории", en: "social categories")
    case .region: LocalizedText(kk: "облыс", ru: "область", en: "region")
    case .district: LocalizedText(kk: "аудан", ru: "район", en: "district")
    case .age: LocalizedText(kk: "жасы", ru: "возраст", en: "age")
    case .birthDate: LocalizedText(kk: "туған күні", ru: "дата рождения", en: "birth date")
    case .diagnosticDirection:
      LocalizedText(
        kk: "диагностика бағыты", ru: "направление по диагностике", en: "diagnostic direction")
    case .mentorship: LocalizedText(kk: "тәлімгер", ru: "наставник", en: "mentorship")
    case .awards:
      LocalizedText(kk: "алып жүрген марапаттар", ru: "имеющиеся награды", en: "awards held")
    case .appliedOn:
      LocalizedText(kk: "өтініш берілген күн", ru: "дата заявки", en: "application date")
    case .employer: LocalizedText(kk: "жұмыс беруші", ru: "работодатель", en: "employer")
    case .enterpriseAgreement:
      LocalizedText(
        kk: "кәсіпорынмен шарт", ru: "договор с предприятием", en: "enterprise agreement")
    case .workObligationYears:
      LocalizedText(
        kk: "өңірде жұмыс істеу міндеттемесі (жыл)", ru: "обязательство отработки в регионе (лет)",
        en: "work obligation in the region (years)")
    }
  }
}
