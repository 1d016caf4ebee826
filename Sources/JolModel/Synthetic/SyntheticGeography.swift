/// Where the sample region's people live: the 20 district-level KATO units of Kostanay region
/// (`Policies/reference/kato.csv`), each with the share of the region's pupils it holds and the
/// share of them taught in Kazakh — **sample figures**, roughly by population (the city
/// administrations of Kostanay and Rudny hold about half; the southern districts are mostly
/// Kazakh-speaking), not statistics: to verify against the region's education department.
///
/// The 16 districts (аудан / район) are rural: their pupils are in the `rural` category; the
/// four city administrations (қ.ә. / Г.А.) are not.
public struct SyntheticDistrict: Hashable, Sendable {
  /// The district-level KATO code.
  public var code: String
  /// Its weight among the region's pupils (per mille, sample figure; the 20 sum to 1000, the
  /// rural districts to 470).
  public var weight: Int
  /// Percent of its pupils taught in Kazakh (sample figure).
  public var kazakhShare: Int
  /// Whether it is a rural district (not a city administration).
  public var isRural: Bool
  /// The place in names, in the genitive: «Қостанай қаласының» / «города Костанай»,
  /// «Қарабалық ауданының» / «Карабалыкского района».
  public var ofPlace: OrganisationNames
  /// The place's own name, for enterprises' names («Қостанай» / «Костанай»).
  public var stem: OrganisationNames
}

extension SyntheticDistrict {
  /// Kostanay region's district-level units with the sample weights and language shares.
  public static let kostanay: [SyntheticDistrict] = {
    // (code, weight ‰, Kazakh %, city name kk / ru for a city administration)
    let table: [(String, Int, Int, (String, String)?)] = [
      ("391000000", 300, 50, ("Қостанай", "Костанай")),
      ("392400000", 140, 35, ("Рудный", "Рудный")),
      ("392000000", 45, 40, ("Лисаков", "Лисаковск")),
      ("391600000", 45, 90, ("Арқалық", "Аркалык")),
      ("395400000", 100, 35, nil), ("394400000", 55, 40, nil), ("396800000", 30, 30, nil),
      ("395000000", 35, 35, nil), ("393600000", 50, 45, nil), ("395600000", 30, 45, nil),
      ("396200000", 20, 40, nil), ("393200000", 15, 40, nil), ("394800000", 15, 55, nil),
      ("395200000", 20, 40, nil), ("396600000", 20, 40, nil), ("394000000", 20, 35, nil),
      ("396400000", 20, 40, nil), ("395800000", 10, 90, nil), ("393400000", 15, 95, nil),
      ("394200000", 15, 95, nil),
    ]
    let kato = KATOTable.builtIn
    return table.map { code, weight, kazakh, city in
      let name = kato.name(of: code) ?? LocalizedText(kk: code, ru: code, en: code)
      if let city {
        return SyntheticDistrict(
          code: code, weight: weight, kazakhShare: kazakh, isRural: false,
          ofPlace: OrganisationNames(kk: city.0 + " қаласының", ru: "города " + city.1),
          stem: OrganisationNames(kk: city.0, ru: city.1))
      }
      // «Қарабалық ауданы» → «Қарабалық ауданының»; «Карабалыкский район» → «Карабалыкского
      // района»; «район Беимбета Майлина» → «района Беимбета Майлина».
      let ru =
        name.ru.hasPrefix("район ")
        ? "района " + name.ru.dropFirst(6)
        : name.ru.replacingSuffix("ский район", with: "ского района")
      let stemKK = String(name.kk.prefix { $0 != " " })
      let stemRU = name.ru.hasPrefix("район ") ? "Майлин" : String(name.ru.prefix { $0 != " " })
      return SyntheticDistrict(
        code: code, weight: weight, kazakhShare: kazakh, isRural: true,
        ofPlace: OrganisationNames(kk: name.kk + "ның", ru: ru),
        stem: OrganisationNames(
          kk: stemKK, ru: stemRU.replacingSuffix("ский", with: "")))
    }
  }()
}

extension String {
  /// The string with `suffix` replaced by `replacement`, or unchanged without that suffix.
  fileprivate func replacingSuffix(_ suffix: String, with replacement: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
  }
}
