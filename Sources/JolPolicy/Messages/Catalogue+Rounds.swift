import JolModel

/// The words of round results: ranks, pools, cut-offs and why an applicant was not awarded.
/// Adding a message: see ``MessageKey``.
enum RoundMessage: String, MessageKey {
  case rank
  case seats
  case inQuota
  case awarded
  case budgetExhausted
  case noSeatLeft
  case cutoff
  case preferredProgramme
  case notMet
  case unknownFacts
  case duplicateApplication
  case generalPool
  case quota
  case seatCount
  case unlimitedSeats
  case poolAwarded
  case poolReleased
  case poolVacant
  case roundTotalOverflows

  var template: MessageTemplate {
    switch self {
    case .rank:
      MessageTemplate(
        kk: "рейтингтегі орны {rank}",
        ru: "место в рейтинге {rank}",
        en: "rank {rank}")
    case .seats:
      MessageTemplate(
        kk: "{seats} орын",
        ru: "мест: {seats}",
        en: "{seats} seats")
    case .inQuota:
      MessageTemplate(
        kk: "«{pool}» квотасы бойынша",
        ru: "по квоте «{pool}»",
        en: "in the '{pool}' quota")
    case .awarded:
      MessageTemplate(
        kk: "тағайындалды",
        ru: "назначено",
        en: "awarded")
    case .budgetExhausted:
      MessageTemplate(
        kk: "бюджет жеткіліксіз",
        ru: "бюджет исчерпан",
        en: "budget exhausted")
    case .noSeatLeft:
      MessageTemplate(
        kk: "орын жетпеді",
        ru: "мест не хватило",
        en: "no seat left")
    case .cutoff:
      MessageTemplate(
        kk: "өту шегі: {values}",
        ru: "проходной: {values}",
        en: "cutoff {values}")
    case .preferredProgramme:
      MessageTemplate(
        kk: "таңдауы бойынша басқа тағайындау жасалды",
        ru: "сделано другое назначение по выбору заявителя",
        en: "awarded a preferred programme instead")
    case .notMet:
      MessageTemplate(
        kk: "орындалмады: {unmet}",
        ru: "не выполнено: {unmet}",
        en: "not met: {unmet}")
    case .unknownFacts:
      MessageTemplate(
        kk: "белгісіз: {missing}",
        ru: "неизвестно: {missing}",
        en: "unknown: {missing}")
    case .duplicateApplication:
      MessageTemplate(
        kk: "қайталанған өтініш",
        ru: "повторная заявка",
        en: "duplicate application")
    case .generalPool:
      MessageTemplate(
        kk: "жалпы конкурс",
        ru: "общий конкурс",
        en: "general pool")
    case .quota:
      MessageTemplate(
        kk: "«{pool}» квотасы",
        ru: "квота «{pool}»",
        en: "quota '{pool}'")
    case .seatCount:
      MessageTemplate(
        kk: "{value} орын",
        ru: "мест: {value}",
        en: "{value} seats")
    case .unlimitedSeats:
      MessageTemplate(
        kk: "орын шектелмеген",
        ru: "мест без ограничения",
        en: "unlimited seats")
    case .poolAwarded:
      MessageTemplate(
        kk: "тағайындалды: {awarded}",
        ru: "назначено: {awarded}",
        en: "{awarded} awarded")
    case .poolReleased:
      MessageTemplate(
        kk: "жалпы конкурсқа өтті: {released}",
        ru: "передано в общий конкурс: {released}",
        en: "{released} released to the general pool")
    case .poolVacant:
      MessageTemplate(
        kk: "бос қалды: {vacant}",
        ru: "осталось вакантными: {vacant}",
        en: "{vacant} left vacant")
    case .roundTotalOverflows:
      MessageTemplate(
        kk:
          "тағайындаулардың жалпы сомасы Jol санай алатын шектен асады ({maximum}): конкурс аяқталмады; 'seats N' не 'budget …' қосыңыз немесе соманы азайтыңыз",
        ru:
          "общая сумма назначений больше, чем Jol может сосчитать ({maximum}): конкурс не завершён; добавьте 'seats N' или 'budget …' либо уменьшите сумму",
        en:
          "the awards' total exceeds what Jol can count ({maximum}): the round is not complete; add 'seats N' or 'budget …', or lower the amount"
      )
    }
  }
}
