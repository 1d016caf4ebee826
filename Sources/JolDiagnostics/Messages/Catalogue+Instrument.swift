import JolModel

/// What the instrument checker says about `.instrument` and `.texts` files. Ids, keywords and
/// values stay as written in every language; only the words around them are translated.
/// Adding a message: see `MessageKey`.
enum InstrumentMessage: String, MessageKey {
  case errorWord
  case forbiddenCharacter
  case unterminatedText
  case indentedOutsideBlock
  case unknownStatement
  case didYouMean
  case expectedOneOf
  case quotedText
  case givenTwice
  case responseKind
  case range
  case ratingRange
  case expectedFound
  case scaleID
  case letterWord
  case letter
  case bandLine
  case itemNumber
  case optionLine
  case optionID
  case weightWord
  case weight
  case notAnID
  case notANumber
  case notARange
  case instrumentID
  case wholeNumber
  case unexpectedAfter
  case endOfLine
  case textLine
  case emptyText
  case textTwice
  case missingStatement
  case prorateOnChoice
  case codeTooLong
  case folderLayout
  case versionFolder
  case idFolder
  case scaleTwice
  case letterTwice
  case letterMissing
  case unknownScale
  case itemTwice
  case itemsNotNumbered
  case scaleOnChoiceItem
  case tooFewOptions
  case optionTwice
  case optionOnRatingItem
  case ratingItemScale
  case scaleUnused
  case noBands
  case bandTwice
  case bandsDoNotTile
  case bandsEndEarly
  case extraText
  case noTextsFile
  case missingText
  case unknownLanguageFile

