extension SyntheticCatalogue {
  /// The sample region at its default size (2000 learners).
  public static let kostanay = kostanay(learners: 2000)

  /// A fictional Kostanay region sized for `learners` learners, its organisations drawn from a
  /// seed of their own (the same size gives the same organisations):
  ///
  /// - **schools**: one per 600 learners, at least one in each of the 20 district-level units
  ///   (``SyntheticDistrict/kostanay``), shared among them by the districts' sample weights,
  ///   numbered within each place («Қостанай қаласының №12 жалпы білім беретін мектебі» /
  ///   «Общеобразовательная школа №12 города Костанай»); Kazakh-medium, Russian-medium or both by
  ///   the district's Kazakh share;
  /// - **colleges**: one per 3000 learners, at least 3, in the places drawn by weight; each of a
  ///   profile (polytechnic, agrotechnical, medical, pedagogical, service, construction) teaching
  ///   3–6 of the TVET classifier's specialties of that profile, 25–75 a year in each, in
  ///   Kazakh and Russian streams (Kazakh only where nine in ten pupils are taught in Kazakh).
  ///   The first is a polytechnic college in Kostanay teaching welding (07150500);
  /// - **a university** in Kostanay;
  /// - **enterprises**: one per 400 learners, at least 12, each employing and training for 1–3
  ///   specialties of one field that the region's colleges teach (those of its own district
  ///   first), with 5–30 seats for dual-training students.
  /// - Complexity: O(learners / 400) organisations.
  public static func kostanay(learners: Int) -> SyntheticCatalogue {
    var random = SplitMix64(seed: 0x4B53_5400_0000_0000 ^ UInt64(learners))
    let places = SyntheticDistrict.kostanay
    let cumulative = places.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.weight) }
    let schoolCount = (learners + 599) / 600
    var schools: [SyntheticInstitution] = []
    for place in places {
      let count = max(1, (schoolCount * place.weight + 500) / 1000)
      for number in 1...count {
        schools.append(school(schools.count + 1, number: number, in: place, &random))
      }
    }
    var colleges: [SyntheticInstitution] = []
    var numbers: [String: Int] = [:]
    for index in 0..<max(3, (learners + 2_999) / 3_000) {
      // The first three are the region's oldest: a polytechnic and a medical college in
      // Kostanay, an agrotechnical one in Karabalyk district.
      let place = index < 3 ? places[index == 1 ? 7 : 0] : places[random.weighted(cumulative)]
      let profile =
        index < 3
        ? CollegeProfile.all[[0, 1, 2][index]]
        : place.isRural
          ? CollegeProfile.all[random.below(2)] : CollegeProfile.all[random.below(6)]
      let key = place.code + profile.ru
      numbers[key, default: 0] += 1
      colleges.append(
        college(
          colleges.count + 1, number: numbers[key]!, profile: profile, in: place,
          first: index == 0, &random))
    }
    let university = SyntheticInstitution(
      code: InstitutionID("KST-UNI-01"),
      registration: InstitutionRegistered(
        kind: .university,
        names: OrganisationNames(
          kk: "Қостанай өңірлік университеті", ru: "Костанайский региональный университет"),
        district: places[0].code, languages: [.kk, .ru]))
    let enterprises = enterpriseProfiles(
      max(12, (learners + 399) / 400), colleges: colleges, places: places,
      cumulative: cumulative, &random)
    return SyntheticCatalogue(
      region: .kostanay, districts: places.map(\.code),
      ruralDistricts: Set(places.filter(\.isRural).map(\.code)), profiles: places,
      schools: schools, colleges: colleges, university: university, enterprises: enterprises)
  }

  /// The school `KST-SCH-NNNN` numbered `number` in its place; one in ten a gymnasium, one in
  /// ten a lyceum.
  private static func school(
    _ index: Int, number: Int, in place: SyntheticDistrict, _ random: inout SplitMix64
  ) -> SyntheticInstitution {
    let kind = random.below(10)
    let (kk, ru) =
      kind == 0
      ? ("мектеп-гимназиясы", "Школа-гимназия")
      : kind == 1
        ? ("мектеп-лицейі", "Школа-лицей")
        : ("жалпы білім беретін мектебі", "Общеобразовательная школа")
    let mixed = random.chance(40)
    let languages: [Language] =
      mixed ? [.kk, .ru] : random.chance(place.kazakhShare) ? [.kk] : [.ru]
    return SyntheticInstitution(
      code: InstitutionID("KST-SCH-" + padded(index, 4)),
      registration: InstitutionRegistered(
        kind: .school,
        names: OrganisationNames(
          kk: "\(place.ofPlace.kk) №\(number) \(kk)", ru: "\(ru) №\(number) \(place.ofPlace.ru)"),
        district: place.code, languages: languages))
  }

  /// The college `KST-COL-NNN`, the `number`-th of its profile in its place.
  private static func college(
    _ index: Int, number: Int, profile: CollegeProfile, in place: SyntheticDistrict, first: Bool,
    _ random: inout SplitMix64
  ) -> SyntheticInstitution {
    var pool = profile.specialties
    var offers: [SpecialtyOffer] = []
    if first {
      offers = ["07150500", "07161300", "07130100", "06130100"].map {
        SpecialtyOffer(specialty: SpecialtyCode(rawValue: $0), intake: 50)
      }
    } else {
      for _ in 0..<min(pool.count, 3 + random.below(4)) {
        let specialty = pool.remove(at: random.below(pool.count))
        offers.append(SpecialtyOffer(specialty: specialty, intake: 25 * (1 + random.below(3))))
      }
      offers.sort { $0.specialty < $1.specialty }
    }
    let ordinal = number == 1 ? "" : "№\(number) "
    return SyntheticInstitution(
      code: InstitutionID("KST-COL-" + padded(index, 3)),
      registration: InstitutionRegistered(
        kind: .college,
        names: OrganisationNames(
          kk: "\(place.ofPlace.kk) \(ordinal)\(profile.kk)",
          ru: "\(profile.ru) \(ordinal)\(place.ofPlace.ru)"),
        district: place.code, languages: place.kazakhShare >= 90 ? [.kk] : [.kk, .ru],
        specialties: offers))
  }

  /// `7` → `0007`.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
