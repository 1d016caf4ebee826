import JolModel

/// The words of charts' data tables (a chart's text alternative, and the chart in Markdown).
/// Adding a message: see ``MessageKey``.
public enum ChartMessage: String, MessageKey {
  case band
  case from
  case to
  case count

  public var template: MessageTemplate {
    switch self {
    case .band:
      MessageTemplate(
        kk: "Деңгейі",
        ru: "Уровень",
        en: "Level")
    case .from:
      MessageTemplate(
        kk: "Қайдан",
        ru: "Откуда",
        en: "From")
    case .to:
      MessageTemplate(
        kk: "Қайда",
        ru: "Куда",
        en: "To")
    case .count:
      MessageTemplate(
        kk: "Саны",
        ru: "Число",
        en: "Count")
    }
  }
}
