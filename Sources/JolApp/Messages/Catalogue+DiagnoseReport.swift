import JolModel

/// Texts of `jol diagnose report`: its options and errors, the class summary and the pupil's
/// profile page. Adding a message: see `MessageKey`.
enum DiagnoseReportText: String, MessageKey {
  case reportSummary
  case schoolOption
  case classOption
  case learnerOption
  case needsSubject
  case learnerAlone
  case classNeedsSchool
  case badClass
  case unknownClass
  case noResults
  case classTitle
  case schoolTitle
  case profileTitle
  case schoolTerm
  case classTerm
  case allClasses
  case asOfTerm
  case pupilsTerm
  case notForPublication
  case leadingCaption
  case scaleColumn
  case pupilsColumn
  case tiedRow
  case bandsCaption
  case flaggedHeading
  case noFlagged
  case classColumn
  case changesHeading
  case comparedTerm
  case changedTerm
  case noPrevious
  case previousColumn
  case latestColumn
  case changesNote
  case pupilSection
  case resultOf
  case chartTitle
  case scoreColumn
  case bandsInWords
  case recommendedHeading
  case codeColumn
  case specialtyColumn
  case collegeColumn
  case noDirections
  case learnerColumn
  case instrumentColumn
  case dateColumn
  case bandColumn
  case leadingColumn
  case directionColumn
  case maximumColumn
  case flagsColumn

