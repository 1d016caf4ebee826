/// The fixed organisations of a synthetic region: its districts, schools, colleges (with the
/// specialties they teach), university and enterprises. Learners are generated around them.
///
/// ``kostanay`` is a fictional slice of Kostanay region's education-production cluster; its
/// districts are real district-level KATO units of region 39 (`Policies/reference/kato.csv`).
/// Institutions and enterprises are fictional.
public struct SyntheticCatalogue: Sendable {
  /// An enterprise before its BIN is made: names, district, what it trains and employs for.
  public struct EnterpriseProfile: Sendable {
    /// Names in Kazakh and Russian.
    public var names: OrganisationNames
    /// Its district (KATO code).
    public var district: String
    /// What it trains and employs for.
    public var specialties: [SpecialtyCode]
  }

  /// The region the organisations are in.
  public var region: Region
  /// District codes.
  public var districts: [String]
  /// The districts that are rural: learners of their schools are in the `rural` category.
  public var ruralDistricts: Set<String>
  /// Schools, where learners are registered.
  public var schools: [SyntheticInstitution]
  /// Colleges, each offering its specialties.
  public var colleges: [SyntheticInstitution]
  /// Where some college graduates go on to study.
  public var university: SyntheticInstitution
  /// Enterprises, before their BINs are made.
  public var enterprises: [EnterpriseProfile]

  /// Whether a district is rural (learners living there are in the `rural` category).
  public func isRural(_ district: String) -> Bool { ruralDistricts.contains(district) }
}

extension SyntheticCatalogue {
  /// A large town-only region of numbered organisations, for measuring at scale: `schools`
  /// schools `KST-SCH-0`… spread over the region's 20 district-level units (the built-in KATO
  /// table), `colleges` colleges `KST-COL-0`… that each
  /// teach every one of `specialties` (college *n* takes 50 + *n* a year in each).
  public static func numbered(schools: Int, colleges: Int, specialties: [SpecialtyCode])
    -> SyntheticCatalogue
  {
    let districts = KATOTable.builtIn.districts(in: .kostanay).map(\.code.rawValue)
    let both: [Language] = [.kk, .ru]
    return SyntheticCatalogue(
      region: .kostanay, districts: districts, ruralDistricts: [],
      schools: (0..<schools).map { number in
        SyntheticInstitution(
          code: InstitutionID("KST-SCH-\(number)"),
          registration: InstitutionRegistered(
            kind: .school,
            names: OrganisationNames(kk: "№\(number) мектеп", ru: "Школа №\(number)"),
            district: districts[number % districts.count], languages: both))
      },
      colleges: (0..<colleges).map { number in
        SyntheticInstitution(
          code: InstitutionID("KST-COL-\(number)"),
          registration: InstitutionRegistered(
            kind: .college,
            names: OrganisationNames(kk: "№\(number) колледж", ru: "Колледж №\(number)"),
            district: districts[0], languages: both,
            specialties: specialties.map { SpecialtyOffer(specialty: $0, intake: 50 + number) }))
      },
      university: kostanay.university, enterprises: [])
  }
}

extension SyntheticCatalogue {
  /// The sample region `jol demo` shows: 5 schools, 3 colleges, a university, 6 enterprises.
  public static let kostanay: SyntheticCatalogue = {
    // Kostanay city administration, Rudny city administration, Karabalyk and Auliekol
    // districts (KATO; the schools below are in those places).
    let districts = ["391000000", "392400000", "395000000", "393600000"]
    func institution(
      _ code: String, _ kind: InstitutionKind, kk: String, ru: String, _ district: Int,
      _ languages: [Language] = [.kk, .ru], offers: [(String, Int)] = []
    ) -> SyntheticInstitution {
      SyntheticInstitution(
        code: InstitutionID(code),
        registration: InstitutionRegistered(
          kind: kind, names: OrganisationNames(kk: kk, ru: ru), district: districts[district],
          languages: languages,
          specialties: offers.map {
            SpecialtyOffer(specialty: SpecialtyCode(rawValue: $0), intake: $1)
          }
        ))
    }
    func enterprise(kk: String, ru: String, _ district: Int, _ specialties: [String])
      -> EnterpriseProfile
    {
      EnterpriseProfile(
        names: OrganisationNames(kk: kk, ru: ru), district: districts[district],
        specialties: specialties.map { SpecialtyCode(rawValue: $0) })
    }
    return SyntheticCatalogue(
      region: .kostanay, districts: districts, ruralDistricts: Set(districts[2...]),
      schools: [
        institution(
          "KST-SCH-001", .school, kk: "№1 мектеп-гимназия", ru: "Школа-гимназия №1", 0),
        institution(
          "KST-SCH-002", .school, kk: "Ы. Алтынсарин атындағы №7 мектеп",
          ru: "Школа №7 имени Ы. Алтынсарина", 0, [.kk]),
        institution(
          "KST-SCH-003", .school, kk: "Рудный қаласының №12 мектебі",
          ru: "Школа №12 города Рудный", 1),
        institution(
          "KST-SCH-004", .school, kk: "Қарабалық ауылының жалпы білім беретін мектебі",
          ru: "Общеобразовательная школа села Карабалык", 2),
        institution(
          "KST-SCH-005", .school, kk: "Әулиекөл ауылының №2 мектебі",
          ru: "Школа №2 села Аулиеколь", 3, [.kk]),
      ],
      colleges: [
        institution(
          "KST-COL-01", .college, kk: "Қостанай политехникалық колледжі",
          ru: "Костанайский политехнический колледж", 0,
          offers: [("07150500", 50), ("07161300", 50), ("07130100", 25), ("06130100", 25)]),
        institution(
          "KST-COL-02", .college, kk: "Қостанай агротехникалық колледжі",
          ru: "Костанайский агротехнический колледж", 2,
          offers: [("08410100", 25), ("07211300", 25), ("07151100", 50)]),
        institution(
          "KST-COL-03", .college, kk: "Қостанай жоғары медициналық колледжі",
          ru: "Костанайский высший медицинский колледж", 0, offers: [("09130100", 75)]),
      ],
      university: institution(
        "KST-UNI-01", .university, kk: "Қостанай өңірлік университеті",
        ru: "Костанайский региональный университет", 0),
      enterprises: [
        enterprise(
          kk: "«Сарыарқа Агромаш» ЖШС", ru: "ТОО «Сарыарка Агромаш»", 0, ["07150500", "07151100"]),
        enterprise(
          kk: "«Тобыл Энерго» АҚ", ru: "АО «Тобол Энерго»", 2, ["07130100", "07140100"]),
        enterprise(
          kk: "«Қостанай Автосервис» ЖШС", ru: "ТОО «Костанай Автосервис»", 0, ["07161300"]),
        enterprise(kk: "«Дала Агро» ЖШС", ru: "ТОО «Дала Агро»", 2, ["08410100", "07211300"]),
        enterprise(
          kk: "«Цифрлық Қостанай» ЖШС", ru: "ТОО «Цифровой Костанай»", 0, ["06130100"]),
        enterprise(
          kk: "«Облыстық көпбейінді аурухана» МКК",
          ru: "ГКП «Областная многопрофильная больница»", 2, ["09130100"]),
      ])
  }()
}
