/// The seven profile directions' titles, keyed by their ids (``Direction``); an id a region adds
/// is shown as written.
public enum DirectionTitle: String, TitledValue {
  case engineering
  case ict
  case agriculture
  case transport
  case services
  case creative
  case medicineSocial = "medicine_social"

  public var template: MessageTemplate {
    switch self {
    // Russian titles: the Ministry of Enlightenment's seven directions of profile classes
    // (see Policies/reference/README.md); the Kazakh titles are to verify.
    case .engineering:
      MessageTemplate(
        kk: "Техникалық және инженерлік", ru: "Техническое и инженерное",
        en: "Technical and engineering")
    case .ict:
      MessageTemplate(
        kk: "Ақпараттық-коммуникациялық технологиялар",
        ru: "Информационно-коммуникационные технологии",
        en: "Information and communication technologies")
    case .agriculture:
      MessageTemplate(
        kk: "Ауыл шаруашылығы және экология", ru: "Сельское хозяйство и экология",
        en: "Agriculture and ecology")
    case .transport:
      MessageTemplate(
        kk: "Көлік және логистика", ru: "Транспорт и логистика", en: "Transport and logistics")
    case .services:
      MessageTemplate(kk: "Қызмет көрсету саласы", ru: "Сфера обслуживания", en: "Services")
    case .creative:
      MessageTemplate(
        kk: "Шығармашылық және мәдениет", ru: "Творчество и культура",
        en: "Creativity and culture")
    case .medicineSocial:
      MessageTemplate(
        kk: "Медицина және әлеуметтік қызмет көрсету", ru: "Медицина и социальное обслуживание",
        en: "Medicine and social services")
    }
  }
}
