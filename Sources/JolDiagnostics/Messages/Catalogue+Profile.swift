import JolModel

/// What a profile says to people: the guidance note and the names of the flags.
/// Adding a message: see `MessageKey`.
enum ProfileMessage: String, MessageKey {
  case guidanceNote
  case missingAnswers
  case straightLining
  case flatProfile
  case insufficient
  case insufficientScales

  var template: MessageTemplate {
    switch self {
    case .guidanceNote:
      MessageTemplate(
        kk:
          "Нәтижелер бағыт-бағдар береді: олар бойынша ешкім іріктелмейді және ешкім шеттетілмейді.",
        ru:
          "Результаты служат ориентиром: по ним никого не отбирают и никого не исключают.",
        en: "Results guide; they never select or exclude anyone.")
    case .missingAnswers:
      MessageTemplate(
        kk: "жауапсыз сұрақтар бар",
        ru: "есть пропущенные ответы",
        en: "missing answers")
    case .straightLining:
      MessageTemplate(
        kk: "барлық жауап бірдей",
        ru: "все ответы одинаковые",
        en: "all answers the same")
    case .flatProfile:
      MessageTemplate(
        kk: "бейін тегіс: бірде-бір сала айқын ерекшеленбейді",
        ru: "плоский профиль: ни одна область явно не выделяется",
        en: "flat profile: no area stands out")
    case .insufficient:
      MessageTemplate(
        kk: "жауап жеткіліксіз",
        ru: "недостаточно ответов",
        en: "insufficient answers")
    case .insufficientScales:
      MessageTemplate(
        kk: "кейбір шкалаларға жауап жеткіліксіз: олар бағаланбады",
        ru: "по некоторым шкалам недостаточно ответов: они не оценены",
        en: "some scales have too few answers: they are not scored")
    }
  }
}