  var template: MessageTemplate {
    switch self {
    case .errorWord:
      MessageTemplate(
        kk: "қате",
        ru: "ошибка",
        en: "error")
    case .forbiddenCharacter:
      MessageTemplate(
        kk:
          "мұнда {code} басқару таңбасы бар (экранда көрінбейді, терминалға әсер етеді не мәтін ретін өзгертеді); оны өшіріңіз",
        ru:
          "здесь управляющий символ {code} (невидимый, действует на терминал или меняет порядок текста); удалите его",
        en:
          "here is the control character {code} (invisible; it acts on terminals or reorders text); delete it"
      )
    case .unterminatedText:
      MessageTemplate(
        kk: "мәтін тырнақшасы жабылмаған: мәтінді жолдың соңына дейін \" белгісімен жабыңыз",
        ru: "текст в кавычках не закрыт: закройте его знаком \" до конца строки",
        en: "the text in quotes is not closed: close it with \" before the end of the line")
    case .indentedOutsideBlock:
      MessageTemplate(
        kk: "шегініспен жазылған жол scale не item блогына жатпайды",
        ru: "строка с отступом не относится ни к блоку scale, ни к блоку item",
        en: "an indented line belongs to no scale or item block above it")
    case .unknownStatement:
      MessageTemplate(
        kk: "'{word}' деген нұсқау жоқ{hint}",
        ru: "неизвестная инструкция '{word}'{hint}",
        en: "unknown statement '{word}'{hint}")
    case .didYouMean:
      MessageTemplate(
        kk: ": '{near}' болуы мүмкін бе?",
        ru: ": может быть, '{near}'?",
        en: ": did you mean '{near}'?")
    case .expectedOneOf:
      MessageTemplate(
        kk: ": мыналардың бірі күтілді: {list}",
        ru: ": ожидается одно из: {list}",
        en: ": expected one of {list}")
    case .quotedText:
      MessageTemplate(
        kk: "тырнақшадағы бір мәтін",
        ru: "один текст в кавычках",
        en: "one text in quotes")
    case .givenTwice:
      MessageTemplate(
        kk: "'{word}' екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "'{word}' указано второй раз (первый раз в строке {line})",
        en: "'{word}' is given twice (first on line {line})")
    case .responseKind:
      MessageTemplate(
        kk: "choice немесе rating",
        ru: "choice или rating",
        en: "choice or rating")
    case .range:
      MessageTemplate(
        kk: "0..4 түріндегі аралық",
        ru: "диапазон вида 0..4",
        en: "a range such as 0..4")
    case .ratingRange:
      MessageTemplate(
        kk:
          "'{text}' бағалау аралығы жарамсыз: 0 мен 9 арасындағы бүтін сандар күтілді, мысалы 0..4",
        ru: "недопустимый диапазон оценок '{text}': ожидаются целые числа от 0 до 9, например 0..4",
        en:
          "the rating range '{text}' is not valid: expected whole numbers from 0 to 9, such as 0..4"
      )
    case .expectedFound:
      MessageTemplate(
        kk: "{what} күтілді, бірақ {found} кездесті",
        ru: "ожидается {what}, а найдено {found}",
        en: "expected {what}, found {found}")
    case .scaleID:
      MessageTemplate(
        kk: "шкаланың идентификаторы",
        ru: "идентификатор шкалы",
        en: "the scale's id")
    case .letterWord:
      MessageTemplate(
        kk: "'letter' сөзі",
        ru: "слово 'letter'",
        en: "the word 'letter'")
    case .letter:
      MessageTemplate(
        kk: "бір бас латын әрпі (R)",
        ru: "одна заглавная латинская буква (R)",
        en: "one capital Latin letter (R)")
    case .bandLine:
      MessageTemplate(
        kk: "band ID МИН..МАКС",
        ru: "band ID МИН..МАКС",
        en: "band ID MIN..MAX")
    case .itemNumber:
      MessageTemplate(
        kk: "сұрақ нөмірі",
        ru: "номер вопроса",
        en: "the item's number")
    case .optionLine:
      MessageTemplate(
        kk: "option ID ШКАЛА",
        ru: "option ID ШКАЛА",
        en: "option ID SCALE")
    case .optionID:
      MessageTemplate(
        kk:
          "'{text}' жауап нұсқасының идентификаторы бола алмайды: бір кіші латын әрпі күтілді (a, b)",
        ru:
          "'{text}' не может быть идентификатором варианта ответа: ожидается одна строчная латинская буква (a, b)",
        en: "'{text}' cannot be an option id: expected one lowercase Latin letter (a, b)")
    case .weightWord:
      MessageTemplate(
        kk: "'weight' сөзі",
        ru: "слово 'weight'",
        en: "the word 'weight'")
    case .weight:
      MessageTemplate(
        kk: "салмақ (бүтін сан)",
        ru: "вес (целое число)",
        en: "a weight (a whole number)")
    case .notAnID:
      MessageTemplate(
        kk:
          "'{text}' идентификатор бола алмайды: кіші латын әріптері, цифрлар мен '-' күтілді, бірінші таңба — әріп",
        ru:
          "'{text}' не может быть идентификатором: ожидаются строчные латинские буквы, цифры и '-', первой — буква",
        en:
          "'{text}' cannot be an id: expected lowercase Latin letters, digits and '-', starting with a letter"
      )
    case .notANumber:
      MessageTemplate(
        kk: "'{text}' жарамсыз: {minimum} не одан үлкен бүтін сан күтілді",
        ru: "'{text}' недопустимо: ожидается целое число не меньше {minimum}",
        en: "'{text}' is not valid: expected a whole number of at least {minimum}")
    case .notARange:
      MessageTemplate(
        kk:
          "'{text}' аралық емес: МИН..МАКС түріндегі бүтін сандар күтілді (МИН ≤ МАКС), мысалы 3..6",
        ru:
          "'{text}' — не диапазон: ожидаются целые числа вида МИН..МАКС (МИН ≤ МАКС), например 3..6",
        en: "'{text}' is not a range: expected whole numbers as MIN..MAX (MIN ≤ MAX), such as 3..6")
    case .instrumentID:
      MessageTemplate(
        kk: "әдістеменің идентификаторы",
        ru: "идентификатор методики",
        en: "the instrument's id")
    case .wholeNumber:
      MessageTemplate(
        kk: "бүтін сан",
        ru: "целое число",
        en: "a whole number")
    case .unexpectedAfter:
      MessageTemplate(
        kk: "'{word}' жолында артық '{found}' тұр",
        ru: "лишнее '{found}' в строке '{word}'",
        en: "unexpected '{found}' on the '{word}' line")
    case .endOfLine:
      MessageTemplate(
        kk: "жол соңы",
        ru: "конец строки",
        en: "the end of the line")
    case .textLine:
      MessageTemplate(
        kk: "мәтін идентификаторы мен тырнақшадағы мәтін күтілді, мысалы: title \"…\"",
        ru: "ожидается идентификатор текста и текст в кавычках, например: title \"…\"",
        en: "expected a text id and a text in quotes, such as: title \"…\"")
    case .emptyText:
      MessageTemplate(
        kk: "'{id}' мәтіні бос",
        ru: "текст '{id}' пуст",
        en: "the text '{id}' is empty")
    case .textTwice:
      MessageTemplate(
        kk: "'{id}' мәтіні екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "текст '{id}' указан второй раз (первый раз в строке {line})",
        en: "the text '{id}' is given twice (first on line {line})")
    case .missingStatement:
      MessageTemplate(
        kk: "әдістемеде '{word}' жолы жоқ",
        ru: "в методике нет строки '{word}'",
        en: "the instrument has no '{word}' line")
    case .prorateOnChoice:
      MessageTemplate(
        kk:
          "'prorate' тек rating форматындағы әдістемеге жазылады: choice жауаптары толықтырылмайды",
        ru:
          "'prorate' допустимо только для методик с форматом rating: ответы choice не пересчитываются",
        en: "'prorate' is only for rating instruments: choice answers are not prorated")
    case .codeTooLong:
      MessageTemplate(
        kk: "кодта {length} шкала болуы мүмкін емес: әдістемеде {scales} шкала бар",
        ru: "код не может состоять из {length} шкал: в методике их {scales}",
        en: "a code of {length} scales is not possible: the instrument has {scales}")
    case .folderLayout:
      MessageTemplate(
        kk: "әдістеме {id}/{version}/ қалтасында жатуы керек",
        ru: "методика должна лежать в папке {id}/{version}/",
        en: "the instrument must be in the folder {id}/{version}/")
    case .versionFolder:
      MessageTemplate(
        kk: "{version}-нұсқа '{folder}' қалтасында тұр: {version}/ қалтасы күтілді",
        ru: "версия {version} лежит в папке '{folder}': ожидается папка {version}/",
        en: "version {version} is in the folder '{folder}': expected the folder {version}/")
    case .idFolder:
      MessageTemplate(
        kk: "'{id}' әдістемесі '{folder}' қалтасында тұр: {id}/ қалтасы күтілді",
        ru: "методика '{id}' лежит в папке '{folder}': ожидается папка {id}/",
        en: "the instrument '{id}' is in the folder '{folder}': expected the folder {id}/")
    case .scaleTwice:
      MessageTemplate(
        kk: "'{id}' шкаласы екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "шкала '{id}' указана второй раз (первый раз в строке {line})",
        en: "the scale '{id}' is given twice (first on line {line})")
    case .letterTwice:
      MessageTemplate(
        kk: "'{letter}' әрпі екі шкалаға берілген (алғашқысы {line}-жолда)",
        ru: "буква '{letter}' дана двум шкалам (первый раз в строке {line})",
        en: "the letter '{letter}' is given to two scales (first on line {line})")
    case .letterMissing:
      MessageTemplate(
        kk: "'{id}' шкаласының әрпі жоқ: әдістемеде код болғандықтан, әр шкалаға letter X керек",
        ru: "у шкалы '{id}' нет буквы: в методике есть код, поэтому каждой шкале нужно letter X",
        en:
          "the scale '{id}' has no letter: the instrument has a code, so every scale needs letter X"
      )
    case .unknownScale:
      MessageTemplate(
        kk: "'{name}' деген шкала жоқ{hint}",
        ru: "нет шкалы '{name}'{hint}",
        en: "there is no scale '{name}'{hint}")
    case .itemTwice:
      MessageTemplate(
        kk: "{number}-сұрақ екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "вопрос {number} указан второй раз (первый раз в строке {line})",
        en: "item {number} is given twice (first on line {line})")
    case .itemsNotNumbered:
      MessageTemplate(
        kk:
          "сұрақтар 1-ден бастап үзіліссіз нөмірленуі керек (соңғысы — {last}): мына нөмірлер жоқ: {missing}",
        ru:
          "вопросы должны быть пронумерованы с 1 без пропусков (последний — {last}): нет номеров {missing}",
        en: "items must be numbered from 1 without gaps (the last is {last}): missing {missing}")
    case .scaleOnChoiceItem:
      MessageTemplate(
        kk: "choice сұрағының шкаласы option жолдарында жазылады, item жолында емес",
        ru: "у вопроса choice шкалы указываются в строках option, а не в строке item",
        en: "a choice item's scales are given on its option lines, not on the item line")
    case .tooFewOptions:
      MessageTemplate(
        kk: "{number}-сұраққа кемінде екі option жолы керек",
        ru: "вопросу {number} нужно не меньше двух строк option",
        en: "item {number} needs at least two option lines")
    case .optionTwice:
      MessageTemplate(
        kk: "'{id}' жауап нұсқасы екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "вариант ответа '{id}' указан второй раз (первый раз в строке {line})",
        en: "the option '{id}' is given twice (first on line {line})")
    case .optionOnRatingItem:
      MessageTemplate(
        kk:
          "rating әдістемесінің сұрақтарында option жоқ: шкала item жолында жазылады (item 1 realistic)",
        ru:
          "у вопросов методики rating нет строк option: шкала указывается в строке item (item 1 realistic)",
        en: "rating items have no options: the scale goes on the item line (item 1 realistic)")
    case .ratingItemScale:
      MessageTemplate(
        kk: "{number}-сұрақтың шкаласы жоқ: item {number} ШКАЛА күтілді",
        ru: "у вопроса {number} нет шкалы: ожидается item {number} ШКАЛА",
        en: "item {number} has no scale: expected item {number} SCALE")
    case .scaleUnused:
      MessageTemplate(
        kk: "'{id}' шкаласына бірде-бір сұрақ ұпай бермейді",
        ru: "ни один вопрос не даёт баллов шкале '{id}'",
        en: "no item scores on the scale '{id}'")
    case .noBands:
      MessageTemplate(
        kk:
          "'{id}' шкаласының деңгейлері (band) жоқ: олар {low}..{high} аралығын толық жабуы керек",
        ru: "у шкалы '{id}' нет уровней (band): они должны покрывать весь диапазон {low}..{high}",
        en: "the scale '{id}' has no bands: they must cover its whole range {low}..{high}")
    case .bandTwice:
      MessageTemplate(
        kk: "'{id}' деңгейі екінші рет жазылған (алғашқысы {line}-жолда)",
        ru: "уровень '{id}' указан второй раз (первый раз в строке {line})",
        en: "the band '{id}' is given twice (first on line {line})")
    case .bandsDoNotTile:
      MessageTemplate(
        kk:
          "'{scale}' шкаласының '{band}' деңгейі ({range}) {from} ұпайдан басталуы керек: деңгейлер {low}..{high} аралығын өсу ретімен, бос орынсыз және қайталаусыз жабады",
        ru:
          "уровень '{band}' шкалы '{scale}' ({range}) должен начинаться с {from}: уровни покрывают диапазон {low}..{high} по возрастанию, без пропусков и наложений",
        en:
          "the band '{band}' of the scale '{scale}' ({range}) must start at {from}: bands cover {low}..{high} in ascending order, without gaps or overlaps"
      )
    case .bandsEndEarly:
      MessageTemplate(
        kk: "'{scale}' шкаласының {from}..{high} ұпайлары ешбір деңгейге кірмейді",
        ru: "баллы {from}..{high} шкалы '{scale}' не попадают ни в один уровень",
        en: "the scores {from}..{high} of the scale '{scale}' fall in no band")
    case .extraText:
      MessageTemplate(
        kk: "'{id}' мәтіні әдістемеде жоқ нәрсеге жазылған{hint}",
        ru: "текст '{id}' относится к тому, чего в методике нет{hint}",
        en: "the text '{id}' is for nothing the instrument has{hint}")
    case .noTextsFile:
      MessageTemplate(
        kk:
          "{file} файлы жоқ: әдістеменің мәтіндері қазақ, орыс және ағылшын тілдерінде болуы керек",
        ru: "нет файла {file}: тексты методики нужны на казахском, русском и английском",
        en: "there is no {file}: the instrument needs its texts in Kazakh, Russian and English")
    case .missingText:
      MessageTemplate(
        kk: "{file} файлында '{id}' мәтіні жоқ",
        ru: "в файле {file} нет текста '{id}'",
        en: "{file} has no text '{id}'")
    case .unknownLanguageFile:
      MessageTemplate(
        kk: "мәтін файлының аты тілді көрсетпейді: мыналардың бірі күтілді: {list}",
        ru: "имя файла текстов не называет язык: ожидается одно из: {list}",
        en: "the texts file's name names no language: expected one of {list}")
    }
  }
}
