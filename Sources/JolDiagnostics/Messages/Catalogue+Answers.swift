import JolModel

/// What the answer readers and the instrument lookup say about answers as written.
/// Adding a message: see `MessageKey`.
enum AnswerMessage: String, MessageKey {
  case notAnAnswer
  case noSuchItem
  case answeredTwice
  case noSuchOption
  case ratingOutOfRange
  case noAnswers
  case tooManyMissing
  case unknownInstrument
  case unknownVersion

  var template: MessageTemplate {
    switch self {
    case .notAnAnswer:
      MessageTemplate(
        kk: "'{text}' жауап емес: сұрақ нөмірі мен жауап күтілді, мысалы {example}",
        ru: "'{text}' — не ответ: ожидается номер вопроса и ответ, например {example}",
        en: "'{text}' is not an answer: expected an item number and an answer, such as {example}")
    case .noSuchItem:
      MessageTemplate(
        kk: "{number}-сұрақ жоқ: сұрақтардың нөмірлері 1–{last}",
        ru: "вопроса {number} нет: вопросы пронумерованы от 1 до {last}",
        en: "there is no item {number}: items are numbered 1 to {last}")
    case .answeredTwice:
      MessageTemplate(
        kk: "{number}-сұраққа екі рет жауап берілген",
        ru: "на вопрос {number} дан второй ответ",
        en: "item {number} is answered twice")
    case .noSuchOption:
      MessageTemplate(
        kk: "{number}-сұрақта '{text}' деген жауап нұсқасы жоқ: мыналардың бірі күтілді: {list}",
        ru: "у вопроса {number} нет варианта '{text}': ожидается один из: {list}",
        en: "item {number} has no option '{text}': expected one of {list}")
    case .ratingOutOfRange:
      MessageTemplate(
        kk:
          "{number}-сұрақтың бағасы '{text}' жарамсыз: {low}–{high} аралығындағы бүтін сан күтілді",
        ru:
          "оценка '{text}' у вопроса {number} недопустима: ожидается целое число от {low} до {high}",
        en:
          "the rating '{text}' of item {number} is not valid: expected a whole number from {low} to {high}"
      )
    case .noAnswers:
      MessageTemplate(
        kk: "бірде-бір жауап жоқ",
        ru: "нет ни одного ответа",
        en: "no answers at all")
    case .tooManyMissing:
      MessageTemplate(
        kk:
          "жауапсыз сұрақтар тым көп: {count} (ең көбі {allowed} рұқсат етіледі); сұрақтар: {list}",
        ru:
          "слишком много пропущенных вопросов: {count} (допускается не больше {allowed}); вопросы: {list}",
        en: "too many unanswered items: {count} (at most {allowed} allowed); items: {list}")
    case .unknownInstrument:
      MessageTemplate(
        kk: "'{id}' деген диагностикалық әдістеме жоқ{hint}",
        ru: "нет диагностической методики '{id}'{hint}",
        en: "there is no instrument '{id}'{hint}")
    case .unknownVersion:
      MessageTemplate(
        kk: "'{id}' әдістемесінің {version}-нұсқасы жоқ; бар нұсқалары: {list}",
        ru: "у методики '{id}' нет версии {version}; есть версии: {list}",
        en: "instrument '{id}' has no version {version}; its versions: {list}")
    }
  }
}
