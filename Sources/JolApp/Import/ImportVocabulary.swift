import JolModel

/// The words an office may write for each closed set an import reads, in Kazakh, Russian and
/// English. The canonical (first) word of each value is Jol's own name for it.
enum ImportVocabulary {
  static let language = WordTable<Language>(
    LocalizedText(kk: "оқыту тілі", ru: "язык обучения", en: "language of instruction"),
    [
      (
        .kk,
        [
          "kk", "kaz", "kz", "kazakh", "қаз", "қазақ", "қазақша", "қазақ тілі", "каз", "казахский",
          "казахский язык", "казах",
        ]
      ),
      (
        .ru,
        ["ru", "rus", "russian", "орыс", "орысша", "орыс тілі", "рус", "русский", "русский язык"]
      ),
      (
        .en,
        [
          "en", "eng", "english", "ағылшын", "ағылшынша", "ағылшын тілі", "англ", "английский",
          "английский язык",
        ]
      ),
    ])

  static let stage = WordTable<Stage>(
    LocalizedText(kk: "кезең", ru: "этап", en: "stage"),
    [
      (.school, ["school", "мектеп", "школа"]),
      (.college, ["college", "колледж", "tvet", "тжкб", "типо", "техникум"]),
      (.enterprise, ["enterprise", "кәсіпорын", "предприятие", "work", "жұмыс", "работа"]),
      (.university, ["university", "университет", "жоо", "вуз", "институт", "академия"]),
      (.outside, ["outside", "білім беруден тыс", "вне образования", "none"]),
    ])

  static let form = WordTable<StudyForm>(
    LocalizedText(kk: "оқу нысаны", ru: "форма обучения", en: "form of study"),
    [
      (
        .fullTime,
        ["full_time", "full time", "fulltime", "day", "күндізгі", "очная", "очно", "дневная"]
      ),
      (.evening, ["evening", "кешкі", "вечерняя", "вечерне"]),
      (.extramural, ["extramural", "сырттай", "сырттай оқу", "заочная", "заочно"]),
    ])

  /// Words once written as a form of study that are not forms: dual training is a way of
  /// training full-time students (read as full-time with dual training), and distance learning
  /// is a technology (read as extramural, the form study away from the college has). Each such
  /// row is imported and the summary says how the word was read.
  static let formerForm = WordTable<(form: StudyForm, dualTraining: Bool)>(
    LocalizedText(kk: "оқу нысаны", ru: "форма обучения", en: "form of study"),
    [
      (
        (.fullTime, true),
        [
          "dual", "dual training", "дуальды", "дуальная", "дуалды", "дуальное обучение",
          "дуальды оқыту",
        ]
      ),
      ((.extramural, false), ["distance", "қашықтықтан", "қашықтан", "дистанционная"]),
    ])

  static let funding = WordTable<Funding>(
    LocalizedText(kk: "қаржыландыру", ru: "финансирование", en: "funding"),
    [
      (
        .stateOrder,
        [
          "state_order", "state order", "мемлекеттік тапсырыс", "мемтапсырыс", "госзаказ",
          "государственный заказ", "государственный образовательный заказ", "бюджет",
        ]
      ),
      (
        .targetedOrder,
        [
          "targeted_order", "targeted order", "мақсатты тапсырыс", "целевой заказ",
          "целевой",
        ]
      ),
      (.paid, ["paid", "ақылы", "платное", "платно", "контракт", "коммерческое"]),
      (
        .grant,
        [
          "grant", "грант", "білім беру гранты", "мемлекеттік грант", "государственный грант",
          "образовательный грант",
        ]
      ),
    ])

