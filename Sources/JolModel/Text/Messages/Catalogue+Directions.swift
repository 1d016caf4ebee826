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
    case .engineering:
      MessageTemplate(
        kk: "Инженерия және техника", ru: "Инженерия и техника", en: "Engineering and technology")
    case .ict:
      MessageTemplate(
        kk: "Ақпараттық-коммуникациялық технологиялар",
        ru: "Информационно-коммуникационные технологии",
        en: "Information and communication technology")
    case .agriculture:
      MessageTemplate(kk: "Ауыл шаруашылығы", ru: "Сельское хозяйство", en: "Agriculture")
    case .transport:
      MessageTemplate(
        kk: "Көлік және логистика", ru: "Транспорт и логистика", en: "Transport and logistics")
    case .services:
      MessageTemplate(kk: "Қызмет көрсету саласы", ru: "Сфера услуг", en: "Services")
    case .creative:
      MessageTemplate(
        kk: "Шығармашылық және өнер", ru: "Творчество и искусство",
        en: "Creative industries and arts")
    case .medicineSocial:
      MessageTemplate(
        kk: "Медицина және әлеуметтік сала", ru: "Медицина и социальная сфера",
        en: "Medicine and the social sphere")
    }
  }
}
