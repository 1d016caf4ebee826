import JolModel

/// The built-in sample region: a fictional slice of Kostanay region's education-production
/// cluster, generated from a seed, as the spreadsheets its schools, colleges and enterprises
/// would send — Kazakh and Russian headers, semicolons, dates as `DD.MM.YYYY`, a byte-order
/// mark. `jol demo` imports it through the real intake.
///
/// Institutions, enterprises (with valid BINs), people (with valid IINs) and district codes are
/// fictional; district codes have the shape of KATO codes of region 39. The path follows the
/// 2025–2027 cluster model: grade 9 at school → college (some in dual training) → enterprise,
/// university or outside education.
struct SampleRegion {
  /// CSV texts by import kind, in the order they must be imported.
  var files: [(kind: String, name: String, text: String)] = []
  /// A roster with mistakes, to show how Jol reports them.
  var brokenRoster = ""
  /// A learner the demo follows: second-year college student with strong results.
  var featured: (iin: String, name: String) = ("", "")
  /// Counts for the demo's introduction.
  var learners = 0
  var schools = 0
  var colleges = 0
  var enterprises = 0

  static let region = Region.kostanay
  static let districts = ["391010000", "391610000", "394230000", "395430000"]

  struct Institution {
    let code: String
    let kind: String
    let nameKK: String
    let nameRU: String
    let district: String
    let languages: String
    let specialties: String
    let capacity: String
  }

  static let schools = [
    Institution(
      code: "KST-SCH-001", kind: "мектеп", nameKK: "№1 мектеп-гимназия",
      nameRU: "Школа-гимназия №1",
      district: districts[0], languages: "қазақ, орыс", specialties: "", capacity: ""),
    Institution(
      code: "KST-SCH-002", kind: "мектеп", nameKK: "Ы. Алтынсарин атындағы №7 мектеп",
      nameRU: "Школа №7 имени Ы. Алтынсарина", district: districts[0], languages: "қазақ",
      specialties: "", capacity: ""),
    Institution(
      code: "KST-SCH-003", kind: "мектеп", nameKK: "Рудный қаласының №12 мектебі",
      nameRU: "Школа №12 города Рудный", district: districts[1], languages: "қазақ, орыс",
      specialties: "", capacity: ""),
    Institution(
      code: "KST-SCH-004", kind: "мектеп", nameKK: "Қарабалық ауылының жалпы білім беретін мектебі",
      nameRU: "Общеобразовательная школа села Карабалык", district: districts[2],
      languages: "қазақ, орыс", specialties: "", capacity: ""),
    Institution(
      code: "KST-SCH-005", kind: "мектеп", nameKK: "Әулиекөл ауылының №2 мектебі",
      nameRU: "Школа №2 села Аулиеколь", district: districts[3], languages: "қазақ",
      specialties: "", capacity: ""),
  ]

  /// Colleges with the specialties they teach (code, intake).
  static let colleges: [(Institution, [String])] = [
    (
      Institution(
        code: "KST-COL-01", kind: "колледж", nameKK: "Қостанай политехникалық колледжі",
        nameRU: "Костанайский политехнический колледж", district: districts[0],
        languages: "қазақ, орыс", specialties: "07150500:50; 07161300:50; 07130100:25; 06130100:25",
        capacity: ""),
      ["07150500", "07161300", "07130100", "06130100"]
    ),
    (
      Institution(
        code: "KST-COL-02", kind: "колледж", nameKK: "Қостанай агротехникалық колледжі",
        nameRU: "Костанайский агротехнический колледж", district: districts[2],
        languages: "қазақ, орыс", specialties: "08410100:25; 07211300:25; 07151100:50",
        capacity: ""),
      ["08410100", "07211300", "07151100"]
    ),
    (
      Institution(
        code: "KST-COL-03", kind: "колледж", nameKK: "Қостанай жоғары медициналық колледжі",
        nameRU: "Костанайский высший медицинский колледж", district: districts[0],
        languages: "қазақ, орыс", specialties: "09130100:75", capacity: ""),
      ["09130100"]
    ),
  ]

  static let university = Institution(
    code: "KST-UNI-01", kind: "университет", nameKK: "Қостанай өңірлік университеті",
    nameRU: "Костанайский региональный университет", district: districts[0],
    languages: "қазақ, орыс", specialties: "", capacity: "")

  /// Enterprises of the cluster: names, what they train and employ for, BIN serials.
  static let enterpriseProfiles: [(nameKK: String, nameRU: String, specialties: [String])] = [
    ("«Сарыарқа Агромаш» ЖШС", "ТОО «Сарыарка Агромаш»", ["07150500", "07151100"]),
    ("«Тобыл Энерго» АҚ", "АО «Тобол Энерго»", ["07130100", "07140100"]),
    ("«Қостанай Автосервис» ЖШС", "ТОО «Костанай Автосервис»", ["07161300"]),
    ("«Дала Агро» ЖШС", "ТОО «Дала Агро»", ["08410100", "07211300"]),
    ("«Цифрлық Қостанай» ЖШС", "ТОО «Цифровой Костанай»", ["06130100"]),
    (
      "«Облыстық көпбейінді аурухана» МКК", "ГКП «Областная многопрофильная больница»", ["09130100"]
    ),
  ]

  /// A valid BIN of a resident legal entity's head office registered in `year`-`month`.
  static func bin(year: Int, month: Int, serial: Int) -> String {
    let yymm = pad(year % 100, 2) + pad(month, 2)
    let prefix = yymm + "40" + pad(serial, 5)
    for attempt in 0..<100 {
      let candidate = yymm + "40" + pad(serial + attempt * 7, 5)
      if let full = IIN.completing(prefix: candidate), case .success = BIN.parse(full) {
        return full
      }
    }
    preconditionFailure("no valid BIN near \(prefix)")
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  static func dotted(_ date: CivilDate) -> String {
    let (year, month, day) = date.components
    return pad(day, 2) + "." + pad(month, 2) + "." + String(year)
  }
}
