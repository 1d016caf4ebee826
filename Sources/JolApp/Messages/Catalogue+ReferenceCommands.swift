import JolModel

/// What the reference commands say (regions, specialties, lookup) and how reference files fail.
/// Adding a message: see ``MessageKey``.
enum ReferenceText: String, MessageKey {
  case regionsSummary
  case katoColumn
  case nameColumn
  case kindColumn
  case oblast
  case city
  case specialtiesSummary
  case codeColumn
  case directionColumn
  case qualificationsColumn
  case referenceGroup
  case lookupSummary
  case lookupCodeColumn
  case specialtyColumn
  case levelColumn
  case reasonColumn
  case qualification
  case legacyCode
  case fileNotFound
  case districtsSummary
  case regionOption
  case regionColumn
  case nameKKColumn
  case nameRUColumn
  case cityOfOblastSignificance
  case district
  case districtsNotCovered

  var template: MessageTemplate {
    switch self {
    case .regionsSummary:
      MessageTemplate(
        kk: "облыстар мен республикалық маңызы бар қалалар (ҚАТО кодтары)",
        ru: "области и города республиканского значения (коды КАТО)",
        en: "regions and cities of republican significance (KATO codes)")
    case .katoColumn:
      MessageTemplate(
        kk: "ҚАТО",
        ru: "КАТО",
        en: "KATO")
    case .nameColumn:
      MessageTemplate(
        kk: "атауы",
        ru: "название",
        en: "name")
    case .kindColumn:
      MessageTemplate(
        kk: "түрі",
        ru: "вид",
        en: "kind")
    case .oblast:
      MessageTemplate(
        kk: "облыс",
        ru: "область",
        en: "region")
    case .city:
      MessageTemplate(
        kk: "республикалық маңызы бар қала",
        ru: "город респ. значения",
        en: "city")
    case .specialtiesSummary:
      MessageTemplate(
        kk: "ТжКБ мамандықтарының жіктеуіші (Policies/reference)",
        ru: "классификатор специальностей ТиПО (Policies/reference)",
        en: "the TVET specialty classifier (Policies/reference)")
    case .codeColumn:
      MessageTemplate(
        kk: "коды",
        ru: "код",
        en: "code")
    case .directionColumn:
      MessageTemplate(
        kk: "бағыты",
        ru: "направление",
        en: "direction")
    case .qualificationsColumn:
      MessageTemplate(
        kk: "біліктіліктер",
        ru: "квалификации",
        en: "qualifications")
    case .referenceGroup:
      MessageTemplate(
        kk: "анықтамалықтар: өңірлер, аудандар, мамандықтар, кодтар",
        ru: "справочники: регионы, районы, специальности, коды",
        en: "reference data: regions, districts, specialties, codes")
    case .lookupSummary:
      MessageTemplate(
        kk: "мамандық, біліктілік немесе ескі 7 таңбалы кодты түсіндіру",
        ru: "расшифровать код специальности, квалификации или старый 7-значный код",
        en: "explain a specialty, qualification or old 7-digit code")
    case .lookupCodeColumn:
      MessageTemplate(
        kk: "код",
        ru: "код",
        en: "code")
    case .specialtyColumn:
      MessageTemplate(
        kk: "мамандық",
        ru: "специальность",
        en: "specialty")
    case .levelColumn:
      MessageTemplate(
        kk: "деңгейі",
        ru: "уровень",
        en: "level")
    case .reasonColumn:
      MessageTemplate(
        kk: "себебі",
        ru: "причина",
        en: "reason")
    case .qualification:
      MessageTemplate(
        kk: "біліктілік",
        ru: "квалификация",
        en: "qualification")
    case .legacyCode:
      MessageTemplate(
        kk: "ескі код",
        ru: "старый код",
        en: "old code")
    case .fileNotFound:
      MessageTemplate(
        kk: "{path} файлы табылмады",
        ru: "файл {path} не найден",
        en: "file {path} not found")
    case .districtsSummary:
      MessageTemplate(
        kk: "аудандар мен облыстық маңызы бар қалалар (ҚАТО кодтары, атаулары)",
        ru: "районы и города областного значения (коды КАТО, названия)",
        en: "districts and cities of oblast significance (KATO codes, names)")
    case .regionOption:
      MessageTemplate(
        kk: "тек осы облыс (39, KZ-39 немесе атауы)",
        ru: "только эта область (39, KZ-39 или название)",
        en: "only this region (39, KZ-39 or its name)")
    case .regionColumn:
      MessageTemplate(
        kk: "облыс",
        ru: "область",
        en: "region")
    case .nameKKColumn:
      MessageTemplate(
        kk: "атауы (қаз)",
        ru: "название (каз)",
        en: "name (kk)")
    case .nameRUColumn:
      MessageTemplate(
        kk: "атауы (орыс)",
        ru: "название (рус)",
        en: "name (ru)")
    case .cityOfOblastSignificance:
      MessageTemplate(
        kk: "облыстық маңызы бар қала",
        ru: "город обл. значения",
        en: "city")
    case .district:
      MessageTemplate(
        kk: "аудан",
        ru: "район",
        en: "district")
    case .districtsNotCovered:
      MessageTemplate(
        kk:
          "{region}: ҚАТО кестесінде оның аудандары толық жоқ; аудан кодтары тек құрылымы бойынша тексеріледі",
        ru:
          "«{region}»: таблица КАТО не содержит всех её районов; коды районов проверяются только по структуре",
        en:
          "{region}: the KATO table does not list its districts; district codes there are checked by structure only"
      )
    }
  }
}
