import JolModel

/// The words an office may write for each closed set an import reads, in Kazakh, Russian and
/// English: every value's id (its canonical word), every title Jol prints for it (from the
/// catalogues, so what Jol writes reads back) and the aliases offices use.
enum ImportVocabulary {
  static let language = WordTable<Language>(
    .language,
    aliases: [
      .kk: [
        "kaz", "kz", "kazakh", "қаз", "қазақ", "қазақша", "қазақ тілі", "каз", "казахский",
        "казахский язык", "казах",
      ],
      .ru: ["rus", "russian", "орыс", "орысша", "орыс тілі", "рус", "русский", "русский язык"],
      .en: [
        "eng", "english", "ағылшын", "ағылшынша", "ағылшын тілі", "англ", "английский",
        "английский язык",
      ],
    ])

  static let stage = WordTable<Stage>(
    .stage,
    aliases: [
      .school: ["мектеп", "школа"],
      .college: ["колледж", "tvet", "тжкб", "типо", "техникум"],
      .enterprise: ["кәсіпорын", "предприятие", "work", "жұмыс", "работа"],
      .university: ["университет", "жоо", "вуз", "институт", "академия"],
      .outside: ["білім беруден тыс", "вне образования", "none"],
    ])

  static let form = WordTable<StudyForm>(
    .form,
    aliases: [
      .fullTime: ["full time", "fulltime", "day", "күндізгі", "очная", "очно", "дневная"],
      .evening: ["кешкі", "вечерняя", "вечерне"],
      .extramural: ["сырттай", "сырттай оқу", "заочная", "заочно"],
    ])

  /// Words once written as a form of study that are not forms: dual training is a way of
  /// training full-time students (read as full-time with dual training), and distance learning
  /// is a technology (read as extramural, the form study away from the college has). Each such
  /// row is imported and the summary says how the word was read.
  static let formerForm = WordTable<(form: StudyForm, dualTraining: Bool)>(
    .form,
    [
      (
        (.fullTime, true),
        [
          "dual", "dual training", "дуальды", "дуальная", "дуалды", "дуальное обучение",
          "дуальды оқыту", "дуалды оқыту",
        ]
      ),
      ((.extramural, false), ["distance", "қашықтықтан", "қашықтан", "дистанционная"]),
    ])

  static let funding = WordTable<Funding>(
    .funding,
    aliases: [
      .stateOrder: [
        "state order", "мемлекеттік тапсырыс", "мемтапсырыс", "госзаказ", "государственный заказ",
        "государственный образовательный заказ", "бюджет",
      ],
      .targetedOrder: ["targeted order", "мақсатты тапсырыс", "целевой заказ", "целевой"],
      .paid: ["ақылы", "платное", "платно", "контракт", "коммерческое"],
      .grant: [
        "грант", "білім беру гранты", "мемлекеттік грант", "государственный грант",
        "образовательный грант",
      ],
    ])

  static let reason = WordTable<TransitionReason>(
    .reason,
    aliases: [
      .enrolled: [
        "қабылданды", "қабылдау", "оқуға түсті", "зачислен", "зачисление", "поступил",
        "поступление", "admitted",
      ],
      .promoted: [
        "келесі сыныпқа көшірілді", "келесі курсқа көшірілді", "көшірілді",
        "переведён в следующий класс", "переведен в следующий класс", "переведён на следующий курс",
        "переведен на следующий курс",
      ],
      .transferred: [
        "ауыстырылды", "ауысу", "басқа оқу орнына ауысты", "перевод", "переведён", "переведен",
        "перевёлся", "перевелся",
      ],
      .graduated: ["бітірді", "оқуды бітірді", "окончил", "окончание", "выпуск", "выпускник"],
      .expelled: ["шығарылды", "оқудан шығарылды", "отчислен", "отчисление"],
      .droppedOut: [
        "dropped out", "оқуды тастады", "өз еркімен шықты", "бросил", "выбыл",
        "ушёл по собственному желанию", "ушел по собственному желанию",
      ],
      .employed: ["жұмысқа орналасты", "жұмысқа орналасу", "трудоустроен", "трудоустройство"],
      .conscripted: ["әскерге шақырылды", "әскер", "призван в армию", "призван", "армия"],
      .academicLeave: ["academic leave", "академиялық демалыс", "академический отпуск", "академ"],
      .maternityLeave: [
        "maternity leave", "декреттік демалыс", "бала күтімі бойынша демалыс", "декретный отпуск",
        "декрет", "отпуск по уходу за ребенком",
      ],
      .moved: ["көшіп кетті", "басқа өңірге көшті", "переехал", "выбыл за пределы региона"],
      .other: ["басқа", "другое", "прочее"],
    ])

