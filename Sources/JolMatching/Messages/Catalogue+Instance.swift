import JolModel

/// What is wrong with a matching instance: its ids, lists and capacities
/// (``MatchingInstanceProblem``), and the JSON of an instance file (``MatchingInstanceFile``).
/// The place (a JSON path) is written before the message; `{id}`, `{field}` stay as written.
/// Adding a message: see `MessageKey`.
enum MatchingText: String, MessageKey {
  case repeatedStudent
  case repeatedMentor
  case repeatedEnterprise
  case unknownMentor
  case repeatedChoice
  case unknownStudent
  case repeatedRanking
  case negativeCapacity
  case unknownEnterprise
  case scoreCount
  case scoresNotDescending
  case mixedScales
  case notListedByStudent
  case malformed
  case wrongType
  case unknownField
  case missingField
  case repeatedField
  case wholeNumber
  case score
  case rankingEntry
  case mixedRankingEntries
  case forbiddenCharacter
  case anObject
  case anArray
  case aString
  case aNumber
  case trueOrFalse
  case null

  var template: MessageTemplate {
    switch self {
    case .repeatedStudent:
      MessageTemplate(
        kk: "'{id}' білім алушысы екінші рет берілген",
        ru: "обучающийся '{id}' указан второй раз",
        en: "student '{id}' is given twice")
    case .repeatedMentor:
      MessageTemplate(
        kk: "'{id}' тәлімгері екінші рет берілген",
        ru: "наставник '{id}' указан второй раз",
        en: "mentor '{id}' is given twice")
    case .repeatedEnterprise:
      MessageTemplate(
        kk: "'{id}' кәсіпорны екінші рет берілген",
        ru: "предприятие '{id}' указано второй раз",
        en: "enterprise '{id}' is given twice")
    case .unknownMentor:
      MessageTemplate(
        kk: "'{id}' деген тәлімгер жоқ",
        ru: "неизвестный наставник '{id}'",
        en: "unknown mentor '{id}'")
    case .repeatedChoice:
      MessageTemplate(
        kk: "'{id}' тәлімгері бұл тізімде екінші рет тұр",
        ru: "наставник '{id}' второй раз в этом списке",
        en: "mentor '{id}' is already on this list")
    case .unknownStudent:
      MessageTemplate(
        kk: "'{id}' деген білім алушы жоқ",
        ru: "неизвестный обучающийся '{id}'",
        en: "unknown student '{id}'")
    case .repeatedRanking:
      MessageTemplate(
        kk: "'{id}' білім алушысы бұл тізімде екінші рет тұр",
        ru: "обучающийся '{id}' второй раз в этом списке",
        en: "student '{id}' is already on this ranking")
    case .negativeCapacity:
      MessageTemplate(
        kk: "орын саны теріс болмауы керек: {value}",
        ru: "число мест не может быть отрицательным: {value}",
        en: "capacity must not be negative: {value}")
    case .unknownEnterprise:
      MessageTemplate(
        kk: "'{id}' кәсіпорны 'enterprises' ішінде жоқ",
        ru: "предприятия '{id}' нет в 'enterprises'",
        en: "enterprise '{id}' is not in 'enterprises'")
    case .scoreCount:
      MessageTemplate(
        kk: "тізімде {ranking} білім алушы, ал балл саны {scores}",
        ru: "в списке {ranking} обучающихся, а баллов {scores}",
        en: "the ranking has {ranking} students but {scores} scores")
    case .scoresNotDescending:
      MessageTemplate(
        kk:
          "балдар жоғарыдан төменге қарай берілуі керек: {score} алдыңғы {previous} балынан жоғары",
        ru: "баллы должны идти от высшего к низшему: {score} выше предыдущего {previous}",
        en: "scores must run from highest to lowest: {score} is above the {previous} before it")
    case .mixedScales:
      MessageTemplate(
        kk:
          "{enterprise} кәсіпорнының тәлімгерлері басымдықты бір шкаламен беруі керек: бәрі балмен, не бәрі балсыз",
        ru:
          "наставники предприятия {enterprise} должны задавать приоритет в одной шкале: все с баллами или все без",
        en:
          "the mentors of enterprise {enterprise} must rank on one scale: all with scores, or none")
    case .notListedByStudent:
      MessageTemplate(
        kk: "'{student}' білім алушысы {mentor} тәлімгерін таңдамаған: бұл жол ескерілмейді",
        ru: "обучающийся '{student}' не выбирал наставника {mentor}: запись не учитывается",
        en: "student '{student}' did not list mentor {mentor}: the entry is ignored")
    case .malformed:
      MessageTemplate(
        kk: "JSON қате: мұнда {expected} күтілді",
        ru: "ошибка JSON: здесь ожидалось {expected}",
        en: "malformed JSON: expected {expected}")
    case .wrongType:
      MessageTemplate(
        kk: "мұнда {expected} керек, ал {found} берілген",
        ru: "здесь нужно {expected}, а указано {found}",
        en: "expected {expected}, found {found}")
    case .unknownField:
      MessageTemplate(
        kk: "'{field}' деген өріс жоқ (болатындары: {expected})",
        ru: "неизвестное поле '{field}' (возможны: {expected})",
        en: "unknown field '{field}' (expected one of: {expected})")
    case .missingField:
      MessageTemplate(
        kk: "'{field}' өрісі жоқ",
        ru: "нет поля '{field}'",
        en: "missing field '{field}'")
    case .repeatedField:
      MessageTemplate(
        kk: "'{field}' өрісі екінші рет берілген",
        ru: "поле '{field}' указано второй раз",
        en: "field '{field}' is given twice")
    case .wholeNumber:
      MessageTemplate(
        kk: "бүтін сан",
        ru: "целое число",
        en: "a whole number")
    case .score:
      MessageTemplate(
        kk: "ең көбі 4 ондық таңбасы бар балл",
        ru: "балл с не более чем 4 знаками после запятой",
        en: "a score with at most 4 decimal places")
    case .rankingEntry:
      MessageTemplate(
        kk: "білім алушы id-і немесе [\"id\", балл] жұбы",
        ru: "id обучающегося или пара [\"id\", балл]",
        en: "a student id or an [\"id\", score] pair")
    case .mixedRankingEntries:
      MessageTemplate(
        kk: "бір тізімде не бәрі id, не бәрі [\"id\", балл] жұбы болуы керек",
        ru: "в одном списке либо все id, либо все пары [\"id\", балл]",
        en: "a ranking holds either ids only or [\"id\", score] pairs only")
    case .forbiddenCharacter:
      MessageTemplate(
        kk: "id-де {code} таңбасы болмауы керек",
        ru: "в id не допускается символ {code}",
        en: "an id must not contain the character {code}")
    case .anObject: MessageTemplate(kk: "объект", ru: "объект", en: "an object")
    case .anArray: MessageTemplate(kk: "массив", ru: "массив", en: "an array")
    case .aString: MessageTemplate(kk: "жол (string)", ru: "строка", en: "a string")
    case .aNumber: MessageTemplate(kk: "сан", ru: "число", en: "a number")
    case .trueOrFalse:
      MessageTemplate(kk: "true не false", ru: "true или false", en: "true or false")
    case .null: MessageTemplate(kk: "null", ru: "null", en: "null")
    }
  }
}
