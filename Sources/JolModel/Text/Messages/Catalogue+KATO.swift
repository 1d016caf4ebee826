/// Why a text is not accepted as a district's KATO code (``KATOError``). Placeholders: `{text}`
/// the text as written, `{code}` a KATO code, `{region_code}` its first two digits, `{level}`
/// its level, `{region}` a region's name, `{region_id}` its code, `{found}` / `{expected}`
/// regions' names, `{count}` a number, `{district}` a district-level code. Optional parts are
/// values the caller builds: `{name}` a settlement's name and a space, or nothing;
/// `{district_name}` ` (name)` or nothing; `{nearest}` the ``nearest`` clause or nothing.
public enum KATOMessage: String, MessageKey {
  case malformed
  case unknownRegion
  case regionItself
  case belowDistrict
  case badDistrictNumber
  case notInTable
  case nearest
  case outsideRegion

  public var template: MessageTemplate {
    switch self {
    case .malformed:
      MessageTemplate(
        kk:
          "«{text}» — ҚАТО коды емес: 9 цифр күтілді, AA BB CC DDD (мысалы, 395400000 — Қостанай ауданы)",
        ru:
          "«{text}» — не код КАТО: ожидается 9 цифр AA BB CC DDD (например, 395400000 — Костанайский район)",
        en:
          "'{text}' is not a KATO code: 9 digits AA BB CC DDD expected (e.g. 395400000, Kostanay district)"
      )
    case .unknownRegion:
      MessageTemplate(
        kk:
          "{code} — белгісіз аудан: алғашқы екі цифры ({region_code}) облыс коды емес; тізімі: jol reference regions",
        ru:
          "{code} — неизвестный район: первые две цифры ({region_code}) не код региона; список: jol reference regions",
        en:
          "{code} is not a known district: its first two digits ({region_code}) are no region's code; see jol reference regions"
      )
    case .regionItself:
      MessageTemplate(
        kk:
          "{code} — облыстың өз коды, аудан емес; ауданның коды күтілді (AA BB 00000, BB ≥ 10); тізімі: jol reference districts --region {region_code}",
        ru:
          "{code} — код самой области, а не района; ожидается код района (AA BB 00000, BB ≥ 10); список: jol reference districts --region {region_code}",
        en:
          "{code} is the region itself, not a district; expected a district-level code (AA BB 00000, BB ≥ 10); see jol reference districts --region {region_code}"
      )
    case .belowDistrict:
      MessageTemplate(
        kk:
          "{code} — {name}елді мекеннің коды ({level}-деңгей), аудан емес; аудан деңгейіндегі код күтілді: {district}{district_name}",
        ru:
          "{code} — код населённого пункта {name}(уровень {level}), а не района; ожидается код уровня района: {district}{district_name}",
        en:
          "{code} is a settlement {name}(level {level}), not a district; expected the district-level code {district}{district_name}"
      )
    case .badDistrictNumber:
      MessageTemplate(
        kk:
          "{code} — аудан коды емес: BB 10–29 (облыстық маңызы бар қалалар) немесе 30 және одан жоғары (аудандар) болуы керек",
        ru:
          "{code} — не код района: BB должно быть 10–29 (города областного значения) или 30 и выше (районы)",
        en:
          "{code} is not a district code: BB must be 10–29 (cities of oblast significance) or 30 and above (districts)"
      )
    case .notInTable:
      MessageTemplate(
        kk:
          "{code} — {region} аудандарының бірі емес; оның {count} аудан деңгейіндегі кодының бірі күтілді{nearest}; тізімі: jol reference districts --region {region_id}",
        ru:
          "{code} — не район региона «{region}»; ожидается один из его кодов уровня района ({count}){nearest}; список: jol reference districts --region {region_id}",
        en:
          "{code} is not a district of {region}; expected one of its {count} district-level codes{nearest}; see jol reference districts --region {region_id}"
      )
    case .nearest:
      MessageTemplate(
        kk: "; ең жақыны: {code} ({name})",
        ru: "; ближайший: {code} ({name})",
        en: "; nearest: {code} ({name})")
    case .outsideRegion:
      MessageTemplate(
        kk: "{code} ауданы {found} құрамына жатады, ал жолда {expected} ({region_id}) көрсетілген",
        ru:
          "район {code} относится к региону «{found}», а в строке указан регион «{expected}» ({region_id})",
        en: "district {code} is in {found}, but the row's region is {expected} ({region_id})")
    }
  }
}