  static let category = WordTable<Category>(
    .category, titled: CategoryTitle.self, as: { Category(rawValue: $0.rawValue) },
    aliases: [
      .orphan: ["жетім", "сирота"],
      .withoutParentalCare: [
        "without parental care", "ата-ана қамқорлығынсыз қалған", "ата-ана қамқорлығынсыз",
        "без попечения родителей", "оставшийся без попечения родителей",
      ],
      .disability: [
        "мүгедектік", "мүгедектігі бар", "мүгедек", "инвалидность", "инвалид", "с инвалидностью",
      ],
      .largeFamily: [
        "large family", "көп балалы", "көп балалы отбасы", "многодетная", "многодетная семья",
        "из многодетной семьи",
      ],
      .rural: ["ауыл", "ауылдық", "ауылдық жер", "село", "сельский", "сельская местность"],
      .lowIncome: [
        "low income", "аз қамтылған", "аз қамтылған отбасы", "малообеспеченная",
        "малообеспеченная семья", "малообеспеченные",
      ],
      .visualImpairment: [
        "visually impaired", "көру қабілеті бойынша мүгедек", "көзі нашар көретін",
        "инвалид по зрению", "слабовидящий", "незрячий",
      ],
      .hearingImpairment: [
        "hearing impaired", "есту қабілеті бойынша мүгедек", "есту қабілеті нашар",
        "инвалид по слуху", "слабослышащий", "глухой",
      ],
    ])

  /// The kinds of organisation an institutions file lists.
  enum OrganisationKind: Hashable, Sendable {
    case institution(InstitutionKind)
    case enterprise
  }

  static let organisationKind = WordTable<OrganisationKind>(
    .organisationKind,
    InstitutionKind.allCases.map { kind in
      (
        .institution(kind),
        WordTable<OrganisationKind>.words(kind, kind.title, institutionAliases[kind, default: []])
      )
    } + [
      (
        .enterprise,
        [
          "enterprise", "кәсіпорын", "предприятие", "жұмыс беруші", "работодатель",
          "компания", "employer",
        ]
      )
    ])

  private static let institutionAliases: [InstitutionKind: [String]] = [
    .school: ["мектеп", "школа", "гимназия", "лицей"],
    .college: ["техникум"],
    .university: ["университет", "жоо", "институт", "академия"],
  ]

  static let enterpriseKind = WordTable<EnterprisePlacementKind>(
    .enterpriseKind,
    aliases: [
      // «дуалды» is the spelling Jol once printed; offices still write it.
      .dualTraining: [
        "dual training", "dual", "дуальды оқыту", "дуалды оқыту", "дуальное обучение",
      ],
      .internship: ["practice", "тәжірибе", "өндірістік тәжірибе", "практика", "стажировка"],
      .employment: ["жұмыс", "жұмысқа орналасу", "работа", "трудоустройство"],
    ])

  static let outsideKind = WordTable<OutsideKind>(
    .outsideKind,
    aliases: [
      .militaryService: ["military service", "әскери қызмет", "әскер", "армия", "воинская служба"],
      .neet: ["оқымайды және жұмыс істемейді", "не учится и не работает"],
      .leftRegion: ["left region", "өңірден кетті", "выехал из региона"],
      .maternityLeave: [
        "maternity leave", "декреттік демалыс", "бала күтімі бойынша демалыс", "декретный отпуск",
        "декрет", "отпуск по уходу за ребенком",
      ],
      .other: ["басқа", "другое", "прочее"],
    ])

  static let consentGiver = WordTable<Consent.GivenBy>(
    .consentGiver,
    [
      (
        .learner,
        ["learner", "self", "өзі", "білім алушы", "оқушы", "сам", "обучающийся", "учащийся"]
      ),
      (
        .representative,
        [
          "representative", "parent", "заңды өкіл", "ата-анасы", "ата-ана",
          "законный представитель", "родитель", "представитель",
        ]
      ),
    ])
}
