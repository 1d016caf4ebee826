import JolModel

/// The words of decisions: outcomes, periods, built-in reasons and explanation labels.
/// Adding a message: see ``MessageKey``.
enum DecisionMessage: String, MessageKey {
  case notInEffect
  case noApplication
  case outsideWindow
  case holdsExclusive
  case holdsThisAward
  case eligible
  case ineligible
  case needsInformation
  case perMonth
  case perSemester
  case perYear
  case waived
  case unknown
  case outcomeLabel
  case amountLabel
  case missingLabel
  case classifierLabel
  case parameterLabel
  case since
  case needsBeyond
  case needsChange

  var template: MessageTemplate {
    switch self {
    case .notInEffect:
      MessageTemplate(
        kk: "Қағидалар бұл күні күшінде емес",
        ru: "Правила не действуют на эту дату",
        en: "The policy is not in effect on this date")
    case .noApplication:
      MessageTemplate(
        kk: "Өтініш берілмеген",
        ru: "Заявка не подана",
        en: "No application was made")
    case .outsideWindow:
      MessageTemplate(
        kk: "Өтініш қабылдау мерзімінен тыс берілген ({{applied_on}})",
        ru: "Заявка подана вне срока приёма ({{applied_on}})",
        en: "Applied outside the application window ({{applied_on}})")
    case .holdsExclusive:
      MessageTemplate(
        kk: "Осы топтағы басқа тағайындауы бар ({{awards}})",
        ru: "Уже имеет другое назначение этой группы ({{awards}})",
        en: "Already holds another award of this group ({{awards}})")
    case .holdsThisAward:
      MessageTemplate(
        kk: "Осы кезеңге осы тағайындауы бар",
        ru: "Уже имеет это назначение на этот период",
        en: "Already holds this award for the period")
    case .eligible:
      MessageTemplate(
        kk: "тағайындалады",
        ru: "назначается",
        en: "eligible")
    case .ineligible:
      MessageTemplate(
        kk: "тағайындалмайды",
        ru: "не назначается",
        en: "not eligible")
    case .needsInformation:
      MessageTemplate(
        kk: "мәлімет жеткіліксіз",
        ru: "недостаточно сведений",
        en: "needs information")
    case .perMonth:
      MessageTemplate(
        kk: "айына",
        ru: "в месяц",
        en: "per month")
    case .perSemester:
      MessageTemplate(
        kk: "семестрге",
        ru: "за семестр",
        en: "per semester")
    case .perYear:
      MessageTemplate(
        kk: "жылына",
        ru: "в год",
        en: "per year")
    case .waived:
      MessageTemplate(
        kk: "ерекшелік бойынша босатылды",
        ru: "снято исключением",
        en: "waived by an exception")
    case .unknown:
      MessageTemplate(
        kk: "белгісіз",
        ru: "неизвестно",
        en: "unknown")
    case .outcomeLabel:
      MessageTemplate(
        kk: "Шешім",
        ru: "Решение",
        en: "Outcome")
    case .amountLabel:
      MessageTemplate(
        kk: "Сомасы",
        ru: "Сумма",
        en: "Amount")
    case .missingLabel:
      MessageTemplate(
        kk: "Қажет мәліметтер",
        ru: "Нужны сведения",
        en: "Missing facts")
    case .classifierLabel:
      MessageTemplate(
        kk: "ТжКБ сыныптауышы",
        ru: "классификатор ТиПО",
        en: "TVET classifier")
    case .parameterLabel:
      MessageTemplate(
        kk: "параметр",
        ru: "параметр",
        en: "parameter")
    case .since:
      MessageTemplate(
        kk: "{date} бастап",
        ru: "с {date}",
        en: "since {date}")
    case .needsBeyond:
      MessageTemplate(
        kk: "қажет: {title} {target} мәнінен асуы керек (қазір {now})",
        ru: "нужно: {title} выше {target} (сейчас {now})",
        en: "needs {title} beyond {target} (now {now})")
    case .needsChange:
      MessageTemplate(
        kk: "жетіспейді: {title} {change} ({now} → {target})",
        ru: "не хватает: {title} {change} ({now} → {target})",
        en: "needs {title} {change} ({now} → {target})")
    }
  }
}
