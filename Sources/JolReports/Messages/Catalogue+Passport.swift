import JolModel

/// The texts of the cluster passport report and of the pathway report's KPI section.
/// Adding a message: see ``MessageKey``.
public enum PassportMessage: String, MessageKey {
  case title
  case passport
  case region
  case numbered
  case sectionName
  case sectionParticipants
  case sectionLegal
  case sectionGeography
  case sectionStrategy
  case sectionSpecialisations
  case sectionActionPlan
  case sectionInnovation
  case sectionFunding
  case sectionInfrastructure
  case sectionMonitoring
  case kpiSection
  case participant
  case kind
  case founder
  case yes
  case no
  case role
  case commitments
  case kindCollege
  case kindEnterprise
  case kindUniversity
  case kindResearch
  case kindStateBody
  case legalStatus
  case legalBasis
  case districtCode
  case goal
  case kpi
  case kpis
  case note
  case measure
  case deadline
  case responsible
  case results
  case source
  case amountIn
  case kpiSource
  case withUnit
  case baselineYear
  case baseline
  case shortTermYear
  case shortTermTarget
  case longTermYear
  case longTermTarget
  case path
  case value
  case status
  case statusRule
  case unitLearners
  case metricCollegeLearners
  case metricGrade9ToCollege
  case metricCompletion
  case metricEmployment
  case metricEmploymentInSpecialty
  case metricDualTraining
  case metricTargetedOrder
  case metricMentorCoverage
  case metricDiagnosticCoverage
  case metricAwardRecipients
  case statusMet
  case statusOnTrack
  case statusBehind
  case statusNotPublished
  case statusNoData

