/// The titles of the path's closed sets (stages, forms of study, funding, qualification levels,
/// transition reasons, enterprise placements, being outside education, social categories): the
/// value is the key. Keys (`full_time`) are for files; titles are for people, and the import
/// vocabularies accept every title back. Terms: `Policies/GLOSSARY.md`.
extension Stage: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .school: MessageTemplate(kk: "мектеп", ru: "школа", en: "school")
    case .college: MessageTemplate(kk: "колледж", ru: "колледж", en: "college")
    case .enterprise: MessageTemplate(kk: "кәсіпорын", ru: "предприятие", en: "enterprise")
    case .university: MessageTemplate(kk: "университет", ru: "университет", en: "university")
    case .outside:
      MessageTemplate(kk: "білім беруден тыс", ru: "вне образования", en: "outside education")
    }
  }
}

extension StudyForm: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .fullTime: MessageTemplate(kk: "күндізгі", ru: "очная", en: "full-time")
    case .evening: MessageTemplate(kk: "кешкі", ru: "вечерняя", en: "evening")
    case .extramural: MessageTemplate(kk: "сырттай", ru: "заочная", en: "extramural")
    }
  }
}

extension Funding: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .stateOrder:
      MessageTemplate(
        kk: "мемлекеттік білім беру тапсырысы", ru: "государственный образовательный заказ",
        en: "state order")
    case .targetedOrder:
      MessageTemplate(
        kk: "кәсіпорынның нысаналы тапсырысы", ru: "целевой заказ предприятия",
        en: "targeted enterprise order")
    case .paid: MessageTemplate(kk: "ақылы", ru: "платное", en: "paid")
    case .grant: MessageTemplate(kk: "грант", ru: "грант", en: "grant")
    }
  }
}

extension QualificationLevel: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .worker:
      MessageTemplate(kk: "жұмысшы біліктілігі", ru: "рабочая квалификация", en: "worker")
    case .specialist:
      MessageTemplate(
        kk: "орта буын маманы", ru: "специалист среднего звена", en: "mid-level specialist")
    case .appliedBachelor:
      MessageTemplate(kk: "қолданбалы бакалавр", ru: "прикладной бакалавр", en: "applied bachelor")
    }
  }
}

extension TransitionReason: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .enrolled: MessageTemplate(kk: "қабылданды", ru: "зачислен", en: "enrolled")
    case .promoted:
      MessageTemplate(kk: "келесі сыныпқа көшті", ru: "переведён в следующий класс", en: "promoted")
    case .transferred: MessageTemplate(kk: "ауысты", ru: "переведён", en: "transferred")
    case .graduated: MessageTemplate(kk: "бітірді", ru: "окончил", en: "graduated")
    case .expelled: MessageTemplate(kk: "шығарылды", ru: "отчислен", en: "expelled")
    case .droppedOut: MessageTemplate(kk: "оқуын тастады", ru: "бросил учёбу", en: "dropped out")
    case .employed: MessageTemplate(kk: "жұмысқа орналасты", ru: "трудоустроен", en: "employed")
    case .conscripted:
      MessageTemplate(kk: "әскерге шақырылды", ru: "призван в армию", en: "conscripted")
    case .academicLeave:
      MessageTemplate(kk: "академиялық демалыс", ru: "академический отпуск", en: "academic leave")
    case .maternityLeave:
      MessageTemplate(
        kk: "бала күтіміне байланысты демалыс", ru: "отпуск по уходу за ребёнком",
        en: "maternity leave")
    case .moved: MessageTemplate(kk: "көшіп кетті", ru: "переехал", en: "moved")
    case .other: MessageTemplate(kk: "басқа", ru: "другое", en: "other")
    }
  }
}

extension EnterprisePlacementKind: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .dualTraining:
      MessageTemplate(kk: "дуальды оқыту", ru: "дуальное обучение", en: "dual training")
    case .internship:
      MessageTemplate(kk: "кәсіптік практика", ru: "производственная практика", en: "internship")
    case .employment: MessageTemplate(kk: "жұмыс", ru: "трудоустройство", en: "employment")
    }
  }
}

extension OutsideKind: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .militaryService:
      MessageTemplate(kk: "әскери қызмет", ru: "военная служба", en: "military service")
    case .neet:
      MessageTemplate(
        kk: "оқымайды және жұмыс істемейді", ru: "не учится и не работает",
        en: "not in education or employment")
    case .leftRegion:
      MessageTemplate(kk: "өңірден кетті", ru: "выбыл из региона", en: "left the region")
    case .maternityLeave:
      MessageTemplate(
        kk: "бала күтіміне байланысты демалыс", ru: "отпуск по уходу за ребёнком",
        en: "maternity leave")
    case .other: MessageTemplate(kk: "басқа", ru: "другое", en: "other")
    }
  }
}

/// The well-known social categories, keyed by their ids; a category a region adds is shown by its
/// id (``Category/title``).
public enum CategoryTitle: String, TitledValue {
  case orphan
  case withoutParentalCare = "without_parental_care"
  case disability
  case largeFamily = "large_family"
  case rural
  case lowIncome = "low_income"
  case visualImpairment = "visual_impairment"
  case hearingImpairment = "hearing_impairment"

  public var template: MessageTemplate {
    switch self {
    case .orphan: MessageTemplate(kk: "жетім", ru: "сирота", en: "orphan")
    case .withoutParentalCare:
      MessageTemplate(
        kk: "ата-анасының қамқорлығынсыз қалған", ru: "оставшийся без попечения родителей",
        en: "without parental care")
    case .disability:
      MessageTemplate(kk: "мүгедектігі бар", ru: "с инвалидностью", en: "with a disability")
    case .largeFamily:
      MessageTemplate(kk: "көп балалы отбасы", ru: "многодетная семья", en: "large family")
    case .rural: MessageTemplate(kk: "ауыл жастары", ru: "сельская молодёжь", en: "rural youth")
    case .lowIncome:
      MessageTemplate(
        kk: "аз қамтылған отбасы", ru: "малообеспеченная семья", en: "low-income family")
    // The state scholarship's source says «инвалидам по зрению и инвалидам по слуху»
    // (kaztbu.edu.kz/ru/gosudarstvennye-stipendii, a university's text: to verify against the
    // decree for TVET); the titles name the impairment, as НОБД's forms do.
    case .visualImpairment:
      MessageTemplate(
        kk: "көру қабілеті бұзылған", ru: "нарушение зрения", en: "visual impairment")
    case .hearingImpairment:
      MessageTemplate(
        kk: "есту қабілеті бұзылған", ru: "нарушение слуха", en: "hearing impairment")
    }
  }
}
