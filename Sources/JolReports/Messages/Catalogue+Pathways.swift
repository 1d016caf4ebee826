import JolModel

/// The texts of the pathway report: its title, header, sections, tables and notes.
/// Adding a message: see ``MessageKey``.
public enum PathwayMessage: String, MessageKey {
  case title
  case asOf
  case logPosition
  case policies
  case noPolicies
  case cohort
  case district
  case allDistricts
  case minimumCellSize
  case privacyNotice
  case grade9Section
  case grade9Flow
  case grade9Leavers
  case grade9ByDistrict
  case grade9BySchool
  case transitionRates
  case transitionRatesBySchool
  case toCollege
  case toGrade10
  case toOther
  case collegeSection
  case collegeFlow
  case collegeLeavers
  case leaversBySpecialty
  case leaversByCollege
  case leaversByDistrict
  case employedInSpecialty
  case employedOther
  case continuingStudy
  case notRecorded
  case notCompleted
  case employmentRates
  case employmentMethod
  case completionByCollege
  case completionByDistrict
  case graduates
  case employmentBase
  case employedShare
  case employedInSpecialtyShare
  case continuingStudyShare
  case completionShare
  case leavers
  case studentsSection
  case studentsDual
  case studentsFunding
  case studentShares
  case dual
  case notDual
  case students
  case dualShare
  case targetedShare
  case awardsSection
  case noAwards
  case recipientsByDistrict
  case recipientsByCategory
  case awardAmounts
  case amountsByDistrict
  case amountsByCategory
  case budgetUsed
  case budgetPerYear
  case budgetUsedShare
  case budgetMethod
  case noBudget
  case recipients
  case grantedAmount
  case paidAmount
  case noCategory
  case supplySection
  case expectedGraduates
  case expectedIn
  case later
  case supplyDemand
  case demandIn
  case gapIn
  case supplyMethod
  case diagnosticsSection
  case diagnosticsByDistrict
  case tied
  case noDiagnostic
  case pupils
  case diagnosticCoverage
  case mentorshipSection
  case studentsMentored
  case mentored
  case unmatched
  case mentorCoverage
  case mentorLoad
  case mentors
  case menteesPerMentor
  case total
  case rowDistrict
  case rowSchool
  case rowCollege
  case rowSpecialty
  case rowPolicy
  case rowValue
  case headerValue

