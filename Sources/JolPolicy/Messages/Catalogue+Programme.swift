import JolModel

/// What the checker of mentoring programme files (`Policies/mentoring/*.programme`) says.
/// Keywords and names stay as written in every language. Terms: `Policies/GLOSSARY.md`
/// (тәлімгер / наставник, бағдарлама / программа). Adding a message: see `MessageKey`.
enum ProgrammeMessage: String, MessageKey {
  case programmeID
  case constraintName
  case listLengthWhat
  case onOff
  case unlistedRule
  case expansionOrder
  case afterExpand
  case categoryOfScore
  case weight
  case afterAppliedOnWeight
  case untilDate
  case quotedTitle
  case titleLanguages
  case programmeFirst
  case missingStatement
  case givenTwice
  case idIsNotFileName
  case listLength
  case unknownTerm

  var template: MessageTemplate {
    switch self {
    case .programmeID:
      MessageTemplate(
        kk: "бағдарламаның идентификаторы", ru: "идентификатор программы",
        en: "the programme's id")
    case .constraintName:
      MessageTemplate(
        kk: "міндетті шарт", ru: "обязательное условие", en: "a hard constraint")
    case .listLengthWhat:
      MessageTemplate(
        kk: "тізімнің ең үлкен ұзындығы (бүтін сан)",
        ru: "наибольшая длина списка (целое число)",
        en: "the longest list (a whole number)")
    case .onOff:
      MessageTemplate(kk: "on немесе off", ru: "on или off", en: "on or off")
    case .unlistedRule:
      MessageTemplate(
        kk: "тізім бермеген білім алушыға арналған тәртіп",
        ru: "правило для обучающихся без списка",
        en: "the rule for students who list nothing")
    case .expansionOrder:
      MessageTemplate(
        kk: "кәсіпорын тәлімгерлерінің реті", ru: "порядок наставников предприятия",
        en: "the order of an enterprise's mentors")
    case .afterExpand:
      MessageTemplate(kk: "'expand' сөзінен кейін", ru: "после 'expand'", en: "after 'expand'")
    case .categoryOfScore:
      MessageTemplate(
        kk: "әлеуметтік санат (rural, orphan, …)", ru: "социальная категория (rural, orphan, …)",
        en: "a category (rural, orphan, …)")
    case .weight:
      MessageTemplate(
        kk: "салмақ (ондық сан)", ru: "вес (десятичное число)", en: "a weight (a decimal number)")
    case .afterAppliedOnWeight:
      MessageTemplate(
        kk: "applied_on салмағынан кейін", ru: "после веса applied_on",
        en: "after the weight of applied_on")
    case .untilDate:
      MessageTemplate(
        kk: "күн (ЖЖЖЖ-АА-КК)", ru: "дата (ГГГГ-ММ-ДД)", en: "a date (YYYY-MM-DD)")
    case .quotedTitle:
      MessageTemplate(
        kk: "тырнақшадағы атау", ru: "название в кавычках", en: "the title in quotes")
    case .titleLanguages:
      MessageTemplate(
        kk: "атау үш тілде болуы керек: kk, ru және en",
        ru: "название нужно на трёх языках: kk, ru и en",
        en: "the title needs all three languages: kk, ru and en")
    case .programmeFirst:
      MessageTemplate(
        kk: "бағдарлама файлы 'programme ID' жолынан басталады",
        ru: "файл программы начинается со строки 'programme ID'",
        en: "a programme file starts with 'programme ID'")
    case .missingStatement:
      MessageTemplate(
        kk: "'{keyword}' жоқ: бағдарламаға ол міндетті",
        ru: "нет '{keyword}': программе он обязателен",
        en: "'{keyword}' is missing: a programme needs it")
    case .givenTwice:
      MessageTemplate(
        kk: "'{keyword}' екі рет берілген: бағдарламада ол біреу ғана болады",
        ru: "'{keyword}' задан дважды: в программе он один",
        en: "'{keyword}' given twice: a programme has one")
    case .idIsNotFileName:
      MessageTemplate(
        kk:
          "бағдарлама '{id}' деп аталған, ал файл '{name}.programme': атаулары бірдей болуы керек",
        ru: "программа названа '{id}', а файл — '{name}.programme': имена должны совпадать",
        en: "the programme is named '{id}' but its file '{name}.programme': they must match")
    case .listLength:
      MessageTemplate(
        kk:
          "тізім ұзындығы {low}-ден {high}-ге дейінгі бүтін сан болуы керек, ал берілгені: {text}",
        ru: "длина списка должна быть целым числом от {low} до {high}, а указано: {text}",
        en: "the list length must be a whole number from {low} to {high}, not {text}")
    case .unknownTerm:
      MessageTemplate(
        kk: "{found} ұпайға кіре алмайды",
        ru: "{found} не может входить в балл",
        en: "{found} cannot weigh in a score")
    }
  }
}
