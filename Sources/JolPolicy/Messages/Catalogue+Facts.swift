import JolModel

/// What facts files say about lines and values that do not read.
/// Adding a message: see ``MessageKey``.
enum FactsMessage: String, MessageKey {
  case unknownValue
  case hint
  case outOfRange
  case unknownCategory
  case unknownValueOf
  case didYouMean
  case whatCode
  case whatInteger
  case whatDecimal
  case whatPercent
  case whatDate
  case whatBool
  case whatSet
  case repeatedID
  case endOfLine
  case objectStart
  case quotedKey
  case keyTwice
  case colonAfterKey
  case badID
  case commaOrBrace
  case afterObject
  case missingID
  case aValue
  case aString
  case stringInList
  case commaOrBracket
  case jsonValue
  case notANumber
  case nestedObject
  case badEscape
  case unterminatedString
  case unknownFact
  case yes
  case no

  var template: MessageTemplate {
    switch self {
    case .unknownValue:
      MessageTemplate(
        kk: "'{name}' фактісінің '{text}' деген мәні жоқ",
        ru: "неизвестное значение '{text}' факта '{name}'",
        en: "unknown {name} '{text}'")
    case .hint:
      MessageTemplate(
        kk: " ({hint})",
        ru: " ({hint})",
        en: " ({hint})")
    case .outOfRange:
      MessageTemplate(
        kk: "{name} {value} рұқсат етілген аралықтан тыс: {range} күтілді",
        ru: "{name} {value} вне допустимого диапазона: ожидается {range}",
        en: "{name} {value} is out of range: expected {range}")
    case .unknownCategory:
      MessageTemplate(
        kk: "'{text}' деген санат жоқ",
        ru: "неизвестная категория '{text}'",
        en: "unknown category '{text}'")
    case .unknownValueOf:
      MessageTemplate(
        kk: "'{name}' фактісінің '{text}' деген мәні жоқ: мыналардың бірі күтілді: {values}",
        ru: "неизвестное значение '{text}' факта '{name}': ожидается одно из: {values}",
        en: "unknown {name} '{text}': expected one of {values}")
    case .didYouMean:
      MessageTemplate(
        kk: " ('{near}' болуы мүмкін бе?)",
        ru: " (может быть, '{near}'?)",
        en: " (did you mean '{near}'?)")
    case .whatCode:
      MessageTemplate(
        kk: ": мәтін түріндегі код күтілді (\"06130100\")",
        ru: ": ожидается код в виде текста (\"06130100\")",
        en: ": expected a code as text (\"06130100\")")
    case .whatInteger:
      MessageTemplate(
        kk: ": бүтін сан күтілді",
        ru: ": ожидается целое число",
        en: ": expected a whole number")
    case .whatDecimal:
      MessageTemplate(
        kk: ": ондық бөлшек сан күтілді (3.45)",
        ru: ": ожидается десятичное число (3.45)",
        en: ": expected a decimal number (3.45)")
    case .whatPercent:
      MessageTemplate(
        kk: ": 0–100 аралығындағы сан түріндегі пайыз күтілді (92.5)",
        ru: ": ожидается процент числом от 0 до 100 (92.5)",
        en: ": expected a percent as a number 0–100 (92.5)")
    case .whatDate:
      MessageTemplate(
        kk: ": YYYY-MM-DD күні күтілді",
        ru: ": ожидается дата YYYY-MM-DD",
        en: ": expected a date YYYY-MM-DD")
    case .whatBool:
      MessageTemplate(
        kk: ": true немесе false күтілді",
        ru: ": ожидается true или false",
        en: ": expected true or false")
    case .whatSet:
      MessageTemplate(
        kk: ": сөздер тізімі күтілді ([\"rural\", \"orphan\"])",
        ru: ": ожидается список слов ([\"rural\", \"orphan\"])",
        en: ": expected a list of words ([\"rural\", \"orphan\"])")
    case .repeatedID:
      MessageTemplate(
        kk: "'{id}' идентификаторы {line}-жолды қайталайды: бір субъектіге бір жол",
        ru: "id '{id}' повторяет строку {line}: одна строка на субъекта",
        en: "id '{id}' repeats line {line}: one line per subject")
    case .endOfLine:
      MessageTemplate(
        kk: "жол соңы",
        ru: "конец строки",
        en: "end of line")
    case .objectStart:
      MessageTemplate(
        kk: "'{{' (әр жолда бір JSON нысаны)",
        ru: "'{{' (один объект JSON на строку)",
        en: "'{{' (one JSON object per line)")
    case .quotedKey:
      MessageTemplate(
        kk: "тырнақшадағы кілт",
        ru: "ключ в кавычках",
        en: "a key in quotes")
    case .keyTwice:
      MessageTemplate(
        kk: "'{key}' кілті екі рет берілген",
        ru: "ключ '{key}' задан дважды",
        en: "key '{key}' given twice")
    case .colonAfterKey:
      MessageTemplate(
        kk: "кілттен кейін ':'",
        ru: "':' после ключа",
        en: "':' after the key")
    case .badID:
      MessageTemplate(
        kk: "'id' бос емес жол немесе сан болуы керек",
        ru: "'id' должен быть непустой строкой или числом",
        en: "'id' must be a non-empty string or number")
    case .commaOrBrace:
      MessageTemplate(
        kk: "',' немесе '}}'",
        ru: "',' или '}}'",
        en: "',' or '}}'")
    case .afterObject:
      MessageTemplate(
        kk: "нысаннан кейін артық {found} тұр: әр жолда бір нысан",
        ru: "лишнее {found} после объекта: один объект на строку",
        en: "unexpected {found} after the object: one object per line")
    case .missingID:
      MessageTemplate(
        kk: "\"id\" жоқ: әр жол өз субъектісін атайды",
        ru: "нет \"id\": каждая строка называет своего субъекта",
        en: "missing \"id\": every line names its subject")
    case .aValue:
      MessageTemplate(
        kk: "мән",
        ru: "значение",
        en: "a value")
    case .aString:
      MessageTemplate(
        kk: "тырнақшадағы мәтінде",
        ru: "в строке",
        en: "the string")
    case .stringInList:
      MessageTemplate(
        kk: "тізімде мәтін күтілді",
        ru: "в списке ожидается строка",
        en: "expected a string in the list")
    case .commaOrBracket:
      MessageTemplate(
        kk: "тізімде ',' немесе ']'",
        ru: "',' или ']' в списке",
        en: "',' or ']' in the list")
    case .jsonValue:
      MessageTemplate(
        kk: "мән (мәтін, сан, true, false, null немесе тізім)",
        ru: "значение (строка, число, true, false, null или список)",
        en: "a value (string, number, true, false, null or a list)")
    case .notANumber:
      MessageTemplate(
        kk: "'{text}' — сан емес: 12, 3.45 немесе 1e3 сияқты JSON саны күтілді",
        ru: "'{text}' — не число: ожидается число JSON вида 12, 3.45 или 1e3",
        en: "'{text}' is not a number: expected a JSON number like 12, 3.45 or 1e3")
    case .nestedObject:
      MessageTemplate(
        kk: "ішкі нысандар факт емес: мәтін, сан, true/false, null немесе тізім күтілді",
        ru: "вложенные объекты — не факты: ожидается строка, число, true/false, null или список",
        en: "nested objects are not facts: expected a string, number, true/false, null or a list")
    case .badEscape:
      MessageTemplate(
        kk:
          "қате escape-тізбегі: \\\" \\\\ \\/ \\b \\f \\n \\r \\t немесе \\u және төрт он алтылық цифр күтілді",
        ru:
          "неверная escape-последовательность: ожидается \\\" \\\\ \\/ \\b \\f \\n \\r \\t или \\u и четыре шестнадцатеричные цифры",
        en: "bad escape: expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits")
    case .unterminatedString:
      MessageTemplate(
        kk: "тырнақшадағы мәтін жабылмаған: сол жолдың өзінде жабатын '\"' күтілді",
        ru: "незакрытая строка: ожидается закрывающая '\"' на той же строке",
        en: "unterminated string: expected a closing '\"' on the same line")
    case .unknownFact:
      MessageTemplate(
        kk: "'{key}' деген факт жоқ: id немесе мыналардың бірі күтілді: {names}",
        ru: "неизвестный факт '{key}': ожидается id или одно из: {names}",
        en: "unknown fact '{key}': expected id or one of {names}")
    case .yes:
      MessageTemplate(
        kk: "иә",
        ru: "да",
        en: "yes")
    case .no:
      MessageTemplate(
        kk: "жоқ",
        ru: "нет",
        en: "no")
    }
  }
}