  public var template: MessageTemplate {
    switch self {
    case .title:
      MessageTemplate(
        kk: "Білім алушылардың жолы: әкімдікке арналған есеп",
        ru: "Траектории обучающихся: отчёт для акимата",
        en: "Learner pathways: report for the akimat")
    case .asOf: MessageTemplate(kk: "Есеп күні", ru: "По состоянию на", en: "As of")
    case .logPosition:
      MessageTemplate(
        kk: "Журнал позициясы (соңғы оқиға нөмірі)",
        ru: "Позиция журнала (номер последнего события)",
        en: "Log position (sequence of the last event)")
    case .policies:
      MessageTemplate(kk: "Қағидалар нұсқалары", ru: "Версии правил", en: "Policy versions")
    case .noPolicies: MessageTemplate(kk: "жоқ", ru: "нет", en: "none")
    case .cohort:
      MessageTemplate(
        kk: "Когорта (шыққан жылы)", ru: "Когорта (год выбытия)", en: "Cohort (year of leaving)")
    case .district: MessageTemplate(kk: "Аудан", ru: "Район", en: "District")
    case .allDistricts:
      MessageTemplate(kk: "барлық аудандар", ru: "все районы", en: "all districts")
    case .minimumCellSize:
      MessageTemplate(
        kk: "Ең аз ұяшық мөлшері", ru: "Минимальный размер ячейки", en: "Minimum cell size")
    case .privacyNotice:
      MessageTemplate(
        kk:
          "Есепте тек жиынтық сандар бар: ЖСН, аты-жөні және білім алушының идентификаторы көрсетілмейді; аз сандар жасырылған.",
        ru:
          "В отчёте только сводные числа: ИИН, имена и идентификаторы обучающихся не показываются; малые числа скрыты.",
        en:
          "The report holds aggregates only: no IIN, name or learner id is shown; small counts are hidden."
      )
    case .grade9Section:
      MessageTemplate(kk: "9-сыныптан кейін", ru: "После 9 класса", en: "After grade 9")
    case .grade9Flow:
      MessageTemplate(
        kk: "9-сыныпты бітіргендер қайда барды", ru: "Куда пошли выпускники 9 класса",
        en: "Where grade-9 leavers went")
    case .grade9Leavers:
      MessageTemplate(kk: "9-сыныпты бітіргендер", ru: "Выпускники 9 класса", en: "Grade-9 leavers")
    case .grade9ByDistrict:
      MessageTemplate(
        kk: "9-сыныпты бітіргендер, аудандар бойынша", ru: "Выпускники 9 класса по районам",
        en: "Grade-9 leavers by district")
    case .grade9BySchool:
      MessageTemplate(
        kk: "9-сыныпты бітіргендер, мектептер бойынша", ru: "Выпускники 9 класса по школам",
        en: "Grade-9 leavers by school")
    case .transitionRates:
      MessageTemplate(
        kk: "9-сыныптан кейінгі ауысу үлесі, %, аудандар бойынша",
        ru: "Доли перехода после 9 класса, %, по районам",
        en: "Transition after grade 9, %, by district")
    case .transitionRatesBySchool:
      MessageTemplate(
        kk: "9-сыныптан кейінгі ауысу үлесі, %, мектептер бойынша",
        ru: "Доли перехода после 9 класса, %, по школам",
        en: "Transition after grade 9, %, by school")
    case .toCollege: MessageTemplate(kk: "колледж", ru: "колледж", en: "college")
    case .toGrade10: MessageTemplate(kk: "10-сынып", ru: "10 класс", en: "grade 10")
    case .toOther: MessageTemplate(kk: "басқа", ru: "другое", en: "other")
    case .collegeSection:
      MessageTemplate(kk: "Колледжден кейін", ru: "После колледжа", en: "After college")
    case .collegeFlow:
      MessageTemplate(
        kk: "Колледжден шыққандар 12 ай ішінде қайда барды",
        ru: "Куда пошли выбывшие из колледжа в течение 12 месяцев",
        en: "Where college leavers went within 12 months")
    case .collegeLeavers:
      MessageTemplate(
        kk: "Колледжден шыққандар", ru: "Выбывшие из колледжа", en: "College leavers")
    case .leaversBySpecialty:
      MessageTemplate(
        kk: "Колледжден шыққандар, мамандықтар бойынша",
        ru: "Выбывшие из колледжа по специальностям",
        en: "College leavers by specialty")
    case .leaversByCollege:
      MessageTemplate(
        kk: "Колледжден шыққандар, колледждер бойынша", ru: "Выбывшие из колледжа по колледжам",
        en: "College leavers by college")
    case .leaversByDistrict:
      MessageTemplate(
        kk: "Колледжден шыққандар, аудандар бойынша (тұратын жері)",
        ru: "Выбывшие из колледжа по районам (место проживания)",
        en: "College leavers by district (where they live)")
    case .employedInSpecialty:
      MessageTemplate(
        kk: "мамандығы бойынша жұмысқа орналасты", ru: "трудоустроены по специальности",
        en: "employed in their specialty")
    case .employedOther:
      MessageTemplate(
        kk: "басқа салада жұмысқа орналасты", ru: "трудоустроены не по специальности",
        en: "employed in another field")
    case .continuingStudy:
      MessageTemplate(kk: "оқуын жалғастырды", ru: "продолжили обучение", en: "continuing study")
    case .notRecorded: MessageTemplate(kk: "мәлімет жоқ", ru: "нет сведений", en: "not recorded")
    case .notCompleted:
      MessageTemplate(kk: "оқуды аяқтамады", ru: "не завершили обучение", en: "did not complete")
    case .employmentRates:
      MessageTemplate(
        kk: "Бітіргеннен кейін 12 ай ішінде жұмысқа орналасу, мамандықтар бойынша",
        ru: "Трудоустройство в течение 12 месяцев после выпуска, по специальностям",
        en: "Employment within 12 months of graduation, by specialty")
    case .employmentMethod:
      MessageTemplate(
        kk:
          "Жұмысқа орналасу үлесі статистика органы санайтындай есептеледі: бөлімінде оқуын жалғастырғандар, әскери қызметтегілер және бала күтіміне байланысты демалыстағылар жоқ; оқуын жалғастырғандар бөлек көрсетіледі.",
        ru:
          "Доля трудоустроенных считается так, как считает орган статистики: в знаменателе нет продолживших обучение, проходящих военную службу и находящихся в отпуске по уходу за ребёнком; продолжившие обучение показаны отдельно.",
        en:
          "Employment is counted the way the statistics office counts it: graduates continuing study, in military service or on maternity leave are left out of the base; continuing study is shown apart."
      )
    case .completionByCollege:
      MessageTemplate(
        kk: "Оқуды аяқтау үлесі, %, колледждер бойынша",
        ru: "Доля завершивших обучение, %, по колледжам",
        en: "Completion, %, by college")
    case .completionByDistrict:
      MessageTemplate(
        kk: "Оқуды аяқтау үлесі, %, аудандар бойынша",
        ru: "Доля завершивших обучение, %, по районам",
        en: "Completion, %, by district")
    case .graduates: MessageTemplate(kk: "бітірушілер", ru: "выпускники", en: "graduates")
    case .employmentBase:
      MessageTemplate(
        kk: "есептеу негізі", ru: "база расчёта", en: "base")
    case .employedShare:
      MessageTemplate(kk: "жұмысқа орналасқандар, %", ru: "трудоустроены, %", en: "employed, %")
    case .employedInSpecialtyShare:
      MessageTemplate(
        kk: "мамандығы бойынша, %", ru: "по специальности, %", en: "in their specialty, %")
    case .continuingStudyShare:
      MessageTemplate(
        kk: "оқуын жалғастырды, %", ru: "продолжили обучение, %", en: "continuing study, %")
    case .completionShare:
      MessageTemplate(kk: "оқуды аяқтады, %", ru: "завершили обучение, %", en: "completed, %")
    case .leavers: MessageTemplate(kk: "шыққандар", ru: "выбывшие", en: "leavers")
    case .studentsSection:
      MessageTemplate(
        kk: "Колледждердегі білім алушылар", ru: "Обучающиеся колледжей", en: "College learners")
    case .studentsDual:
      MessageTemplate(
        kk: "Дуальды оқыту, мамандықтар бойынша", ru: "Дуальное обучение по специальностям",
        en: "Dual training by specialty")
    case .studentsFunding:
      MessageTemplate(
        kk: "Қаржыландыру, мамандықтар бойынша", ru: "Финансирование по специальностям",
        en: "Funding by specialty")
    case .studentShares:
      MessageTemplate(
        kk: "Дуальды оқыту мен нысаналы тапсырыс үлесі, %",
        ru: "Доли дуального обучения и целевого заказа, %",
        en: "Shares in dual training and on targeted orders, %")
    case .dual: MessageTemplate(kk: "дуальды оқыту", ru: "дуальное обучение", en: "dual training")
    case .notDual:
      MessageTemplate(
        kk: "дуальды оқытусыз", ru: "без дуального обучения", en: "not in dual training")
    case .students: MessageTemplate(kk: "білім алушылар", ru: "обучающиеся", en: "learners")
    case .dualShare:
      MessageTemplate(kk: "дуальды оқыту, %", ru: "дуальное обучение, %", en: "dual training, %")
    case .targetedShare:
      MessageTemplate(
        kk: "кәсіпорынның нысаналы тапсырысы, %", ru: "целевой заказ предприятия, %",
        en: "targeted enterprise order, %")
    case .awardsSection:
      MessageTemplate(
        kk: "Тағайындаулар: гранттар мен стипендиялар", ru: "Назначения: гранты и стипендии",
        en: "Awards: grants and scholarships")
    case .noAwards:
      MessageTemplate(
        kk: "Бұл күні күшіндегі тағайындау жоқ.", ru: "На эту дату действующих назначений нет.",
        en: "No award is in force on this date.")
    case .recipientsByDistrict:
      MessageTemplate(
        kk: "Тағайындау алғандар, аудандар бойынша", ru: "Получатели назначений по районам",
        en: "Award recipients by district")
    case .recipientsByCategory:
      MessageTemplate(
        kk: "Тағайындау алғандар, әлеуметтік санаттар бойынша (әркім бір санатта)",
        ru: "Получатели назначений по социальным категориям (каждый в одной категории)",
        en: "Award recipients by social category (each in one category)")
    case .awardAmounts:
      MessageTemplate(
        kk: "Тағайындау сомалары, қағидалар бойынша", ru: "Суммы назначений по правилам",
        en: "Award amounts by policy")
    case .amountsByDistrict:
      MessageTemplate(
        kk: "Тағайындалған сомалар, қағидалар мен аудандар бойынша",
        ru: "Назначенные суммы по правилам и районам",
        en: "Amounts awarded by policy and district")
    case .amountsByCategory:
      MessageTemplate(
        kk: "Тағайындалған сомалар, қағидалар мен әлеуметтік санаттар бойынша",
        ru: "Назначенные суммы по правилам и социальным категориям",
        en: "Amounts awarded by policy and social category")
    case .budgetUsed:
      MessageTemplate(
        kk: "Бюджеттің пайдаланылуы, қағидалар бойынша",
        ru: "Использование бюджета по правилам",
        en: "Budget used by policy")
    case .budgetPerYear:
      MessageTemplate(kk: "жылдық бюджет, ₸", ru: "бюджет на год, ₸", en: "budget per year, ₸")
    case .budgetUsedShare:
      MessageTemplate(
        kk: "бюджеттен тағайындалды, %", ru: "назначено из бюджета, %",
        en: "budget awarded, %")
    case .budgetMethod:
      MessageTemplate(
        kk:
          "Бюджет — күшіндегі тағайындаулары бар ең соңғы конкурстың қағидалар нұсқасында көрсетілген сома, жылға шаққанда (айлық бюджет × 12, семестрлік × 2); тағайындалғаны — есептің білім алушыларына осы күні күшіндегі тағайындаулар сомасы. Бюджеті көрсетілмеген қағидалар кестеде жоқ.",
        ru:
          "Бюджет — сумма, указанная в версии правил последнего конкурса с действующими назначениями, в пересчёте на год (месячный бюджет × 12, семестровый × 2); назначено — сумма действующих на дату назначений обучающимся отчёта. Правила без указанного бюджета в таблицу не входят.",
        en:
          "The budget is the one stated by the policy version of the latest round with awards in force, per year (a monthly budget × 12, a semester's × 2); awarded is the sum of the awards in force on the date to the report's learners. Policies that state no budget are not listed."
      )
    case .noBudget:
      MessageTemplate(
        kk: "Күшіндегі тағайындаулардың қағидаларында бюджет көрсетілмеген.",
        ru: "В правилах действующих назначений бюджет не указан.",
        en: "No policy of the awards in force states a budget.")
    case .recipients: MessageTemplate(kk: "алушылар", ru: "получатели", en: "recipients")
    case .grantedAmount:
      MessageTemplate(kk: "тағайындалды, ₸", ru: "назначено, ₸", en: "awarded, ₸")
    case .paidAmount: MessageTemplate(kk: "төленді, ₸", ru: "выплачено, ₸", en: "paid, ₸")
    case .noCategory: MessageTemplate(kk: "санатсыз", ru: "без категории", en: "no category")
    case .supplySection:
      MessageTemplate(
        kk: "Түлектер саны мен жұмыс берушілер сұранысы",
        ru: "Выпуск специалистов и спрос работодателей",
        en: "Graduate supply and employer demand")
    case .expectedGraduates:
      MessageTemplate(
        kk: "Күтілетін түлектер, мамандықтар және бітіру жылы бойынша",
        ru: "Ожидаемый выпуск по специальностям и годам",
        en: "Expected graduates by specialty and year")
    case .expectedIn:
      MessageTemplate(kk: "түлектер {year}", ru: "выпуск {year}", en: "graduates {year}")
    case .later: MessageTemplate(kk: "кейінірек", ru: "позже", en: "later")
    case .supplyDemand:
      MessageTemplate(
        kk: "Ұсыныс пен сұраныс: айырма = сұраныс − түлектер",
        ru: "Выпуск и спрос: разрыв = спрос − выпуск",
        en: "Supply and demand: gap = demand − graduates")
    case .demandIn:
      MessageTemplate(kk: "сұраныс {year}", ru: "спрос {year}", en: "demand {year}")
    case .gapIn: MessageTemplate(kk: "айырма {year}", ru: "разрыв {year}", en: "gap {year}")
    case .supplyMethod:
      MessageTemplate(
        kk:
          "Түлектер бүгінгі білім алушылардан және олардың курсынан есептеледі; бағдарлама ұзақтығы біліктілік деңгейінен алынады (жұмысшы біліктілігі — 3 жыл, орта буын маманы мен қолданбалы бакалавр — 4 жыл, біліктілік жазылмаса — 4 жыл). Сұраныс — кәсіпорындар сол жылға мәлімдеген сан.",
        ru:
          "Выпуск рассчитан по текущему контингенту и курсу; срок обучения — по уровню квалификации (рабочая квалификация — 3 года, специалист среднего звена и прикладной бакалавр — 4 года, без квалификации — 4 года). Спрос — заявленная предприятиями потребность на год.",
        en:
          "Graduates are projected from current enrolment and course; programme length by qualification level (worker 3 years, mid-level specialist and applied bachelor 4 years, none recorded 4 years). Demand is what employers declared for the year."
      )
    case .diagnosticsSection:
      MessageTemplate(
        kk: "Кәсіптік диагностика", ru: "Профориентационная диагностика", en: "Career diagnostics")
    case .diagnosticsByDistrict:
      MessageTemplate(
        kk: "Мектеп оқушылары, жетекші бағыт бойынша, аудандар бойынша",
        ru: "Школьники по ведущему направлению, по районам",
        en: "Pupils by leading direction, by district")
    case .tied: MessageTemplate(kk: "тең нәтиже", ru: "равные результаты", en: "tied")
    case .noDiagnostic:
      MessageTemplate(kk: "диагностикасыз", ru: "без диагностики", en: "no diagnostic")
    case .pupils: MessageTemplate(kk: "оқушылар", ru: "школьники", en: "pupils")
    case .diagnosticCoverage:
      MessageTemplate(
        kk: "диагностикадан өткендер, %", ru: "прошли диагностику, %", en: "with a diagnostic, %")
    case .mentorshipSection:
      MessageTemplate(kk: "Тәлімгерлік", ru: "Наставничество", en: "Mentorship")
    case .studentsMentored:
      MessageTemplate(
        kk: "Тәлімгері бар білім алушылар, мамандықтар бойынша",
        ru: "Обучающиеся с наставником по специальностям",
        en: "Learners with a mentor by specialty")
    case .mentored: MessageTemplate(kk: "тәлімгері бар", ru: "с наставником", en: "with a mentor")
    case .unmatched:
      MessageTemplate(kk: "тәлімгерсіз", ru: "без наставника", en: "without a mentor")
    case .mentorCoverage:
      MessageTemplate(
        kk: "тәлімгерлік қамту, %", ru: "охват наставничеством, %", en: "mentor coverage, %")
    case .mentorLoad:
      MessageTemplate(
        kk: "Тәлімгерлер жүктемесі: бір тәлімгерге келетін білім алушылар",
        ru: "Нагрузка наставников: обучающихся на наставника",
        en: "Mentor load: learners per mentor")
    case .mentors: MessageTemplate(kk: "тәлімгерлер", ru: "наставники", en: "mentors")
    case .menteesPerMentor:
      MessageTemplate(
        kk: "білім алушылар: {n}", ru: "обучающихся: {n}", en: "learners: {n}")
    case .total: MessageTemplate(kk: "барлығы", ru: "всего", en: "total")
    case .rowDistrict: MessageTemplate(kk: "Аудан", ru: "Район", en: "District")
    case .rowSchool: MessageTemplate(kk: "Мектеп", ru: "Школа", en: "School")
    case .rowCollege: MessageTemplate(kk: "Колледж", ru: "Колледж", en: "College")
    case .rowSpecialty: MessageTemplate(kk: "Мамандық", ru: "Специальность", en: "Specialty")
    case .rowPolicy: MessageTemplate(kk: "Қағидалар", ru: "Правила", en: "Policy")
    case .rowValue: MessageTemplate(kk: "Көрсеткіш", ru: "Показатель", en: "Figure")
    case .headerValue: MessageTemplate(kk: "Мәні", ru: "Значение", en: "Value")
    }
  }
}