  static let reason = WordTable<TransitionReason>(
    LocalizedText(kk: "ауысу себебі", ru: "причина перехода", en: "transition reason"),
    [
      (
        .enrolled,
        [
          "enrolled", "қабылданды", "қабылдау", "оқуға түсті", "зачислен", "зачисление",
          "поступил", "поступление", "admitted",
        ]
      ),
      (
        .promoted,
        [
          "promoted", "келесі сыныпқа көшірілді", "келесі курсқа көшірілді", "көшірілді",
          "переведён в следующий класс", "переведен в следующий класс",
          "переведён на следующий курс",
          "переведен на следующий курс",
        ]
      ),
      (
        .transferred,
        [
          "transferred", "ауыстырылды", "ауысу", "басқа оқу орнына ауысты", "перевод",
          "переведён", "переведен", "перевёлся", "перевелся",
        ]
      ),
      (
        .graduated,
        [
          "graduated", "бітірді", "оқуды бітірді", "окончил", "окончание", "выпуск",
          "выпускник",
        ]
      ),
      (.expelled, ["expelled", "шығарылды", "оқудан шығарылды", "отчислен", "отчисление"]),
      (
        .droppedOut,
        [
          "dropped_out", "dropped out", "оқуды тастады", "өз еркімен шықты", "бросил",
          "выбыл", "ушёл по собственному желанию", "ушел по собственному желанию",
        ]
      ),
      (
        .employed,
        [
          "employed", "жұмысқа орналасты", "жұмысқа орналасу", "трудоустроен",
          "трудоустройство",
        ]
      ),
      (
        .conscripted,
        [
          "conscripted", "әскерге шақырылды", "әскер", "призван в армию", "призван",
          "армия",
        ]
      ),
      (
        .academicLeave,
        [
          "academic_leave", "academic leave", "академиялық демалыс",
          "академический отпуск", "академ",
        ]
      ),
      (
        .moved,
        ["moved", "көшіп кетті", "басқа өңірге көшті", "переехал", "выбыл за пределы региона"]
      ),
      (.other, ["other", "басқа", "другое", "прочее"]),
    ])

  static let category = WordTable<Category>(
    LocalizedText(kk: "әлеуметтік санат", ru: "социальная категория", en: "social category"),
    [
      (.orphan, ["orphan", "жетім", "сирота"]),
      (
        .withoutParentalCare,
        [
          "without_parental_care", "without parental care",
          "ата-ана қамқорлығынсыз қалған", "ата-ана қамқорлығынсыз", "без попечения родителей",
          "оставшийся без попечения родителей",
        ]
      ),
      (
        .disability,
        [
          "disability", "мүгедектік", "мүгедектігі бар", "мүгедек", "инвалидность",
          "инвалид", "с инвалидностью",
        ]
      ),
      (
        .largeFamily,
        [
          "large_family", "large family", "көп балалы", "көп балалы отбасы",
          "многодетная", "многодетная семья", "из многодетной семьи",
        ]
      ),
      (
        .rural,
        ["rural", "ауыл", "ауылдық", "ауылдық жер", "село", "сельский", "сельская местность"]
      ),
      (
        .lowIncome,
        [
          "low_income", "low income", "аз қамтылған", "аз қамтылған отбасы",
          "малообеспеченная", "малообеспеченная семья", "малообеспеченные",
        ]
      ),
    ])

  /// The kinds of organisation an institutions file lists.
  enum OrganisationKind: Sendable {
    case institution(InstitutionKind)
    case enterprise
  }

  static let organisationKind = WordTable<OrganisationKind>(
    LocalizedText(kk: "ұйым түрі", ru: "вид организации", en: "kind of organisation"),
    [
      (.institution(.school), ["school", "мектеп", "школа", "гимназия", "лицей"]),
      (.institution(.college), ["college", "колледж", "техникум"]),
      (
        .institution(.university),
        [
          "university", "университет", "жоо", "вуз", "институт",
          "академия",
        ]
      ),
      (
        .enterprise,
        [
          "enterprise", "кәсіпорын", "предприятие", "жұмыс беруші", "работодатель",
          "компания", "employer",
        ]
      ),
    ])

  static let enterpriseKind = WordTable<EnterprisePlacementKind>(
    LocalizedText(
      kk: "кәсіпорындағы орын түрі", ru: "вид места на предприятии",
      en: "kind of enterprise placement"),
    [
      (
        .dualTraining,
        ["dual_training", "dual training", "dual", "дуальды оқыту", "дуальное обучение"]
      ),
      (
        .internship,
        [
          "internship", "practice", "тәжірибе", "өндірістік тәжірибе", "практика",
          "стажировка",
        ]
      ),
      (.employment, ["employment", "жұмыс", "жұмысқа орналасу", "работа", "трудоустройство"]),
    ])

  static let outsideKind = WordTable<OutsideKind>(
    LocalizedText(
      kk: "білім беруден тыс жағдай", ru: "положение вне образования",
      en: "kind of being outside education"),
    [
      (
        .militaryService,
        [
          "military_service", "military service", "әскери қызмет", "әскер",
          "армия", "воинская служба",
        ]
      ),
      (.neet, ["neet", "оқымайды және жұмыс істемейді", "не учится и не работает"]),
      (.leftRegion, ["left_region", "left region", "өңірден кетті", "выехал из региона"]),
      (.other, ["other", "басқа", "другое", "прочее"]),
    ])

  static let consentGiver = WordTable<Consent.GivenBy>(
    LocalizedText(kk: "келісім берген адам", ru: "кто дал согласие", en: "who gave consent"),
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
