/// Why a text is not accepted as a district's KATO code: a value, never a crash. Each reason
/// says what was wrong and what would be accepted.
public struct KATOError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// Not nine digits AA BB CC DDD with trailing zero parts.
    case malformed(String)
    /// Nine digits whose AA is none of the twenty regions.
    case unknownRegion(KATOCode)
    /// The code of a region itself (`390000000`), not of one of its districts.
    case regionItself(KATOCode)
    /// A unit below district level (a city or settlement): its district-level unit is named.
    case belowDistrict(
      KATOCode, name: LocalizedText?, district: KATOCode, districtName: LocalizedText?)
    /// A district-level code with BB below 10, which no KATO list has (10–29 cities, 30+
    /// districts).
    case badDistrictNumber(KATOCode)
    /// A district-level code the table does not list for a region it covers; `nearest` is the
    /// closest listed one.
    case notInTable(KATOCode, region: Region, nearest: KATOUnit?, count: Int)
    /// A district of another region than the row's.
    case outsideRegion(KATOCode, found: Region, expected: Region)
  }

  /// What is wrong.
  public let problem: Problem

  public init(_ problem: Problem) { self.problem = problem }
}

extension KATOError: CustomStringConvertible {
  /// The English ``reason``.
  public var description: String { reason.en }
}

extension KATOError {
  /// What is wrong and what would be accepted, in each language.
  public var reason: LocalizedText {
    switch problem {
    case .malformed(let text):
      return LocalizedText(
        kk:
          "«\(text)» — ҚАТО коды емес: 9 цифр күтілді, AA BB CC DDD (мысалы, 395400000 — Қостанай ауданы)",
        ru:
          "«\(text)» — не код КАТО: ожидается 9 цифр AA BB CC DDD (например, 395400000 — Костанайский район)",
        en:
          "'\(text)' is not a KATO code: 9 digits AA BB CC DDD expected (e.g. 395400000, Kostanay district)"
      )
    case .unknownRegion(let code):
      return LocalizedText(
        kk:
          "\(code) — белгісіз аудан: алғашқы екі цифры (\(code.regionCode)) облыс коды емес; тізімі: jol reference regions",
        ru:
          "\(code) — неизвестный район: первые две цифры (\(code.regionCode)) не код региона; список: jol reference regions",
        en:
          "\(code) is not a known district: its first two digits (\(code.regionCode)) are no region's code; see jol reference regions"
      )
    case .regionItself(let code):
      return LocalizedText(
        kk:
          "\(code) — облыстың өз коды, аудан емес; ауданның коды күтілді (AA BB 00000, BB ≥ 10); тізімі: jol reference districts --region \(code.regionCode)",
        ru:
          "\(code) — код самой области, а не района; ожидается код района (AA BB 00000, BB ≥ 10); список: jol reference districts --region \(code.regionCode)",
        en:
          "\(code) is the region itself, not a district; expected a district-level code (AA BB 00000, BB ≥ 10); see jol reference districts --region \(code.regionCode)"
      )
    case .belowDistrict(let code, let name, let district, let districtName):
      let what = name.map { ($0.kk + " ", $0.ru + " ", $0.en + " ") } ?? ("", "", "")
      let parent =
        districtName.map { (" (\($0.kk))", " (\($0.ru))", " (\($0.en))") } ?? ("", "", "")
      return LocalizedText(
        kk:
          "\(code) — \(what.0)елді мекеннің коды (\(code.level)-деңгей), аудан емес; аудан деңгейіндегі код күтілді: \(district)\(parent.0)",
        ru:
          "\(code) — код населённого пункта \(what.1)(уровень \(code.level)), а не района; ожидается код уровня района: \(district)\(parent.1)",
        en:
          "\(code) is a settlement \(what.2)(level \(code.level)), not a district; expected the district-level code \(district)\(parent.2)"
      )
    case .badDistrictNumber(let code):
      return LocalizedText(
        kk:
          "\(code) — аудан коды емес: BB 10–29 (облыстық маңызы бар қалалар) немесе 30 және одан жоғары (аудандар) болуы керек",
        ru:
          "\(code) — не код района: BB должно быть 10–29 (города областного значения) или 30 и выше (районы)",
        en:
          "\(code) is not a district code: BB must be 10–29 (cities of oblast significance) or 30 and above (districts)"
      )
    case .notInTable(let code, let region, let nearest, let count):
      let hint = nearest.map { ($0.code.rawValue, $0.name) }
      return LocalizedText(
        kk:
          "\(code) — \(region.name.kk) аудандарының бірі емес; оның \(count) аудан деңгейіндегі кодының бірі күтілді"
          + (hint.map { "; ең жақыны: \($0.0) (\($0.1.kk))" } ?? "")
          + "; тізімі: jol reference districts --region \(region.rawValue)",
        ru:
          "\(code) — не район региона «\(region.name.ru)»; ожидается один из его кодов уровня района (\(count))"
          + (hint.map { "; ближайший: \($0.0) (\($0.1.ru))" } ?? "")
          + "; список: jol reference districts --region \(region.rawValue)",
        en:
          "\(code) is not a district of \(region.name.en); expected one of its \(count) district-level codes"
          + (hint.map { "; nearest: \($0.0) (\($0.1.en))" } ?? "")
          + "; see jol reference districts --region \(region.rawValue)")
    case .outsideRegion(let code, let found, let expected):
      return LocalizedText(
        kk:
          "\(code) ауданы \(found.name.kk) құрамына жатады, ал жолда \(expected.name.kk) (\(expected.rawValue)) көрсетілген",
        ru:
          "район \(code) относится к региону «\(found.name.ru)», а в строке указан регион «\(expected.name.ru)» (\(expected.rawValue))",
        en:
          "district \(code) is in \(found.name.en), but the row's region is \(expected.name.en) (\(expected.rawValue))"
      )
    }
  }
}
