/// Names of the path's closed sets in every language, for texts people read (timelines,
/// reasons, reports). Keys (`full_time`) are for files; titles are for people.
extension Stage {
  public var title: LocalizedText {
    switch self {
    case .school: LocalizedText(kk: "мектеп", ru: "школа", en: "school")
    case .college: LocalizedText(kk: "колледж", ru: "колледж", en: "college")
    case .enterprise: LocalizedText(kk: "кәсіпорын", ru: "предприятие", en: "enterprise")
    case .university: LocalizedText(kk: "университет", ru: "университет", en: "university")
    case .outside:
      LocalizedText(kk: "білім беруден тыс", ru: "вне образования", en: "outside education")
    }
  }
}

extension StudyForm {
  public var title: LocalizedText {
    switch self {
    case .fullTime: LocalizedText(kk: "күндізгі", ru: "очная", en: "full-time")
    case .evening: LocalizedText(kk: "кешкі", ru: "вечерняя", en: "evening")
    case .extramural: LocalizedText(kk: "сырттай", ru: "заочная", en: "extramural")
    }
  }
}

extension Funding {
  public var title: LocalizedText {
    switch self {
    case .stateOrder:
      LocalizedText(kk: "мемлекеттік тапсырыс", ru: "госзаказ", en: "state order")
    case .targetedOrder:
      LocalizedText(
        kk: "кәсіпорынның нысаналы тапсырысы", ru: "целевой заказ предприятия",
        en: "targeted enterprise order")
    case .paid: LocalizedText(kk: "ақылы", ru: "платное", en: "paid")
    case .grant: LocalizedText(kk: "грант", ru: "грант", en: "grant")
    }
  }
}

extension QualificationLevel {
  public var title: LocalizedText {
    switch self {
    case .worker: LocalizedText(kk: "жұмысшы біліктілігі", ru: "рабочая квалификация", en: "worker")
    case .specialist:
      LocalizedText(
        kk: "орта буын маманы", ru: "специалист среднего звена", en: "mid-level specialist")
    case .appliedBachelor:
      LocalizedText(kk: "қолданбалы бакалавр", ru: "прикладной бакалавр", en: "applied bachelor")
    }
  }
}

extension TransitionReason {
  public var title: LocalizedText {
    switch self {
    case .enrolled: LocalizedText(kk: "қабылданды", ru: "зачислен", en: "enrolled")
    case .promoted:
      LocalizedText(kk: "келесі сыныпқа көшті", ru: "переведён в следующий класс", en: "promoted")
    case .transferred: LocalizedText(kk: "ауысты", ru: "переведён", en: "transferred")
    case .graduated: LocalizedText(kk: "бітірді", ru: "окончил", en: "graduated")
    case .expelled: LocalizedText(kk: "шығарылды", ru: "отчислен", en: "expelled")
    case .droppedOut: LocalizedText(kk: "оқуын тастады", ru: "бросил учёбу", en: "dropped out")
    case .employed: LocalizedText(kk: "жұмысқа орналасты", ru: "трудоустроен", en: "employed")
    case .conscripted:
      LocalizedText(kk: "әскерге шақырылды", ru: "призван в армию", en: "conscripted")
    case .academicLeave:
      LocalizedText(kk: "академиялық демалыс", ru: "академический отпуск", en: "academic leave")
    case .moved: LocalizedText(kk: "көшіп кетті", ru: "переехал", en: "moved")
    case .other: LocalizedText(kk: "басқа", ru: "другое", en: "other")
    }
  }
}

extension EnterprisePlacementKind {
  public var title: LocalizedText {
    switch self {
    case .dualTraining:
      LocalizedText(kk: "дуальды оқыту", ru: "дуальное обучение", en: "dual training")
    case .internship:
      LocalizedText(kk: "кәсіптік практика", ru: "производственная практика", en: "internship")
    case .employment: LocalizedText(kk: "жұмыс", ru: "трудоустройство", en: "employment")
    }
  }
}

extension OutsideKind {
  public var title: LocalizedText {
    switch self {
    case .militaryService:
      LocalizedText(kk: "әскери қызмет", ru: "военная служба", en: "military service")
    case .neet:
      LocalizedText(
        kk: "оқымайды және жұмыс істемейді", ru: "не учится и не работает",
        en: "not in education or employment")
    case .leftRegion:
      LocalizedText(kk: "өңірден кетті", ru: "выбыл из региона", en: "left the region")
    case .other: LocalizedText(kk: "басқа", ru: "другое", en: "other")
    }
  }
}

extension Category {
  /// The title of a well-known category; the key itself for a category a region added.
  public var title: LocalizedText {
    switch self {
    case .orphan: LocalizedText(kk: "жетім", ru: "сирота", en: "orphan")
    case .withoutParentalCare:
      LocalizedText(
        kk: "ата-анасының қамқорлығынсыз қалған", ru: "оставшийся без попечения родителей",
        en: "without parental care")
    case .disability:
      LocalizedText(kk: "мүгедектігі бар", ru: "с инвалидностью", en: "with a disability")
    case .largeFamily:
      LocalizedText(kk: "көп балалы отбасы", ru: "многодетная семья", en: "large family")
    case .rural: LocalizedText(kk: "ауыл жастары", ru: "сельская молодёжь", en: "rural youth")
    case .lowIncome:
      LocalizedText(
        kk: "аз қамтылған отбасы", ru: "малообеспеченная семья", en: "low-income family")
    default: .same(rawValue)
    }
  }
}
