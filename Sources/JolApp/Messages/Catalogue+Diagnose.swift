import JolModel

/// What `jol diagnose …` says: its summaries, columns and the problems of answer files.
/// Adding a message: see ``MessageKey``.
enum DiagnoseText: String, MessageKey {
  case diagnoseGroup
  case checkSummary
  case scoreSummary
  case instrumentOption
  case instrumentRequired
  case noInstruments
  case checkedClean
  case checkedWithErrors
  case textsWithoutInstrument
  case instrumentHasErrors
  case errorsInFile
  case answersAndItemColumns
  case noSuchItemColumn
  case itemColumnTwice
  case noPupils
  case pupilColumn
  case bandColumn
  case leadingColumn
  case codeColumn
  case flagsColumn

  var template: MessageTemplate {
    switch self {
    case .diagnoseGroup:
      MessageTemplate(
        kk: "кәсіптік диагностика: әдістемелерді тексеру, жауап парақтарын бағалау",
        ru:
          "профориентационная диагностика: проверка методик, подсчёт результатов по листам ответов",
        en: "career diagnostics: check instruments, score answer sheets")
    case .checkSummary:
      MessageTemplate(
        kk: "диагностикалық әдістемелерді және олардың kk/ru/en мәтіндерін тексеру",
        ru: "проверить диагностические методики и их тексты kk/ru/en",
        en: "check the diagnostic instruments and their kk/ru/en texts")
    case .scoreSummary:
      MessageTemplate(
        kk: "CSV файлындағы жауап парақтарын сақтамай бағалау",
        ru: "подсчитать результаты по листам ответов из CSV, ничего не сохраняя",
        en: "score the answer sheets of a CSV file without storing them")
    case .instrumentOption:
      MessageTemplate(
        kk: "әдістеме: ID не ID@НҰСҚА (five-types, riasec-60@1)",
        ru: "методика: ID или ID@ВЕРСИЯ (five-types, riasec-60@1)",
        en: "the instrument: ID or ID@VERSION (five-types, riasec-60@1)")
    case .instrumentRequired:
      MessageTemplate(
        kk: "--instrument ID көрсетіңіз (мысалы, --instrument five-types)",
        ru: "укажите --instrument ID (например, --instrument five-types)",
        en: "give --instrument ID (such as --instrument five-types)")
    case .noInstruments:
      MessageTemplate(
        kk: "мына жерлерде .instrument файлы жоқ: {list}",
        ru: "нет файлов .instrument в: {list}",
        en: "no .instrument files in {list}")
    case .checkedClean:
      MessageTemplate(
        kk: "тексерілген әдістемелер: {files}; қате жоқ",
        ru: "проверено методик: {files}; ошибок нет",
        en: "instruments checked: {files}; no errors")
    case .checkedWithErrors:
      MessageTemplate(
        kk: "тексерілген әдістемелер: {files}; қателер: {errors}; жарамсыз әдістемелер: {unusable}",
        ru: "проверено методик: {files}; ошибок: {errors}; непригодных методик: {unusable}",
        en: "instruments checked: {files}; errors: {errors}; instruments unusable: {unusable}")
    case .textsWithoutInstrument:
      MessageTemplate(
        kk:
          "бұл мәтін файлының қалтасында .instrument файлы жоқ: мәтіндер өз әдістемесінің жанында жатуы керек",
        ru:
          "в папке этого файла текстов нет файла .instrument: тексты лежат рядом со своей методикой",
        en: "this texts file's folder has no .instrument file: texts sit beside their instrument")
    case .instrumentHasErrors:
      MessageTemplate(
        kk:
          "'{id}' әдістемесінде қателер бар (саны: {count}): алдымен jol diagnose check арқылы түзетіңіз",
        ru:
          "в методике '{id}' есть ошибки (их: {count}): сначала исправьте их по jol diagnose check",
        en: "the instrument '{id}' has errors ({count}): fix them first, see jol diagnose check")
    case .errorsInFile:
      MessageTemplate(
        kk: "{file} файлындағы қателер: {count}; ештеңе бағаланған жоқ",
        ru: "ошибок в файле {file}: {count}; ничего не подсчитано",
        en: "errors in the file {file}: {count}; nothing scored")
    case .answersAndItemColumns:
      MessageTemplate(
        kk: "файлда answers бағаны да, q1…qN бағандары да бар: олардың біреуін ғана қалдырыңыз",
        ru: "в файле есть и столбец answers, и столбцы q1…qN: оставьте что-то одно",
        en: "the file has both an answers column and q1…qN columns: keep one of them")
    case .noSuchItemColumn:
      MessageTemplate(
        kk: "әдістемеде мұндай сұрақ жоқ: q1…q{last} бағандары күтілді",
        ru: "в методике нет такого вопроса: ожидаются столбцы q1…q{last}",
        en: "the instrument has no such item: expected the columns q1…q{last}")
    case .itemColumnTwice:
      MessageTemplate(
        kk: "q{number} бағаны екінші рет кездеседі",
        ru: "столбец q{number} встречается второй раз",
        en: "the column q{number} appears twice")
    case .noPupils:
      MessageTemplate(
        kk: "файлда бірде-бір оқушы жоқ",
        ru: "в файле нет ни одного ученика",
        en: "the file lists no pupils")
    case .pupilColumn:
      MessageTemplate(
        kk: "оқушы",
        ru: "ученик",
        en: "pupil")
    case .bandColumn:
      MessageTemplate(
        kk: "{scale}: деңгей",
        ru: "{scale}: уровень",
        en: "{scale}: band")
    case .leadingColumn:
      MessageTemplate(
        kk: "жетекші",
        ru: "ведущие",
        en: "leading")
    case .codeColumn:
      MessageTemplate(
        kk: "код",
        ru: "код",
        en: "code")
    case .flagsColumn:
      MessageTemplate(
        kk: "ескертпелер",
        ru: "отметки",
        en: "flags")
    }
  }
}
