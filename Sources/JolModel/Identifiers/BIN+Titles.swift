extension BIN.EntityKind {
  /// The kind's name in each language.
  public var title: LocalizedText {
    switch self {
    case .residentLegalEntity:
      LocalizedText(
        kk: "резидент заңды тұлға", ru: "юридическое лицо — резидент", en: "resident legal entity")
    case .nonResidentLegalEntity:
      LocalizedText(
        kk: "бейрезидент заңды тұлға", ru: "юридическое лицо — нерезидент",
        en: "non-resident legal entity")
    case .jointIndividualEntrepreneurship:
      LocalizedText(
        kk: "бірлескен жеке кәсіпкерлік", ru: "совместное индивидуальное предпринимательство",
        en: "joint individual entrepreneurship")
    }
  }
}

extension BIN.Attribute {
  /// The attribute's name in each language.
  public var title: LocalizedText {
    switch self {
    case .headOffice: LocalizedText(kk: "бас ұйым", ru: "головная организация", en: "head office")
    case .branch: LocalizedText(kk: "филиал", ru: "филиал", en: "branch")
    case .representativeOffice:
      LocalizedText(kk: "өкілдік", ru: "представительство", en: "representative office")
    case .peasantFarm:
      LocalizedText(
        kk: "шаруа (фермер) қожалығы", ru: "крестьянское (фермерское) хозяйство",
        en: "peasant farm")
    }
  }
}
