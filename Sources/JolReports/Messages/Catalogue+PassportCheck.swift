import JolModel

/// What the cluster passport's checker says (``PassportParser``), beside the settings messages
/// it shares (``ReportingMessage``). Adding a message: see ``MessageKey``.
public enum PassportCheckMessage: String, MessageKey {
  case expectedNothing
  case outsideSection
  case missingLine
  case missingSection
  case expected
  case badId
  case expectedLanguage
  case expectedQuoted
  case emptyText
  case missingLanguage
  case expectedNumber
  case unknownRegion
  case unknownKPI
  case unknownParticipant
  case didYouMean
  case unknownMetric
  case wrongUnit
  case badShare
  case badCount
  case shortTermYears
  case longTermYears
  case belowBaseline
  case belowShortTerm

  public var template: MessageTemplate {
    switch self {
    case .expectedNothing:
      MessageTemplate(
        kk:
          "«{word}» бөлімінің жолында одан кейін ештеңе болмауы керек: мазмұны келесі жолдарда, шегініспен",
        ru:
          "в строке раздела «{word}» после него ничего не должно быть: содержание — в следующих строках, с отступом",
        en:
          "nothing may follow the section '{word}' on its line: its content goes on the next lines, indented"
      )
    case .outsideSection:
      MessageTemplate(
        kk: "шегініспен жазылған жол бөлімге жатпайды: алдымен бөлім атауы керек ({expected})",
        ru: "строка с отступом не относится ни к одному разделу: сначала нужен раздел ({expected})",
        en: "an indented line belongs to no section: a section must come first ({expected})")
    case .missingLine:
      MessageTemplate(
        kk: "«{place}» ішінде «{word}» жолы жоқ", ru: "в «{place}» нет строки «{word}»",
        en: "'{place}' has no '{word}' line")
    case .missingSection:
      MessageTemplate(
        kk: "«{section}» бөлімі ({number}) жоқ: паспортта он бір бөлімнің бәрі болуы керек",
        ru: "нет раздела «{section}» ({number}): в паспорте должны быть все одиннадцать разделов",
        en: "section '{section}' ({number}) is missing: a passport has all eleven sections")
    case .expected:
      MessageTemplate(
        kk: "күтілгені: {expected}", ru: "ожидается: {expected}", en: "expected: {expected}")
    case .badId:
      MessageTemplate(
        kk: "«{word}» идентификатор бола алмайды: латын әріптері, цифрлар, «-», «_», «.» ғана",
        ru: "«{word}» не может быть идентификатором: только латинские буквы, цифры, «-», «_», «.»",
        en: "'{word}' is not an id: Latin letters, digits, '-', '_' and '.' only")
    case .expectedLanguage:
      MessageTemplate(
        kk: "«{word}» тіл емес: мәтін алдында kk, ru немесе en күтілді",
        ru: "«{word}» — не язык: перед текстом ожидается kk, ru или en",
        en: "'{word}' is not a language: expected kk, ru or en before a quoted text")
    case .expectedQuoted:
      MessageTemplate(
        kk: "{language} кейін тырнақшадағы мәтін күтілді",
        ru: "после {language} ожидается текст в кавычках",
        en: "expected a quoted text after {language}")
    case .emptyText:
      MessageTemplate(kk: "мәтін бос", ru: "текст пуст", en: "the text is empty")
    case .missingLanguage:
      MessageTemplate(
        kk: "мәтіннің {languages} нұсқасы жоқ: kk \"…\" ru \"…\" en \"…\" күтілді",
        ru: "у текста нет версии {languages}: ожидается kk \"…\" ru \"…\" en \"…\"",
        en: "the text has no {languages} version: expected kk \"…\" ru \"…\" en \"…\"")
    case .expectedNumber:
      MessageTemplate(
        kk: "«{text}» сан емес: сан күтілді, бөлшегі нүктемен (65.5)",
        ru: "«{text}» — не число: ожидается число с десятичной точкой (65.5)",
        en: "'{text}' is not a number: expected a number with a decimal point (65.5)")
    case .unknownRegion:
      MessageTemplate(
        kk: "«{word}» облыс емес: облыстың екі таңбалы КАТО коды күтілді (39)",
        ru: "«{word}» — не область: ожидается двузначный код КАТО области (39)",
        en: "'{word}' is not a region: expected a region's two-digit KATO code (39)")
    case .unknownKPI:
      MessageTemplate(
        kk: "11-бөлімде «{word}» көрсеткіші жоқ{hint}; барлары: {expected}",
        ru: "в разделе 11 нет показателя «{word}»{hint}; есть: {expected}",
        en: "section 11 has no KPI '{word}'{hint}; it has: {expected}")
    case .unknownParticipant:
      MessageTemplate(
        kk: "2-бөлімде «{word}» қатысушысы жоқ{hint}; барлары: {expected}",
        ru: "в разделе 2 нет участника «{word}»{hint}; есть: {expected}",
        en: "section 2 has no participant '{word}'{hint}; it has: {expected}")
    case .didYouMean:
      MessageTemplate(
        kk: " («{nearest}» болуы мүмкін бе?)", ru: " (может быть, «{nearest}»?)",
        en: " (did you mean '{nearest}'?)")
    case .unknownMetric:
      MessageTemplate(
        kk: "есеп «{word}» көрсеткішін есептемейді; ең жақыны — «{nearest}»; барлары: {expected}",
        ru: "отчёт не считает показатель «{word}»; ближайший — «{nearest}»; есть: {expected}",
        en:
          "the report computes no metric '{word}'; the nearest is '{nearest}'; it computes: {expected}"
      )
    case .wrongUnit:
      MessageTemplate(
        kk: "{metric} көрсеткішінің өлшем бірлігі — {unit}, «{word}» емес",
        ru: "показатель {metric} измеряется в {unit}, а не в «{word}»",
        en: "metric {metric} is counted in {unit}, not '{word}'")
    case .badShare:
      MessageTemplate(
        kk: "{text}: үлес 0…100 аралығында болады", ru: "{text}: доля — от 0 до 100",
        en: "{text}: a share is 0…100")
    case .badCount:
      MessageTemplate(
        kk: "{text}: білім алушылар саны — теріс емес бүтін сан",
        ru: "{text}: число обучающихся — целое неотрицательное",
        en: "{text}: a count of learners is a whole number, not negative")
    case .shortTermYears:
      MessageTemplate(
        kk:
          "қысқа мерзімді мақсат базалық жылдан ({baseline}) 1–3 жыл кейін болады: {low}…{high} күтілді, {year} берілген",
        ru:
          "краткосрочная цель ставится на 1–3 года после базового года ({baseline}): ожидается {low}…{high}, задан {year}",
        en:
          "a short-term target is 1–3 years after the baseline ({baseline}): expected {low}…{high}, found {year}"
      )
    case .longTermYears:
      MessageTemplate(
        kk:
          "ұзақ мерзімді мақсат базалық жылдан ({baseline}) 5–10 жыл кейін болады: {low}…{high} күтілді, {year} берілген",
        ru:
          "долгосрочная цель ставится на 5–10 лет после базового года ({baseline}): ожидается {low}…{high}, задан {year}",
        en:
          "a long-term target is 5–10 years after the baseline ({baseline}): expected {low}…{high}, found {year}"
      )
    case .belowBaseline:
      MessageTemplate(
        kk:
          "мақсатты мән {value} базалық мәннен ({previous}) төмен: әр көрсеткіш неғұрлым жоғары болса, соғұрлым жақсы",
        ru:
          "целевое значение {value} ниже базового ({previous}): каждый показатель тем лучше, чем выше",
        en: "the target {value} is below the baseline {previous}: every metric is higher-is-better")
    case .belowShortTerm:
      MessageTemplate(
        kk: "ұзақ мерзімді мақсат {value} қысқа мерзімдіден ({previous}) төмен",
        ru: "долгосрочная цель {value} ниже краткосрочной ({previous})",
        en: "the long-term target {value} is below the short-term one {previous}")
    }
  }
}
