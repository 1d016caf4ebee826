import JolModel

/// How a student reads their assignment: the choice they got, and why each preferred mentor did
/// not take them. `{choice}` is the place on their list, `{mentor}` and `{enterprise}` ids,
/// `{cutoff}`, `{score}`, `{rank}` numbers written in the reader's language. Terms:
/// `Policies/GLOSSARY.md` (тәлімгер / наставник, кәсіпорын / предприятие, білім алушы /
/// обучающийся). Adding a message: see `MessageKey`.
enum ExplanationText: String, MessageKey {
  case assigned
  case unmatchedNoAcceptableMentor
  case unmatchedEveryMentorFull
  case preferredUnacceptable
  case preferredNoSeats
  case preferredFullScore
  case preferredFullRank
  case preferredFullTie
  case enterpriseNoSeats
  case enterpriseFullScore
  case enterpriseFullRank
  case enterpriseFullTie

  var template: MessageTemplate {
    switch self {
    case .assigned:
      MessageTemplate(
        kk: "№{choice} таңдауыңыз бойынша {mentor} тәлімгеріне бекітілдіңіз",
        ru: "вы распределены по выбору №{choice}: наставник {mentor}",
        en: "assigned to your choice #{choice} (mentor {mentor})")
    case .unmatchedNoAcceptableMentor:
      MessageTemplate(
        kk: "бөлінбедіңіз: сізді қабылдайтын тәлімгер жоқ",
        ru: "не распределены: нет наставника, который вас принимает",
        en: "unmatched: no acceptable mentor")
    case .unmatchedEveryMentorFull:
      MessageTemplate(
        kk: "бөлінбедіңіз: сізді қабылдайтын тәлімгерлердің барлығында орын толды",
        ru: "не распределены: все наставники, которые вас принимают, заполнены",
        en: "unmatched: every acceptable mentor was full")
    case .preferredUnacceptable:
      MessageTemplate(
        kk: "№{choice} таңдауыңыз ({mentor}) сізді қабылдамайды: сіз оның тізімінде жоқсыз",
        ru: "ваш выбор №{choice} ({mentor}) вас не принимает: вас нет в его списке",
        en: "your choice #{choice} ({mentor}) does not accept you: you are not on its ranking")
    case .preferredNoSeats:
      MessageTemplate(
        kk: "№{choice} таңдауыңыз ({mentor}) білім алушы қабылдамайды (орын саны 0)",
        ru: "ваш выбор №{choice} ({mentor}) не принимает обучающихся (мест: 0)",
        en: "your choice #{choice} ({mentor}) takes no students (capacity 0)")
    case .preferredFullScore:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыздағы ({mentor}) орындарды басымдығы жоғары білім алушылар толтырды (өту балы {cutoff}, сіздің балыңыз {score})",
        ru:
          "ваш выбор №{choice} ({mentor}) заполнен обучающимися с более высоким приоритетом (проходной балл {cutoff}, ваш балл {score})",
        en:
          "your choice #{choice} ({mentor}) was full with students ranked higher (its cutoff {cutoff}, your score {score})"
      )
    case .preferredFullRank:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыздағы ({mentor}) орындарды басымдығы жоғары білім алушылар толтырды (соңғы қабылданған тізімде {cutoff}-орында, сіз {rank}-орында)",
        ru:
          "ваш выбор №{choice} ({mentor}) заполнен обучающимися с более высоким приоритетом (последний принятый — {cutoff}-й в его списке, вы — {rank}-й)",
        en:
          "your choice #{choice} ({mentor}) was full with students ranked higher (its last admitted is ranked {cutoff}, you are ranked {rank})"
      )
    case .preferredFullTie:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыздағы ({mentor}) орындар толды: сіздің басымдығыңыз соңғы қабылданғанмен тең ({cutoff}), теңдікті жеребе шешті",
        ru:
          "ваш выбор №{choice} ({mentor}) заполнен: ваш приоритет равен приоритету последнего принятого ({cutoff}), равенство решила жеребьёвка",
        en:
          "your choice #{choice} ({mentor}) was full: you tied with its last admitted student ({cutoff}) and the lottery decided"
      )
    case .enterpriseNoSeats:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыз ({mentor}): {enterprise} кәсіпорны білім алушы қабылдамайды (орын саны 0)",
        ru:
          "ваш выбор №{choice} ({mentor}): предприятие {enterprise} не принимает обучающихся (мест: 0)",
        en:
          "your choice #{choice} ({mentor}): its enterprise {enterprise} takes no students (capacity 0)"
      )
    case .enterpriseFullScore:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыз ({mentor}): {enterprise} кәсіпорнындағы орындарды басымдығы жоғары білім алушылар толтырды (өту балы {cutoff}, сіздің балыңыз {score})",
        ru:
          "ваш выбор №{choice} ({mentor}): места предприятия {enterprise} заняты обучающимися с более высоким приоритетом (проходной балл {cutoff}, ваш балл {score})",
        en:
          "your choice #{choice} ({mentor}): its enterprise {enterprise} was full with students ranked higher (its cutoff {cutoff}, your score {score})"
      )
    case .enterpriseFullRank:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыз ({mentor}): {enterprise} кәсіпорнындағы орындарды басымдығы жоғары білім алушылар толтырды (соңғы қабылданған өз тәлімгерінің тізімінде {cutoff}-орында, сіз {rank}-орында)",
        ru:
          "ваш выбор №{choice} ({mentor}): места предприятия {enterprise} заняты обучающимися с более высоким приоритетом (последний принятый — {cutoff}-й в списке своего наставника, вы — {rank}-й)",
        en:
          "your choice #{choice} ({mentor}): its enterprise {enterprise} was full with students ranked higher (its last admitted is ranked {cutoff} by their mentor, you are ranked {rank})"
      )
    case .enterpriseFullTie:
      MessageTemplate(
        kk:
          "№{choice} таңдауыңыз ({mentor}): {enterprise} кәсіпорнындағы орындар толды: сіздің басымдығыңыз соңғы қабылданғанмен тең ({cutoff}), теңдікті жеребе шешті",
        ru:
          "ваш выбор №{choice} ({mentor}): места предприятия {enterprise} заняты: ваш приоритет равен приоритету последнего принятого ({cutoff}), равенство решила жеребьёвка",
        en:
          "your choice #{choice} ({mentor}): its enterprise {enterprise} was full: you tied with its last admitted student ({cutoff}) and the lottery decided"
      )
    }
  }
}
