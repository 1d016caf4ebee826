import JolModel

/// The words of policy outlines and of requirements as a person reads them.
/// Adding a message: see ``MessageKey``.
enum OutlineMessage: String, MessageKey {
  case and
  case or
  case not
  case anyOf
  case allOf
  case noneOf
  case known
  case basis
  case effective
  case supersedes
  case considers
  case exclusive
  case parameters
  case criteria
  case waiver
  case enforced
  case priority
  case amount
  case otherwise
  case round
  case rank
  case lottery
  case seats
  case budget
  case reserve
  case unusedToGeneral
  case unusedStays
  case seatCount
  case roundedTo
  case since
  case considerAll
  case considerApplicants

  var template: MessageTemplate {
    switch self {
    case .and:
      MessageTemplate(
        kk: " және ",
        ru: " и ",
        en: " and ")
    case .or:
      MessageTemplate(
        kk: " немесе ",
        ru: " или ",
        en: " or ")
    case .not:
      MessageTemplate(
        kk: "емес",
        ru: "не",
        en: "not")
    case .anyOf:
      MessageTemplate(
        kk: "{values} ішінен кемінде біреуі",
        ru: "хотя бы одно из {values}",
        en: "any of {values}")
    case .allOf:
      MessageTemplate(
        kk: "{values} барлығы",
        ru: "все из {values}",
        en: "all of {values}")
    case .noneOf:
      MessageTemplate(
        kk: "{values} ешқайсысы жоқ",
        ru: "ни одного из {values}",
        en: "none of {values}")
    case .known:
      MessageTemplate(
        kk: "белгілі",
        ru: "известно",
        en: "known")
    case .basis:
      MessageTemplate(
        kk: "Құқықтық негізі",
        ru: "Основание",
        en: "Legal basis")
    case .effective:
      MessageTemplate(
        kk: "Күшінде",
        ru: "Действует",
        en: "In effect")
    case .supersedes:
      MessageTemplate(
        kk: "Орнына келеді",
        ru: "Заменяет",
        en: "Supersedes")
    case .considers:
      MessageTemplate(
        kk: "Кімді қарайды",
        ru: "Кого рассматривает",
        en: "Considers")
    case .exclusive:
      MessageTemplate(
        kk: "Бір топтан бір ғана тағайындау",
        ru: "Только одно назначение группы",
        en: "One award per group")
    case .parameters:
      MessageTemplate(
        kk: "Параметрлер",
        ru: "Параметры",
        en: "Parameters")
    case .criteria:
      MessageTemplate(
        kk: "Талаптар",
        ru: "Условия",
        en: "Criteria")
    case .waiver:
      MessageTemplate(
        kk: "ерекшелік: талаптан босатады",
        ru: "исключение: снимает условие",
        en: "waiver")
    case .enforced:
      MessageTemplate(
        kk: "ерекшелік: талапты күшейтеді",
        ru: "исключение: сохраняет отказ",
        en: "enforced")
    case .priority:
      MessageTemplate(
        kk: "басымдығы",
        ru: "приоритет",
        en: "priority")
    case .amount:
      MessageTemplate(
        kk: "Сомасы",
        ru: "Сумма",
        en: "Amount")
    case .otherwise:
      MessageTemplate(
        kk: "басқа жағдайда",
        ru: "в остальных случаях",
        en: "otherwise")
    case .round:
      MessageTemplate(
        kk: "Конкурс",
        ru: "Конкурс",
        en: "Round")
    case .rank:
      MessageTemplate(
        kk: "Рейтинг",
        ru: "Рейтинг",
        en: "Ranking")
    case .lottery:
      MessageTemplate(
        kk: "Тең болса — жеребе",
        ru: "При равенстве — жребий",
        en: "Ties by lottery")
    case .seats:
      MessageTemplate(
        kk: "Орындар",
        ru: "Мест",
        en: "Seats")
    case .budget:
      MessageTemplate(
        kk: "Бюджет",
        ru: "Бюджет",
        en: "Budget")
    case .reserve:
      MessageTemplate(
        kk: "Квота",
        ru: "Квота",
        en: "Quota")
    case .unusedToGeneral:
      MessageTemplate(
        kk: "пайдаланылмаған орындар жалпы конкурсқа өтеді",
        ru: "неиспользованные места переходят в общий конкурс",
        en: "unused seats go to the general pool")
    case .unusedStays:
      MessageTemplate(
        kk: "пайдаланылмаған орындар бос қалады",
        ru: "неиспользованные места остаются свободными",
        en: "unused seats stay vacant")
    case .roundedTo:
      MessageTemplate(
        kk: "{step} дейін дөңгелектенеді",
        ru: "с округлением до {step}",
        en: "rounded to {step}")
    case .seatCount:
      MessageTemplate(
        kk: "{total} орынның {count} орны",
        ru: "мест: {count} из {total}",
        en: "{count} of {total} seats")
    case .since:
      MessageTemplate(
        kk: "{date} бастап",
        ru: "с {date}",
        en: "from {date}")
    case .considerAll:
      MessageTemplate(
        kk: "талаптарға сай барлық білім алушылар",
        ru: "все подходящие обучающиеся",
        en: "every matching learner")
    case .considerApplicants:
      MessageTemplate(
        kk: "өтініш бергендер ғана",
        ru: "только подавшие заявку",
        en: "applicants only")
    }
  }
}
