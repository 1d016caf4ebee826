/// The names of Kazakhstan's twenty first-level regions, keyed by KATO code (``Region``).
public enum RegionName: String, MessageKey {
  case abai = "10"
  case akmola = "11"
  case aktobe = "15"
  case almatyOblast = "19"
  case atyrau = "23"
  case westKazakhstan = "27"
  case zhambyl = "31"
  case zhetysu = "33"
  case karaganda = "35"
  case kostanay = "39"
  case kyzylorda = "43"
  case mangystau = "47"
  case pavlodar = "55"
  case northKazakhstan = "59"
  case turkistan = "61"
  case ulytau = "62"
  case eastKazakhstan = "63"
  case astana = "71"
  case almaty = "75"
  case shymkent = "79"

  public var template: MessageTemplate {
    switch self {
    case .abai: MessageTemplate(kk: "Абай облысы", ru: "Абайская область", en: "Abai Region")
    case .akmola:
      MessageTemplate(kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region")
    case .aktobe:
      MessageTemplate(kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region")
    case .almatyOblast:
      MessageTemplate(kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region")
    case .atyrau:
      MessageTemplate(kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region")
    case .westKazakhstan:
      MessageTemplate(
        kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область",
        en: "West Kazakhstan Region")
    case .zhambyl:
      MessageTemplate(kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region")
    case .zhetysu:
      MessageTemplate(kk: "Жетісу облысы", ru: "Жетысуская область", en: "Zhetysu Region")
    case .karaganda:
      MessageTemplate(kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region")
    case .kostanay:
      MessageTemplate(kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region")
    case .kyzylorda:
      MessageTemplate(kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region")
    case .mangystau:
      MessageTemplate(kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region")
    case .pavlodar:
      MessageTemplate(kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region")
    case .northKazakhstan:
      MessageTemplate(
        kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область",
        en: "North Kazakhstan Region")
    case .turkistan:
      MessageTemplate(kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region")
    case .ulytau:
      MessageTemplate(kk: "Ұлытау облысы", ru: "Улытауская область", en: "Ulytau Region")
    case .eastKazakhstan:
      MessageTemplate(
        kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область",
        en: "East Kazakhstan Region")
    case .astana: MessageTemplate(kk: "Астана қ.", ru: "г. Астана", en: "Astana")
    case .almaty: MessageTemplate(kk: "Алматы қ.", ru: "г. Алматы", en: "Almaty")
    case .shymkent: MessageTemplate(kk: "Шымкент қ.", ru: "г. Шымкент", en: "Shymkent")
    }
  }
}
