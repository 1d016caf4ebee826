import JolModel

/// What the commands without an area of their own say (demo, eligibility, import, init, learner, log salvage).
/// Adding a message: see ``MessageKey``.
enum CommandText: String, MessageKey {
  case demoSummary
  case demoDirectory
  case demoLearners
  case eligibilitySummary
  case everyLearner
  case onlyThisPolicy
  case explainOption
  case eligibilityGroup
  case oneLearnerOrAll
  case dryRunOption
  case rowDateOption
  case importGroup
  case importInstitutions
  case importLearners
  case importStages
  case importGrades
  case importDemand
  case importApplications
  case importMentors
  case importMentorPreferences
  case initSummary
  case dataDirectoryExists
  case dataDirectoryCreated
  case learnerShowSummary
  case knownAtOption
  case badKnownAt
  case learnerGroup
  case salvageIntact
  case salvageAcknowledged
  case salvageLost
  case salvageDamaged
  case salvageUnacknowledged
  case salvageWayBack

  var template: MessageTemplate {
    switch self {
    case .demoSummary:
      MessageTemplate(
        kk: "кіріктірілген үлгі өңірде Jol мүмкіндіктерін көрсету",
        ru: "показать возможности Jol на встроенном примере региона",
        en: "show what Jol does on a built-in sample region")
    case .demoDirectory:
      MessageTemplate(
        kk:
          "демо каталогы (әдепкі: ./jol-demo; әр іске қосқанда демо алдыңғы жазғанын ғана өшіріп, жаңадан жасайды)",
        ru:
          "каталог демо (по умолчанию ./jol-demo; при каждом запуске демо удаляет только то, что записало раньше, и создаёт заново)",
        en:
          "demo directory (default: ./jol-demo; each run removes only what the previous run wrote, then writes afresh)"
      )
    case .demoLearners:
      MessageTemplate(
        kk: "үлгі өңірдегі білім алушылар саны (әдепкі: 2000)",
        ru: "число обучающихся в примере региона (по умолчанию 2000)",
        en: "number of learners in the sample region (default: 2000)")
    case .eligibilitySummary:
      MessageTemplate(
        kk: "білім алушының грантқа, стипендияға құқығын журнал бойынша тексеру, себептерімен",
        ru: "проверить по журналу право обучающегося на грант или стипендию, с причинами",
        en:
          "check from the log whether a learner is eligible for grants and scholarships, with reasons"
      )
    case .everyLearner:
      MessageTemplate(
        kk: "барлық білім алушылар",
        ru: "все обучающиеся",
        en: "every learner")
    case .onlyThisPolicy:
      MessageTemplate(
        kk: "тек осы қағидалар (әдепкі: барлығы)",
        ru: "только эти правила (по умолчанию все)",
        en: "only this policy (default: all)")
    case .explainOption:
      MessageTemplate(
        kk: "әр талаптың мәндерін және параметрлерді көрсету",
        ru: "показать каждое условие со значениями и параметры",
        en: "show every criterion with its values, and the parameters")
    case .eligibilityGroup:
      MessageTemplate(
        kk: "гранттар мен стипендияларға құқық (журнал бойынша)",
        ru: "право на гранты и стипендии (по журналу)",
        en: "eligibility for grants and scholarships (from the log)")
    case .oneLearnerOrAll:
      MessageTemplate(
        kk:
          "бір білім алушыны (ЖСН немесе идентификатор) немесе --all көрсетіңіз, екеуін бірге емес",
        ru: "укажите одного обучающегося (ИИН или идентификатор) или --all, но не оба",
        en: "give one learner (IIN or learner id) or --all, not both")
    case .dryRunOption:
      MessageTemplate(
        kk: "тек тексеру: ештеңе жазбау",
        ru: "только проверить, ничего не записывать",
        en: "check only, write nothing")
    case .rowDateOption:
      MessageTemplate(
        kk: "күні көрсетілмеген жолдардың күні (әдепкі: бүгін)",
        ru: "дата для строк без даты (по умолчанию: сегодня)",
        en: "the date of rows that give none (default: today)")
    case .importGroup:
      MessageTemplate(
        kk: "кестелерден деректерді енгізу (CSV)",
        ru: "загрузка данных из таблиц (CSV)",
        en: "intake from spreadsheets (CSV)")
    case .importInstitutions:
      MessageTemplate(
        kk: "өңірдің мектептері, колледждері, ЖОО-лары мен кәсіпорындары",
        ru: "школы, колледжи, вузы и предприятия региона",
        en: "the region's schools, colleges, universities and enterprises")
    case .importLearners:
      MessageTemplate(
        kk: "мектеп тізімі: білім алушылар, сыныптар, санаттар",
        ru: "список школы: обучающиеся, классы, категории",
        en: "a school roster: learners, classes, categories")
    case .importStages:
      MessageTemplate(
        kk: "кезеңдер арасындағы ауысулар: колледжге түсу, бітіру, жұмысқа орналасу…",
        ru: "переходы между этапами: поступление, выпуск, трудоустройство…",
        en: "transitions: admission, graduation, employment…")
    case .importGrades:
      MessageTemplate(
        kk: "оқу кезеңінің нәтижелері: орташа балл, қатысу, бағалар",
        ru: "итоги учебного периода: средний балл, посещаемость, оценки",
        en: "term results: GPA, attendance, grades")
    case .importDemand:
      MessageTemplate(
        kk: "жұмыс берушілердің мамандар қажеттілігі",
        ru: "потребность работодателей в специалистах",
        en: "employers' demand for specialists")
    case .importMentors:
      MessageTemplate(
        kk: "кәсіпорындардың тәлімгерлері мен олардың сыйымдылығы",
        ru: "наставники предприятий и их вместимость",
        en: "enterprises' mentors and their capacities")
    case .importMentorPreferences:
      MessageTemplate(
        kk: "білім алушылардың тәлімгерлерді таңдау тізімдері",
        ru: "списки выбора наставников обучающимися",
        en: "students' ranked choices of mentors")
    case .importApplications:
      MessageTemplate(
        kk: "гранттар мен стипендияларға өтініштер",
        ru: "заявки на гранты и стипендии",
        en: "applications to grants and scholarships")
    case .initSummary:
      MessageTemplate(
        kk: "деректер каталогын құру",
        ru: "создать каталог данных",
        en: "create the data directory")
    case .dataDirectoryExists:
      MessageTemplate(
        kk: "Деректер каталогы бұрыннан бар: {path}",
        ru: "Каталог данных уже существует: {path}",
        en: "Data directory already exists: {path}")
    case .dataDirectoryCreated:
      MessageTemplate(
        kk: "Деректер каталогы құрылды: {path}",
        ru: "Создан каталог данных: {path}",
        en: "Created the data directory: {path}")
    case .learnerShowSummary:
      MessageTemplate(
        kk: "білім алушының жолы: уақыт бойынша тізбек",
        ru: "путь обучающегося: хронология",
        en: "a learner's path as a timeline")
    case .knownAtOption:
      MessageTemplate(
        kk: "сол күнге (немесе журнал нөміріне) дейін жазылғандар ғана",
        ru: "только то, что было записано к этой дате (или номеру в журнале)",
        en: "only what had been recorded by this date (or log sequence)")
    case .badKnownAt:
      MessageTemplate(
        kk: "--known-at: «{text}» күн (ЖЖЖЖ-АА-КК) де, журнал нөмірі де емес",
        ru: "--known-at: «{text}» — не дата (ГГГГ-ММ-ДД) и не номер в журнале",
        en: "--known-at: '{text}' is neither a date (YYYY-MM-DD) nor a log sequence")
    case .learnerGroup:
      MessageTemplate(
        kk: "білім алушылар",
        ru: "обучающиеся",
        en: "learners")
    case .salvageIntact:
      MessageTemplate(
        kk: "{log}: {records} жазба ({batches} топ) бүтін",
        ru: "{log}: целых записей: {records} (пакетов: {batches})",
        en: "{log}: {records} records in {batches} batches are intact")
    case .salvageAcknowledged:
      MessageTemplate(
        kk: "журнал {sequence}-жазбаға дейін расталған",
        ru: "журнал подтверждал записи по №{sequence}",
        en: "the log acknowledged records through sequence {sequence}")
    case .salvageLost:
      MessageTemplate(
        kk: "ЖОҒАЛДЫ: №{span} жазбалар ({range})",
        ru: "ПОТЕРЯНЫ: записи №{span} ({range})",
        en: "LOST: records {span} ({range})")
    case .salvageDamaged:
      MessageTemplate(
        kk: "бүлінген: {segment}, {offset}–{end} байттар: {what}",
        ru: "повреждено: {segment}, байты {offset}–{end}: {what}",
        en: "damaged: {segment} bytes {offset}–{end}: {what}")
    case .salvageUnacknowledged:
      MessageTemplate(
        kk: "расталмаған жазу (жоғалту емес): {segment}, {offset}–{end} байттар",
        ru: "неподтверждённая запись (не потеря): {segment}, байты {offset}–{end}",
        en: "unacknowledged write (not a loss): {segment} bytes {offset}–{end}")
    case .salvageWayBack:
      MessageTemplate(
        kk:
          "журналға ештеңе жазылмайды. Бүтін топтарды жаңа каталогқа көшіру: jol log salvage --into ЖАҢА-КАТАЛОГ (осы каталог өзгермейді)",
        ru:
          "в журнал ничего не записывается. Скопировать целые пакеты в новый каталог: jol log salvage --into НОВЫЙ-КАТАЛОГ (этот каталог не меняется)",
        en:
          "nothing is written to this log. Copy every intact batch to a new directory: jol log salvage --into NEW-DIR (this one is left as it is)"
      )
    }
  }
}
