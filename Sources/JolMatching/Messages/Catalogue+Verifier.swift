import JolModel

/// What the verifier finds in an assignment: broken capacities or acceptability, and blocking
/// pairs. Ids stay as written. Adding a message: see `MessageKey`.
enum VerifierText: String, MessageKey {
  case unknownStudent
  case unknownMentor
  case assignedTwice
  case notOnStudentList
  case notOnMentorRanking
  case overMentorCapacity
  case overEnterpriseCapacity
  case blockingPair

  var template: MessageTemplate {
    switch self {
    case .unknownStudent:
      MessageTemplate(
        kk: "'{student}' деген білім алушы жоқ",
        ru: "неизвестный обучающийся '{student}'",
        en: "unknown student '{student}'")
    case .unknownMentor:
      MessageTemplate(
        kk: "'{mentor}' деген тәлімгер жоқ",
        ru: "неизвестный наставник '{mentor}'",
        en: "unknown mentor '{mentor}'")
    case .assignedTwice:
      MessageTemplate(
        kk: "'{student}' білім алушысы бірнеше тәлімгерге бекітілген",
        ru: "обучающийся '{student}' распределён к нескольким наставникам",
        en: "student '{student}' is assigned to more than one mentor")
    case .notOnStudentList:
      MessageTemplate(
        kk: "'{student}' білім алушысы {mentor} тәлімгерін таңдамаған",
        ru: "обучающийся '{student}' не выбирал наставника {mentor}",
        en: "student '{student}' did not list mentor {mentor}")
    case .notOnMentorRanking:
      MessageTemplate(
        kk: "{mentor} тәлімгері '{student}' білім алушысын қабылдамайды",
        ru: "наставник {mentor} не принимает обучающегося '{student}'",
        en: "mentor {mentor} does not accept student '{student}'")
    case .overMentorCapacity:
      MessageTemplate(
        kk: "{mentor} тәлімгеріне {assigned} білім алушы бекітілген, орын саны {capacity}",
        ru: "к наставнику {mentor} распределено {assigned}, мест {capacity}",
        en: "mentor {mentor} has {assigned} students for {capacity} places")
    case .overEnterpriseCapacity:
      MessageTemplate(
        kk: "{enterprise} кәсіпорнына {assigned} білім алушы бекітілген, орын саны {capacity}",
        ru: "на предприятие {enterprise} распределено {assigned}, мест {capacity}",
        en: "enterprise {enterprise} has {assigned} students for {capacity} places")
    case .blockingPair:
      MessageTemplate(
        kk:
          "'{student}' білім алушысы мен {mentor} тәлімгері (оның №{choice} таңдауы) бөлуді бұзатын жұп: білім алушы осы тәлімгерді артық көреді, ал тәлімгерде бос орын бар немесе ол басымдығы төменірек біреуді алған",
        ru:
          "обучающийся '{student}' и наставник {mentor} (его выбор №{choice}) блокируют распределение: обучающийся предпочёл бы его, а у наставника есть место или кто-то с более низким приоритетом",
        en:
          "student '{student}' and mentor {mentor} (their choice #{choice}) block the assignment: the student prefers that mentor, who has room or holds someone ranked lower"
      )
    }
  }
}
