import JolModel

/// The reasons of recommendations (``Guidance``): why a direction, why a college.
/// Adding a message: see `MessageKey`.
enum RecommendMessage: String, MessageKey {
  case scaleEvidence
  case direction
  case inYourDistrict
  case inTheRegion
  case inKazakh
  case inRussian
  case inEnglish

  /// «қазақ тілінде», «на русском языке», «in English».
  static func taught(in language: Language) -> RecommendMessage {
    switch language {
    case .kk: .inKazakh
    case .ru: .inRussian
    case .en: .inEnglish
    }
  }

  var template: MessageTemplate {
    switch self {
    case .scaleEvidence:
      MessageTemplate(
        kk: "{scale} {score}/{maximum}, {band}",
        ru: "{scale} {score}/{maximum}, {band}",
        en: "{scale} {score}/{maximum}, {band}")
    case .direction:
      MessageTemplate(
        kk: "{evidence} → «{direction}» бағыты",
        ru: "{evidence} → направление «{direction}»",
        en: "{evidence} → the direction “{direction}”")
    case .inYourDistrict:
      MessageTemplate(
        kk:
          "«{specialty}» мамандығы сіздің ауданыңыздағы колледжде {language} оқытылады: {college}",
        ru:
          "специальность «{specialty}» преподаётся {language} в колледже вашего района: {college}",
        en: "“{specialty}” is taught {language} at a college in your district: {college}")
    case .inTheRegion:
      MessageTemplate(
        kk:
          "«{specialty}» мамандығы облыстың басқа ауданындағы колледжде {language} оқытылады: {college} ({district})",
        ru:
          "специальность «{specialty}» преподаётся {language} в колледже другого района области: {college} ({district})",
        en:
          "“{specialty}” is taught {language} at a college in another district of the region: {college} ({district})"
      )
    case .inKazakh:
      MessageTemplate(kk: "қазақ тілінде", ru: "на казахском языке", en: "in Kazakh")
    case .inRussian:
      MessageTemplate(kk: "орыс тілінде", ru: "на русском языке", en: "in Russian")
    case .inEnglish:
      MessageTemplate(kk: "ағылшын тілінде", ru: "на английском языке", en: "in English")
    }
  }
}
