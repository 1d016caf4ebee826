import JolModel

/// What `.tests` files and their runner say.
/// Adding a message: see ``MessageKey``.
enum PolicyTestMessage: String, MessageKey {
  case awardedDiffers
  case poolSeatsDiffer
  case repeatedLine
  case repeatedCase
  case policyUnderTest
  case fileLine
  case missingPolicy
  case noCases
  case aDate
  case notADate
  case factName
  case reasonKey
  case afterFactName
  case unclosedList
  case aValue
  case caseName
  case outcome
  case amountOrNone
  case afterAmount
  case afterCurrency
  case amountForm
  case unknownCaseLine
  case caseWithoutDate
  case applicantID
  case seedText
  case poolName
  case afterPool
  case seatCount
  case roundWithoutAwarded
  case caseWithoutOutcome
  case policyHasErrors
  case outcomeDiffers
  case noAmount
  case reasonsDiffer
  case waivedDiffer
  case missingDiffer
  case statusPass
  case statusFail
  case statusUnknown
  case statusWaived
  case summary
  case amountDiffers
  case noCheckedPolicy
  case policyVersion

  var template: MessageTemplate {
    switch self {
    case .awardedDiffers:
      MessageTemplate(
        kk: "тағайындалатындар {expected} күтілді, бірақ нәтиже {got}",
        ru: "ожидались награждённые {expected}, а получено {got}",
        en: "expected awarded {expected}, got {got}")
    case .poolSeatsDiffer:
      MessageTemplate(
        kk: "«{name}» топтамасында {expected} орын күтілді, бірақ {got}",
        ru: "в пуле «{name}» ожидалось мест: {expected}, а получено {got}",
        en: "expected {expected} seats in pool '{name}', got {got}")
    case .repeatedLine:
      MessageTemplate(
        kk:
          "'{word}' екі рет берілген (алғашқысы {at} орнында): соңғысы үнсіз жеңер еді; біреуін қалдырыңыз",
        ru: "'{word}' задан дважды (впервые в {at}): последний молча победил бы; оставьте один",
        en: "'{word}' given twice (first at {at}): the last would silently win; keep one")
    case .repeatedCase:
      MessageTemplate(
        kk:
          "\"{name}\" жағдайы екі рет берілген (алғашқысы {at} орнында): әр жағдайдың өз атауы болады",
        ru: "пример \"{name}\" задан дважды (впервые в {at}): у каждого примера своё название",
        en: "case \"{name}\" given twice (first at {at}): every case has its own name")
    case .policyUnderTest:
      MessageTemplate(
        kk: "сыналатын қағидалардың идентификаторы",
        ru: "идентификатор проверяемых правил",
        en: "the id of the policy under test")
    case .fileLine:
      MessageTemplate(
        kk: "'policy', 'defaults' немесе 'case \"NAME\"'",
        ru: "'policy', 'defaults' или 'case \"NAME\"'",
        en: "'policy', 'defaults' or 'case \"NAME\"'")
    case .missingPolicy:
      MessageTemplate(
        kk: "'policy ID' жолы жоқ: бұл жағдайлар қай қағидаларды сынайтынын атаңыз",
        ru: "нет строки 'policy ID': назовите правила, которые проверяют эти примеры",
        en: "missing 'policy ID' line: name the policy these cases test")
    case .noCases:
      MessageTemplate(
        kk: "файлда бірде-бір 'case' жоқ",
        ru: "в файле нет ни одного 'case'",
        en: "no 'case' in the file")
    case .aDate:
      MessageTemplate(
        kk: "YYYY-MM-DD күні",
        ru: "дата YYYY-MM-DD",
        en: "a date YYYY-MM-DD")
    case .notADate:
      MessageTemplate(
        kk: "'{text}' — күнтізбеде жоқ күн",
        ru: "'{text}' — такой даты нет в календаре",
        en: "'{text}' is not a date of the calendar")
    case .factName:
      MessageTemplate(
        kk: "факт атауы",
        ru: "имя факта",
        en: "a fact name")
    case .reasonKey:
      MessageTemplate(
        kk: "себеп кілті",
        ru: "ключ причины",
        en: "a reason key")
    case .afterFactName:
      MessageTemplate(
        kk: "'{name}' атауынан кейін ({name}=VALUE деп жазыңыз)",
        ru: "после '{name}' (пишите {name}=VALUE)",
        en: "after '{name}' (write {name}=VALUE)")
    case .unclosedList:
      MessageTemplate(
        kk: "тізімді жабатын ']' күтілді",
        ru: "ожидается ']', закрывающая список",
        en: "expected ']' to close the list")
    case .aValue:
      MessageTemplate(
        kk: "'{name}' мәні",
        ru: "значение для '{name}'",
        en: "a value for '{name}'")
    case .caseName:
      MessageTemplate(
        kk: "тырнақшадағы жағдай атауы",
        ru: "название примера в кавычках",
        en: "the case name in quotes")
    case .outcome:
      MessageTemplate(
        kk: "'eligible', 'ineligible' немесе 'needs-information'",
        ru: "'eligible', 'ineligible' или 'needs-information'",
        en: "'eligible', 'ineligible' or 'needs-information'")
    case .amountOrNone:
      MessageTemplate(
        kk: "сома (44000 KZT) немесе 'none'",
        ru: "сумма (44000 KZT) или 'none'",
        en: "an amount (44000 KZT) or 'none'")
    case .afterAmount:
      MessageTemplate(
        kk: "сомадан кейін",
        ru: "после суммы",
        en: "after the amount")
    case .afterCurrency:
      MessageTemplate(
        kk: "валютадан кейін",
        ru: "после валюты",
        en: "after the currency")
    case .amountForm:
      MessageTemplate(
        kk: "'AMOUNT KZT per month|semester|year' күтілді",
        ru: "ожидается 'AMOUNT KZT per month|semester|year'",
        en: "expected 'AMOUNT KZT per month|semester|year'")
    case .unknownCaseLine:
      MessageTemplate(
        kk: "'{word}' деген жағдай жолы жоқ",
        ru: "неизвестная строка примера '{word}'",
        en: "unknown case line '{word}'")
    case .caseWithoutDate:
      MessageTemplate(
        kk: "\"{name}\" жағдайында 'as-of DATE' жоқ (әдепкі мәні де жоқ)",
        ru: "в примере \"{name}\" нет 'as-of DATE' (и нет значения по умолчанию)",
        en: "case \"{name}\" has no 'as-of DATE' (and no default)")
    case .applicantID:
      MessageTemplate(
        kk: "үміткердің белгісі (A, L-1)",
        ru: "обозначение заявителя (A, L-1)",
        en: "the applicant's id (A, L-1)")
    case .seedText:
      MessageTemplate(
        kk: "тырнақшадағы жеребе мәтіні",
        ru: "текст жребия в кавычках",
        en: "the seed text in quotes")
    case .poolName:
      MessageTemplate(
        kk: "топтама атауы ('general' не квота атауы)",
        ru: "название пула ('general' или квоты)",
        en: "a pool name ('general' or a quota's name)")
    case .afterPool:
      MessageTemplate(
        kk: "топтама атауынан кейін",
        ru: "после названия пула",
        en: "after the pool name")
    case .seatCount:
      MessageTemplate(
        kk: "орын саны",
        ru: "число мест",
        en: "the number of seats")
    case .roundWithoutAwarded:
      MessageTemplate(
        kk: "\"{name}\" конкурсында 'awarded …' жолы жоқ (ешкім болмаса — 'awarded none')",
        ru: "в конкурсе \"{name}\" нет строки 'awarded …' (если никто — 'awarded none')",
        en: "round \"{name}\" has no 'awarded …' line ('awarded none' for nobody)")
    case .caseWithoutOutcome:
      MessageTemplate(
        kk: "\"{name}\" жағдайында 'expect OUTCOME' жолы жоқ",
        ru: "в примере \"{name}\" нет строки 'expect OUTCOME'",
        en: "case \"{name}\" has no 'expect OUTCOME' line")
    case .policyHasErrors:
      MessageTemplate(
        kk: " (оның .policy файлында қате бар ма?)",
        ru: " (нет ли ошибок в её файле .policy?)",
        en: " (does its .policy file have errors?)")
    case .outcomeDiffers:
      MessageTemplate(
        kk: "'{expected}' күтілді, бірақ нәтиже — '{got}'",
        ru: "ожидалось '{expected}', а получено '{got}'",
        en: "expected {expected}, got {got}")
    case .noAmount:
      MessageTemplate(
        kk: "жоқ",
        ru: "нет",
        en: "none")
    case .reasonsDiffer:
      MessageTemplate(
        kk: "күтілген себептер {expected}, бірақ нәтиже {got}",
        ru: "ожидались причины {expected}, а получено {got}",
        en: "expected reasons {expected}, got {got}")
    case .waivedDiffer:
      MessageTemplate(
        kk: "ерекшелікпен босатылуы күтілгендер {expected}, бірақ нәтиже {got}",
        ru: "ожидались снятые исключением {expected}, а получено {got}",
        en: "expected waived {expected}, got {got}")
    case .missingDiffer:
      MessageTemplate(
        kk: "жетіспейтін фактілер {expected} күтілді, бірақ нәтиже {got}",
        ru: "ожидались недостающие факты {expected}, а получено {got}",
        en: "expected missing {expected}, got {got}")
    case .statusPass:
      MessageTemplate(
        kk: "орындалды",
        ru: "выполнено",
        en: "pass")
    case .statusFail:
      MessageTemplate(
        kk: "орындалмады",
        ru: "не выполнено",
        en: "fail")
    case .statusUnknown:
      MessageTemplate(
        kk: "белгісіз",
        ru: "неизвестно",
        en: "unknown")
    case .statusWaived:
      MessageTemplate(
        kk: "босатылды",
        ru: "снято",
        en: "waived")
    case .summary:
      MessageTemplate(
        kk: "{passed} өтті, {failed} өтпеді",
        ru: "пройдено: {passed}, не пройдено: {failed}",
        en: "{passed} passed, {failed} failed")
    case .amountDiffers:
      MessageTemplate(
        kk: "күтілген сома {expected}, бірақ нәтиже {got}",
        ru: "ожидалась сумма {expected}, а получено {got}",
        en: "expected amount {expected}, got {got}")
    case .noCheckedPolicy:
      MessageTemplate(
        kk: "'{id}' қағидалары{version} тексерілгендер арасында жоқ",
        ru: "нет проверенных правил '{id}'{version}",
        en: "no checked policy '{id}'{version}")
    case .policyVersion:
      MessageTemplate(
        kk: " ({version} нұсқасы)",
        ru: " версии {version}",
        en: " version {version}")
    }
  }
}
