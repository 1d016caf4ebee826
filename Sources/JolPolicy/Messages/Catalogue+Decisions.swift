import JolModel

/// The words of decisions: outcomes, periods, built-in reasons and explanation labels.
/// Adding a message: see ``MessageKey``.
enum DecisionMessage: String, MessageKey {
  case texts
  case textsNoApplicationWasMade
  case textsAppliedOutsideTheApplication
  case textsAlreadyHoldsAnotherAward
  case textsAlreadyHoldsThisAward
  case titleEligible
  case titleIneligible
  case titleNeedsInformation
  case titleMonth
  case titleSemester
  case titleYear
  case wordWaived
  case word
  case outcome
  case amount
  case missing
  case classifier
  case parameter
  case since
  case needsBeyond
  case needsChange

  var template: MessageTemplate {
    switch self {
    case .texts:
      MessageTemplate(
        kk: "Ереже бұл күні күшінде емес",
        ru: "Правила не действуют на эту дату",
        en: "The policy is not in effect on this date")
    case .textsNoApplicationWasMade:
      MessageTemplate(
        kk: "Өтініш берілмеген",
        ru: "Заявка не подана",
        en: "No application was made")
    case .textsAppliedOutsideTheApplication:
      MessageTemplate(
        kk: "Өтініш қабылдау мерзімінен тыс берілген ({{applied_on}})",
        ru: "Заявка подана вне срока приёма ({{applied_on}})",
        en: "Applied outside the application window ({{applied_on}})")
    case .textsAlreadyHoldsAnotherAward:
      MessageTemplate(
        kk: "Осы топтағы басқа тағайындауы бар ({{awards}})",
        ru: "Уже имеет другое назначение этой группы ({{awards}})",
        en: "Already holds another award of this group ({{awards}})")
    case .textsAlreadyHoldsThisAward:
      MessageTemplate(
        kk: "Осы кезеңге осы тағайындауы бар",
        ru: "Уже имеет это назначение на этот период",
        en: "Already holds this award for the period")
    case .titleEligible:
      MessageTemplate(
        kk: "тағайындалады",
        ru: "назначается",
        en: "eligible")
    case .titleIneligible:
      MessageTemplate(
        kk: "тағайындалмайды",
        ru: "не назначается",
        en: "not eligible")
    case .titleNeedsInformation:
      MessageTemplate(
        kk: "мәлімет жеткіліксіз",
        ru: "недостаточно сведений",
        en: "needs information")
    case .titleMonth:
      MessageTemplate(
        kk: "айына",
        ru: "в месяц",
        en: "per month")
    case .titleSemester:
      MessageTemplate(
        kk: "семестрге",
        ru: "за семестр",
        en: "per semester")
    case .titleYear:
      MessageTemplate(
        kk: "жылына",
        ru: "в год",
        en: "per year")
    case .wordWaived:
      MessageTemplate(
        kk: "ерекшелік бойынша босатылды",
        ru: "снято исключением",
        en: "waived by an exception")
    case .word:
      MessageTemplate(
        kk: "белгісіз",
        ru: "неизвестно",
        en: "unknown")
    case .outcome:
      MessageTemplate(
        kk: "Шешім",
        ru: "Решение",
        en: "Outcome")
    case .amount:
      MessageTemplate(
        kk: "Сомасы",
        ru: "Сумма",
        en: "Amount")
    case .missing:
      MessageTemplate(
        kk: "Қажет мәліметтер",
        ru: "Нужны сведения",
        en: "Missing facts")
    case .classifier:
      MessageTemplate(
        kk: "ТжКБ сыныптауышы",
        ru: "классификатор ТиПО",
        en: "TVET classifier")
    case .parameter:
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
