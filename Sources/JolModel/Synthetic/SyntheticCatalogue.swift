/// The organisations of a synthetic region: its districts, schools, colleges (with the
/// specialties they teach), university and enterprises. Learners are generated around them.
///
/// ``kostanay(learners:)`` is a fictional Kostanay region's education-production cluster sized
/// for a number of learners; its districts are real district-level KATO units of region 39
/// (`Policies/reference/kato.csv`). Institutions, enterprises and people are fictional.
public struct SyntheticCatalogue: Sendable {
  /// An enterprise before its BIN is made: names, district, what it trains and employs for.
  public struct EnterpriseProfile: Sendable {
    /// Names in Kazakh and Russian.
    public var names: OrganisationNames
    /// Its district (KATO code).
    public var district: String
    /// What it trains and employs for.
    public var specialties: [SpecialtyCode]
    /// Seats for dual-training students.
    public var capacity: Int
  }

  /// The region the organisations are in.
  public var region: Region
  /// District codes.
  public var districts: [String]
  /// The districts that are rural: learners of their schools are in the `rural` category.
  public var ruralDistricts: Set<String>
  /// Each district's share of pupils and of Kazakh-medium teaching, aligned with ``districts``;
  /// empty when pupils spread evenly over the schools and languages.
  public var profiles: [SyntheticDistrict] = []
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

  /// Percent of a district's pupils taught in Kazakh (50 when the catalogue does not say).
  public func kazakhShare(_ district: String) -> Int {
    profiles.first { $0.code == district }?.kazakhShare ?? 50
  }
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
