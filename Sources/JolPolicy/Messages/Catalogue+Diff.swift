import JolModel

/// What `jol policy diff` says about who gains and who loses.
/// Adding a message: see ``MessageKey``.
enum DiffMessage: String, MessageKey {
  case gains
  case loses
  case amountUp
  case amountDown
  case otherChange
  case population
  case counts
  case totalLabel

  var template: MessageTemplate {
    switch self {
    case .gains:
      MessageTemplate(
        kk: "ұтады",
        ru: "выигрывает",
        en: "gains")
    case .loses:
      MessageTemplate(
        kk: "ұтылады",
        ru: "теряет",
        en: "loses")
    case .amountUp:
      MessageTemplate(
        kk: "сома өсті",
        ru: "сумма выросла",
        en: "amount up")
    case .amountDown:
      MessageTemplate(
        kk: "сома азайды",
        ru: "сумма снизилась",
        en: "amount down")
    case .otherChange:
      MessageTemplate(
        kk: "басқа өзгеріс",
        ru: "другое изменение",
        en: "other change")
    case .population:
      MessageTemplate(
        kk: "{count} субъект",
        ru: "субъектов: {count}",
        en: "{count} subjects")
    case .counts:
      MessageTemplate(
        kk: "ұтады: {gains}; ұтылады: {losses}; басқа өзгерістер: {other}",
        ru: "выигрывают: {gains}; теряют: {losses}; прочие изменения: {other}",
        en: "gain: {gains}; lose: {losses}; other changes: {other}")
    case .totalLabel:
      MessageTemplate(
        kk: "барлық сома",
        ru: "итого",
        en: "total")
    }
  }
}