  var template: MessageTemplate {
    switch self {
    case .reportSummary:
      MessageTemplate(
        kk:
          "сынып не мектеп бойынша кәсіптік диагностика қорытындысы және оқушылардың бейіндері (html, md, csv, json)",
        ru:
          "сводка профориентационной диагностики по классу или школе и профили учащихся (html, md, csv, json)",
        en:
          "the career diagnostics summary of a class or a school, and each pupil's profile (html, md, csv, json)"
      )
    case .schoolOption:
      MessageTemplate(
        kk:
          "мектеп коды: оның барлық оқушылары не --class көрсеткен сынып (есеп мектептің өз жұмысына арналған: аз сандар жасырылмайды)",
        ru:
          "код школы: все её учащиеся или класс, указанный в --class (отчёт для работы самой школы: малые числа не скрываются)",
        en:
          "the school's code: all its pupils, or the class --class names (for the school's own work: small counts are not hidden)"
      )
    case .classOption:
      MessageTemplate(
        kk: "сынып: сыныбы мен әрпі (9Ә), --school опциясымен бірге",
        ru: "класс: параллель и буква (9Ә), вместе с --school",
        en: "the class: grade and letter (9Ә), with --school")
    case .learnerOption:
      MessageTemplate(
        kk: "бір оқушының бейіні: ЖСН не білім алушы коды",
        ru: "профиль одного ученика: ИИН или код обучающегося",
        en: "one pupil's profile: IIN or learner ID")
    case .needsSubject:
      MessageTemplate(
        kk: "--school ID не --learner ЖСН|ID көрсетіңіз",
        ru: "укажите --school ID или --learner ИИН|ID",
        en: "give --school ID or --learner IIN|ID")
    case .learnerAlone:
      MessageTemplate(
        kk: "--learner опциясы --school және --class опцияларымен бірге берілмейді",
        ru: "--learner нельзя указывать вместе с --school или --class",
        en: "--learner cannot be given with --school or --class")
    case .classNeedsSchool:
      MessageTemplate(
        kk: "--class тек --school опциясымен бірге беріледі",
        ru: "--class указывается только вместе с --school",
        en: "--class needs --school")
    case .badClass:
      MessageTemplate(
        kk: "'{text}' сынып емес: сыныбы мен әрпін жазыңыз (9Ә, 10 А)",
        ru: "'{text}' — не класс: укажите параллель и букву (9Ә, 10 А)",
        en: "'{text}' is not a class: write the grade and the letter (9Ә, 10 А)")
    case .unknownClass:
      MessageTemplate(
        kk: "{date} жағдай бойынша {school} мектебінде {class} сыныбы жоқ; бар сыныптар: {list}",
        ru: "в школе {school} нет класса {class} по состоянию на {date}; есть классы: {list}",
        en: "school {school} has no class {class} as of {date}; its classes: {list}")
    case .noResults:
      MessageTemplate(
        kk: "{date} жағдай бойынша {scope} оқушыларының диагностика нәтижесі жоқ",
        ru: "по состоянию на {date} у учащихся {scope} нет результатов диагностики",
        en: "no pupil of {scope} has a diagnostic result as of {date}")
    case .classTitle:
      MessageTemplate(
        kk: "Кәсіптік диагностика: сынып бойынша қорытынды",
        ru: "Профориентационная диагностика: сводка по классу",
        en: "Career diagnostics: class summary")
    case .schoolTitle:
      MessageTemplate(
        kk: "Кәсіптік диагностика: мектеп бойынша қорытынды",
        ru: "Профориентационная диагностика: сводка по школе",
        en: "Career diagnostics: school summary")
    case .profileTitle:
      MessageTemplate(
        kk: "Кәсіптік диагностика: оқушының бейіні",
        ru: "Профориентационная диагностика: профиль ученика",
        en: "Career diagnostics: pupil profile")
    case .schoolTerm:
      MessageTemplate(kk: "Мектеп", ru: "Школа", en: "School")
    case .classTerm:
      MessageTemplate(kk: "Сынып", ru: "Класс", en: "Class")
    case .allClasses:
      MessageTemplate(kk: "барлық сыныптар", ru: "все классы", en: "all classes")
    case .asOfTerm:
      MessageTemplate(kk: "Есеп күні", ru: "По состоянию на", en: "As of")
    case .pupilsTerm:
      MessageTemplate(
        kk: "Нәтижесі бар оқушылар",
        ru: "Учащихся с результатами",
        en: "Pupils with a result")
    case .notForPublication:
      MessageTemplate(
        kk:
          "Бұл есеп мектептің өз жұмысына арналған, жариялауға емес: оқушылар тек білім алушы кодымен аталады, аз сандар жасырылмайды. Жариялауға арналған жиынтық көрсеткіштерді «jol report pathways» командасы береді.",
        ru:
          "Отчёт для работы самой школы, не для публикации: учащиеся названы только кодом обучающегося, малые числа не скрываются. Сводные показатели для публикации даёт команда «jol report pathways».",
        en:
          "For the school's own work, not for publication: pupils are named by learner ID only, and small counts are not hidden. Aggregates for publication come from the command “jol report pathways”."
      )
    case .leadingCaption:
      MessageTemplate(
        kk: "Жетекші шкала бойынша оқушылар",
        ru: "Учащиеся по ведущей шкале",
        en: "Pupils by leading scale")
    case .scaleColumn:
      MessageTemplate(kk: "Шкала", ru: "Шкала", en: "Scale")
    case .pupilsColumn:
      MessageTemplate(kk: "Оқушылар", ru: "Учащиеся", en: "Pupils")
    case .tiedRow:
      MessageTemplate(
        kk: "Шкалалары тең (әр шкалада саналды)",
        ru: "Равные шкалы (учтены в каждой)",
        en: "Tied scales (counted on each)")
    case .bandsCaption:
      MessageTemplate(
        kk: "Шкалалардың деңгейлері бойынша оқушылар",
        ru: "Учащиеся по уровням шкал",
        en: "Pupils by band of each scale")
    case .flaggedHeading:
      MessageTemplate(
        kk: "Мұқият қарау керек нәтижелер",
        ru: "Результаты, требующие внимания",
        en: "Results to read with care")
    case .noFlagged:
      MessageTemplate(
        kk: "Ескертпесі бар нәтиже жоқ.",
        ru: "Результатов с отметками нет.",
        en: "No result carries a flag.")
    case .classColumn:
      MessageTemplate(kk: "Сынып", ru: "Класс", en: "Class")
    case .changesHeading:
      MessageTemplate(
        kk: "Алдыңғы диагностикадан бергі өзгерістер",
        ru: "Изменения с предыдущей диагностики",
        en: "Changes since the previous administration")
    case .comparedTerm:
      MessageTemplate(
        kk: "Алдыңғы нәтижесі бар оқушылар",
        ru: "Учащихся с предыдущим результатом",
        en: "Pupils with a previous result")
    case .changedTerm:
      MessageTemplate(
        kk: "Жетекші бағыты өзгерген оқушылар",
        ru: "Учащихся со сменой ведущего направления",
        en: "Pupils whose leading direction changed")
    case .noPrevious:
      MessageTemplate(
        kk: "Алдыңғы диагностика болмаған: салыстыратын нәтиже әлі жоқ.",
        ru: "Предыдущей диагностики не было: сравнивать пока не с чем.",
        en: "No earlier administration: nothing to compare with yet.")
    case .previousColumn:
      MessageTemplate(kk: "Бұрынғы бағыт", ru: "Прежнее направление", en: "Previous direction")
    case .latestColumn:
      MessageTemplate(kk: "Соңғы бағыт", ru: "Последнее направление", en: "Latest direction")
    case .changesNote:
      MessageTemplate(
        kk:
          "Оқушы бағытын жылына екі рет өзгерте алады; бағыттың өзгеруі — қате емес, оқушымен әңгімелесуге себеп. Шкалалары тең нәтижеде жетекші бағыт жоқ: бағыттар «=» арқылы жазылған.",
        ru:
          "Ученик может менять направление дважды в год; смена направления — не ошибка, а повод для беседы с учеником. У результата с равными шкалами ведущего направления нет: направления записаны через «=».",
        en:
          "A pupil may change direction twice a year; a change is not an error but a reason to talk with the pupil. A result whose scales tie has no leading direction: its directions are written with “=”."
      )
    case .pupilSection:
      MessageTemplate(
        kk: "Оқушы {learner} ({class})",
        ru: "Ученик {learner} ({class})",
        en: "Pupil {learner} ({class})")
    case .resultOf:
      MessageTemplate(
        kk: "{title}: {instrument}, {date}",
        ru: "{title}: {instrument}, {date}",
        en: "{title}: {instrument}, {date}")
    case .chartTitle:
      MessageTemplate(kk: "Шкалалар бойынша балдар", ru: "Баллы по шкалам", en: "Scores by scale")
    case .scoreColumn:
      MessageTemplate(kk: "Балл", ru: "Балл", en: "Score")
    case .bandsInWords:
      MessageTemplate(
        kk: "Деңгейлер нені білдіреді",
        ru: "Что означают уровни",
        en: "What the bands mean")
    case .recommendedHeading:
      MessageTemplate(
        kk: "Ұсынылатын бағыттар, мамандықтар және колледждер",
        ru: "Рекомендуемые направления, специальности и колледжи",
        en: "Recommended directions, specialties and colleges")
    case .codeColumn:
      MessageTemplate(kk: "Коды", ru: "Код", en: "Code")
    case .specialtyColumn:
      MessageTemplate(kk: "Мамандық", ru: "Специальность", en: "Specialty")
    case .collegeColumn:
      MessageTemplate(kk: "Колледж және себебі", ru: "Колледж и почему", en: "College, and why")
    case .noDirections:
      MessageTemplate(
        kk: "Бағыт ұсынылмады: жетекші шкала бірде-бір бағытқа сәйкестендірілмеген.",
        ru: "Направление не рекомендовано: ведущая шкала не сопоставлена ни с одним направлением.",
        en: "No direction is recommended: the leading scale maps to none.")
    case .learnerColumn:
      MessageTemplate(kk: "Білім алушы", ru: "Обучающийся", en: "Learner")
    case .instrumentColumn:
      MessageTemplate(kk: "Әдістеме", ru: "Методика", en: "Instrument")
    case .dateColumn:
      MessageTemplate(kk: "Күні", ru: "Дата", en: "Date")
    case .bandColumn:
      MessageTemplate(kk: "Деңгей", ru: "Уровень", en: "Band")
    case .leadingColumn:
      MessageTemplate(kk: "Жетекші", ru: "Ведущая", en: "Leading")
    case .directionColumn:
      MessageTemplate(kk: "Жетекші бағыт", ru: "Ведущее направление", en: "Leading direction")
    case .flagsColumn:
      MessageTemplate(kk: "Ескертпелер", ru: "Отметки", en: "Flags")
    case .maximumColumn:
      MessageTemplate(kk: "Ең жоғары балл", ru: "Максимум", en: "Maximum")
    }
  }
}