  public var template: MessageTemplate {
    switch self {
    case .title:
      MessageTemplate(kk: "Кластер паспорты", ru: "Паспорт кластера", en: "Cluster passport")
    case .passport:
      MessageTemplate(kk: "Кластер паспорты", ru: "Паспорт кластера", en: "Cluster passport")
    case .region: MessageTemplate(kk: "Облыс", ru: "Область", en: "Region")
    case .numbered:
      MessageTemplate(kk: "{number}. {title}", ru: "{number}. {title}", en: "{number}. {title}")
    case .sectionName:
      MessageTemplate(
        kk: "Кластердің атауы", ru: "Наименование кластера", en: "Name of the cluster")
    case .sectionParticipants:
      MessageTemplate(
        kk: "Құрылтайшылар мен қатысушылар", ru: "Учредители и участники",
        en: "Founders and participants")
    case .sectionLegal:
      MessageTemplate(
        kk: "Құқықтық мәртебесі және негізі", ru: "Правовой статус и основание",
        en: "Legal status and basis")
    case .sectionGeography: MessageTemplate(kk: "Географиясы", ru: "География", en: "Geography")
    case .sectionStrategy:
      MessageTemplate(
        kk: "Стратегиясы мен мақсаттары", ru: "Стратегия и цели", en: "Strategy and goals")
    case .sectionSpecialisations:
      MessageTemplate(
        kk: "Мамандануы (ТжКБ мамандықтары)", ru: "Специализации (специальности ТиПО)",
        en: "Specialisations (TVET specialties)")
    case .sectionActionPlan:
      MessageTemplate(kk: "Іс-шаралар жоспары", ru: "План мероприятий", en: "Action plan")
    case .sectionInnovation:
      MessageTemplate(
        kk: "Инновациялық және технологиялық әлеуеті",
        ru: "Инновационный и технологический потенциал",
        en: "Innovation and technology potential")
    case .sectionFunding:
      MessageTemplate(
        kk: "Қаржыландыру көздері", ru: "Источники финансирования", en: "Funding sources")
    case .sectionInfrastructure:
      MessageTemplate(kk: "Инфрақұрылымы", ru: "Инфраструктура", en: "Infrastructure")
    case .sectionMonitoring:
      MessageTemplate(
        kk: "Мониторинг: негізгі көрсеткіштер", ru: "Мониторинг: ключевые показатели",
        en: "Monitoring: key performance indicators")
    case .kpiSection:
      MessageTemplate(
        kk: "Кластер паспортының көрсеткіштері", ru: "Показатели паспорта кластера",
        en: "KPIs of the cluster passport")
    case .participant: MessageTemplate(kk: "Қатысушы", ru: "Участник", en: "Participant")
    case .kind: MessageTemplate(kk: "Түрі", ru: "Вид", en: "Kind")
    case .founder: MessageTemplate(kk: "Құрылтайшы", ru: "Учредитель", en: "Founder")
    case .yes: MessageTemplate(kk: "иә", ru: "да", en: "yes")
    case .no: MessageTemplate(kk: "жоқ", ru: "нет", en: "no")
    case .role: MessageTemplate(kk: "Рөлі", ru: "Роль", en: "Role")
    case .commitments: MessageTemplate(kk: "Міндеттемелері", ru: "Обязательства", en: "Commitments")
    case .kindCollege: MessageTemplate(kk: "колледж", ru: "колледж", en: "college")
    case .kindEnterprise: MessageTemplate(kk: "кәсіпорын", ru: "предприятие", en: "enterprise")
    case .kindUniversity: MessageTemplate(kk: "жоғары оқу орны", ru: "вуз", en: "university")
    case .kindResearch:
      MessageTemplate(kk: "ғылыми ұйым", ru: "научная организация", en: "research organisation")
    case .kindStateBody:
      MessageTemplate(kk: "мемлекеттік орган", ru: "государственный орган", en: "state body")
    case .legalStatus:
      MessageTemplate(kk: "Құқықтық мәртебесі", ru: "Правовой статус", en: "Legal status")
    case .legalBasis: MessageTemplate(kk: "Негіздеме", ru: "Основание", en: "Basis")
    case .districtCode: MessageTemplate(kk: "КАТО коды", ru: "Код КАТО", en: "KATO code")
    case .goal: MessageTemplate(kk: "Мақсат", ru: "Цель", en: "Goal")
    case .kpi: MessageTemplate(kk: "Көрсеткіш", ru: "Показатель", en: "KPI")
    case .kpis:
      MessageTemplate(
        kk: "Көрсеткіштер және олардың мақсатты мәндері",
        ru: "Показатели и их целевые значения", en: "KPIs and their targets")
    case .note: MessageTemplate(kk: "Ескерту", ru: "Примечание", en: "Note")
    case .measure: MessageTemplate(kk: "Іс-шара", ru: "Мероприятие", en: "Measure")
    case .deadline: MessageTemplate(kk: "Мерзімі", ru: "Срок", en: "Deadline")
    case .responsible: MessageTemplate(kk: "Жауаптылар", ru: "Ответственные", en: "Responsible")
    case .results:
      MessageTemplate(kk: "Күтілетін нәтижелер", ru: "Ожидаемые результаты", en: "Expected results")
    case .source: MessageTemplate(kk: "Көзі", ru: "Источник", en: "Source")
    case .amountIn:
      MessageTemplate(kk: "{year} жыл, ₸", ru: "{year} год, ₸", en: "{year}, ₸")
    case .kpiSource:
      MessageTemplate(
        kk: "Көрсеткіштер тізімінің көзі", ru: "Источник перечня показателей",
        en: "Source of the KPI list")
    case .withUnit:
      MessageTemplate(kk: "{title}, {unit}", ru: "{title}, {unit}", en: "{title}, {unit}")
    case .baselineYear: MessageTemplate(kk: "Базалық жыл", ru: "Базовый год", en: "Baseline year")
    case .baseline: MessageTemplate(kk: "Базалық мән", ru: "Базовое значение", en: "Baseline")
    case .shortTermYear:
      MessageTemplate(
        kk: "Қысқа мерзімді мақсат жылы", ru: "Год краткосрочной цели", en: "Short-term year")
    case .shortTermTarget:
      MessageTemplate(
        kk: "Қысқа мерзімді мақсат", ru: "Краткосрочная цель", en: "Short-term target")
    case .longTermYear:
      MessageTemplate(
        kk: "Ұзақ мерзімді мақсат жылы", ru: "Год долгосрочной цели", en: "Long-term year")
    case .longTermTarget:
      MessageTemplate(kk: "Ұзақ мерзімді мақсат", ru: "Долгосрочная цель", en: "Long-term target")
    case .path:
      MessageTemplate(
        kk: "{date} жағдай бойынша жоспарлы мән", ru: "Плановое значение на {date}",
        en: "Planned as of {date}")
    case .value:
      MessageTemplate(
        kk: "{date} жағдай бойынша нақты мән", ru: "Фактическое значение на {date}",
        en: "Value as of {date}")
    case .status: MessageTemplate(kk: "Мәртебесі", ru: "Статус", en: "Status")
    case .statusRule:
      MessageTemplate(
        kk:
          "Мәртебе: «орындалды» — мән қолданыстағы мақсаттан кем емес (қысқа мерзімді мақсат оның жылы аяқталғанға дейін, одан кейін ұзақ мерзімді мақсат); «кестеге сай» — мән есеп күніндегі базалық мәннен мақсаттарға дейінгі түзу траекториядан кем емес; «артта қалуда» — басқа жағдайда; «жарияланбайды» — мән аз санға сүйенетіндіктен жасырылған; жылдың мақсаты сол жылдың 31 желтоқсанына жатады.",
        ru:
          "Статус: «достигнуто» — значение не ниже действующей цели (краткосрочной до конца её года, затем долгосрочной); «по графику» — значение не ниже прямой траектории от базового значения к целям на дату отчёта; «отставание» — в остальных случаях; «не публикуется» — значение скрыто правилом сокрытия малых чисел; цель года относится к 31 декабря этого года.",
        en:
          "Status: met — the value reaches the target in force (the short-term target until the end of its year, then the long-term one); on track — it reaches the straight path from the baseline to the targets on the report's date; behind — otherwise; not published — the small-count rule withholds the value; a year's target stands for 31 December of that year."
      )
    case .unitLearners: MessageTemplate(kk: "адам", ru: "чел.", en: "learners")
    case .metricCollegeLearners:
      MessageTemplate(
        kk: "Колледж білім алушылары", ru: "Обучающиеся колледжей", en: "College learners")
    case .metricGrade9ToCollege:
      MessageTemplate(
        kk: "9-сыныптан кейін колледжге түскендер үлесі",
        ru: "Доля поступивших в колледж после 9 класса",
        en: "Share of grade-9 leavers entering college")
    case .metricCompletion:
      MessageTemplate(
        kk: "Колледжді бітіргендер үлесі", ru: "Доля окончивших колледж",
        en: "Share of college leavers who graduated")
    case .metricEmployment:
      MessageTemplate(
        kk: "12 ай ішінде жұмысқа орналасқан түлектер үлесі",
        ru: "Доля выпускников, трудоустроенных в течение 12 месяцев",
        en: "Share of graduates employed within 12 months")
    case .metricEmploymentInSpecialty:
      MessageTemplate(
        kk: "Мамандығы бойынша жұмысқа орналасқан түлектер үлесі",
        ru: "Доля выпускников, трудоустроенных по специальности",
        en: "Share of graduates employed in their specialty")
    case .metricDualTraining:
      MessageTemplate(
        kk: "Дуальды оқытудағы білім алушылар үлесі", ru: "Доля обучающихся в дуальном обучении",
        en: "Share of learners in dual training")
    case .metricTargetedOrder:
      MessageTemplate(
        kk: "Кәсіпорынның нысаналы тапсырысы бойынша оқитындар үлесі",
        ru: "Доля обучающихся по целевому заказу предприятий",
        en: "Share of learners on a targeted enterprise order")
    case .metricMentorCoverage:
      MessageTemplate(
        kk: "Тәлімгері бар білім алушылар үлесі", ru: "Доля обучающихся с наставником",
        en: "Share of learners with a mentor")
    case .metricDiagnosticCoverage:
      MessageTemplate(
        kk: "Кәсіптік диагностикадан өткен оқушылар үлесі",
        ru: "Доля школьников, прошедших профориентационную диагностику",
        en: "Share of pupils with a career diagnostic")
    case .metricAwardRecipients:
      MessageTemplate(
        kk: "Тағайындау алған білім алушылар", ru: "Обучающиеся с назначениями",
        en: "Learners holding an award")
    case .statusMet: MessageTemplate(kk: "орындалды", ru: "достигнуто", en: "met")
    case .statusOnTrack: MessageTemplate(kk: "кестеге сай", ru: "по графику", en: "on track")
    case .statusBehind: MessageTemplate(kk: "артта қалуда", ru: "отставание", en: "behind")
    case .statusNotPublished:
      MessageTemplate(kk: "жарияланбайды", ru: "не публикуется", en: "not published")
    case .statusNoData:
      MessageTemplate(
        kk: "журналда дерек жоқ", ru: "нет данных в журнале", en: "no data in the log")
    }
  }
}
