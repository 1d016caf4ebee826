import JolModel

/// What the reference commands say (regions, specialties, lookup) and how reference files fail.
/// Adding a message: see ``MessageKey``.
enum ReferenceText: String, MessageKey {
  case summary
  case table
  case tableName
  case tableKind
  case kindTitleOblast
  case kindTitleCity
  case summaryTheTvetSpecialtyClassifier
  case tableCode
  case tableDirection
  case tableQualifications
  case group
  case summaryExplainASpecialtyQualification
  case tableCode2
  case tableSpecialty
  case tableLevel
  case tableReason
  case titleQualification
  case titleLegacy
  case textText
  case data

  var template: MessageTemplate {
    switch self {
    case .summary:
      MessageTemplate(
        kk: "облыстар мен республикалық маңызы бар қалалар (ҚАТО кодтары)",
        ru: "области и города республиканского значения (коды КАТО)",
        en: "regions and cities of republican significance (KATO codes)")
    case .table:
      MessageTemplate(
        kk: "ҚАТО",
        ru: "КАТО",
        en: "KATO")
    case .tableName:
      MessageTemplate(
        kk: "атауы",
        ru: "название",
        en: "name")
    case .tableKind:
      MessageTemplate(
        kk: "түрі",
        ru: "вид",
        en: "kind")
    case .kindTitleOblast:
      MessageTemplate(
        kk: "облыс",
        ru: "область",
        en: "region")
    case .kindTitleCity:
      MessageTemplate(
        kk: "республикалық маңызы бар қала",
        ru: "город респ. значения",
        en: "city")
    case .summaryTheTvetSpecialtyClassifier:
      MessageTemplate(
        kk: "ТжКБ мамандықтарының жіктеуіші (Policies/reference)",
        ru: "классификатор специальностей ТиПО (Policies/reference)",
        en: "the TVET specialty classifier (Policies/reference)")
    case .tableCode:
      MessageTemplate(
        kk: "коды",
        ru: "код",
        en: "code")
    case .tableDirection:
      MessageTemplate(
        kk: "бағыты",
        ru: "направление",
        en: "direction")
    case .tableQualifications:
      MessageTemplate(
        kk: "біліктіліктер",
        ru: "квалификации",
        en: "qualifications")
    case .group:
      MessageTemplate(
        kk: "анықтамалықтар: өңірлер, мамандықтар, кодтар",
        ru: "справочники: регионы, специальности, коды",
        en: "reference data: regions, specialties, codes")
    case .summaryExplainASpecialtyQualification:
      MessageTemplate(
        kk: "мамандық, біліктілік немесе ескі 7 таңбалы кодты түсіндіру",
        ru: "расшифровать код специальности, квалификации или старый 7-значный код",
        en: "explain a specialty, qualification or old 7-digit code")
    case .tableCode2:
      MessageTemplate(
        kk: "код",
        ru: "код",
        en: "code")
    case .tableSpecialty:
      MessageTemplate(
        kk: "мамандық",
        ru: "специальность",
        en: "specialty")
    case .tableLevel:
      MessageTemplate(
        kk: "деңгейі",
        ru: "уровень",
        en: "level")
    case .tableReason:
      MessageTemplate(
        kk: "себебі",
        ru: "причина",
        en: "reason")
    case .titleQualification:
      MessageTemplate(
        kk: "біліктілік",
        ru: "квалификация",
        en: "qualification")
    case .titleLegacy:
      MessageTemplate(
        kk: "ескі код",
        ru: "старый код",
        en: "old code")
    case .textText:
      MessageTemplate(
        kk: "{path} файлы табылмады",
        ru: "файл {path} не найден",
        en: "file {path} not found")
    case .data:
      MessageTemplate(
        kk: "{path} файлын оқу мүмкін болмады",
        ru: "не удалось прочитать файл {path}",
        en: "could not read file {path}")
    }
  }
}
