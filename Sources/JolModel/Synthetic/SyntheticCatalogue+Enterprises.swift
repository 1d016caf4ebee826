/// What a college of the sample region teaches: its name and the classifier's specialties of
/// its field.
struct CollegeProfile {
  /// «политехникалық колледжі».
  let kk: String
  /// «Политехнический колледж».
  let ru: String
  /// The built-in classifier's specialties of the profile.
  let specialties: [SpecialtyCode]

  init(kk: String, ru: String, _ belongs: (Specialty) -> Bool) {
    self.kk = kk
    self.ru = ru
    specialties = SpecialtyClassifier.builtIn.specialties.filter(belongs).map(\.code)
  }

  /// Polytechnic, agrotechnical, medical (the first three, the ones rural districts have
  /// only the first two of), pedagogical, service, construction.
  static let all: [CollegeProfile] = [
    CollegeProfile(kk: "политехникалық колледжі", ru: "Политехнический колледж") {
      [.engineering, .ict, .transport].contains($0.direction)
        && !["0711", "0724", "0732"].contains($0.iscedField)
    },
    CollegeProfile(kk: "агротехникалық колледжі", ru: "Агротехнический колледж") {
      $0.direction == .agriculture || ["07151100", "07161300"].contains($0.code.rawValue)
    },
    CollegeProfile(kk: "жоғары медициналық колледжі", ru: "Высший медицинский колледж") {
      $0.iscedField.hasPrefix("09")
    },
    CollegeProfile(kk: "педагогикалық колледжі", ru: "Педагогический колледж") {
      $0.iscedField.hasPrefix("01")
    },
    CollegeProfile(kk: "сервис және технология колледжі", ru: "Колледж сервиса и технологий") {
      $0.direction == .services
    },
    CollegeProfile(kk: "құрылыс колледжі", ru: "Строительный колледж") {
      $0.iscedField == "0732" || ["07130200", "07150600"].contains($0.code.rawValue)
    },
  ]
}

extension SyntheticCatalogue {
  /// `count` enterprises in places drawn by weight, each for 1–3 specialties of one field that
  /// the colleges teach (of its own district's colleges when they teach that field), named after
  /// their place or the region («"Тобыл Агро" ЖШС» / «ТОО "Тобол Агро"»), numbered when a name
  /// repeats.
  static func enterpriseProfiles(
    _ count: Int, colleges: [SyntheticInstitution], places: [SyntheticDistrict],
    cumulative: [Int], _ random: inout SplitMix64
  ) -> [EnterpriseProfile] {
    let classifier = SpecialtyClassifier.builtIn
    var offered: [Direction: [SpecialtyCode]] = [:]
    var offeredIn: [String: [SpecialtyCode]] = [:]
    for college in colleges {
      for offer in college.registration.specialties {
        let direction = classifier.direction(of: offer.specialty) ?? .engineering
        if !offered[direction, default: []].contains(offer.specialty) {
          offered[direction, default: []].append(offer.specialty)
        }
        let key = college.registration.district + direction.rawValue
        if !offeredIn[key, default: []].contains(offer.specialty) {
          offeredIn[key, default: []].append(offer.specialty)
        }
      }
    }
    let directions = Direction.all.filter { offered[$0] != nil }
    var names: [String: Int] = [:]
    var profiles: [EnterpriseProfile] = []
    for index in 0..<count {
      let place = places[random.weighted(cumulative)]
      let direction = directions[index % directions.count]
      var pool = offeredIn[place.code + direction.rawValue] ?? offered[direction]!
      var specialties: [SpecialtyCode] = []
      for _ in 0..<min(pool.count, 1 + random.below(3)) {
        specialties.append(pool.remove(at: random.below(pool.count)))
      }
      let stem = random.chance(70) ? place.stem : random.pick(regionalStems)
      let sector = random.pick(sectors[direction] ?? sectors[.engineering]!)
      let base = stem.kk + " " + sector.kk
      names[base, default: 0] += 1
      let suffix = names[base]! == 1 ? "" : "-\(names[base]!)"
      let (formKK, formRU) = direction == .medicineSocial ? ("МКК", "ГКП") : ("ЖШС", "ТОО")
      profiles.append(
        EnterpriseProfile(
          names: OrganisationNames(
            kk: "«\(stem.kk) \(sector.kk)\(suffix)» \(formKK)",
            ru: "\(formRU) «\(stem.ru) \(sector.ru)\(suffix)»"),
          district: place.code, specialties: specialties.sorted(),
          capacity: 5 + random.below(26)))
    }
    return profiles
  }

  /// Names of the region used by its companies.
  private static let regionalStems = [
    OrganisationNames(kk: "Тобыл", ru: "Тобол"), OrganisationNames(kk: "Торғай", ru: "Тургай"),
    OrganisationNames(kk: "Сарыарқа", ru: "Сарыарка"), OrganisationNames(kk: "Дала", ru: "Дала"),
    OrganisationNames(kk: "Қостанай", ru: "Костанай"),
  ]

  /// What companies of each field call themselves.
  private static let sectors: [Direction: [OrganisationNames]] = [
    .engineering: [
      OrganisationNames(kk: "Агромаш", ru: "Агромаш"),
      OrganisationNames(kk: "Энерго", ru: "Энерго"),
      OrganisationNames(kk: "Металл Құрылым", ru: "Металлоконструкция"),
      OrganisationNames(kk: "Құрылыс", ru: "Строй"),
    ],
    .ict: [
      OrganisationNames(kk: "Цифрлық шешімдер", ru: "Цифровые решения"),
      OrganisationNames(kk: "Ақпараттық жүйелер", ru: "Информационные системы"),
    ],
    .transport: [
      OrganisationNames(kk: "Автосервис", ru: "Автосервис"),
      OrganisationNames(kk: "Автокөлік", ru: "Автотранс"),
    ],
    .agriculture: [
      OrganisationNames(kk: "Агро", ru: "Агро"), OrganisationNames(kk: "Астық", ru: "Зерно"),
      OrganisationNames(kk: "Ет өнімдері", ru: "Мясопродукты"),
    ],
    .services: [
      OrganisationNames(kk: "Қонақ үйі", ru: "Отель"),
      OrganisationNames(kk: "Сервис", ru: "Сервис"),
      OrganisationNames(kk: "Қаржы кеңесі", ru: "Финконсалт"),
    ],
    .medicineSocial: [
      OrganisationNames(kk: "көпбейінді ауруханасы", ru: "многопрофильная больница"),
      OrganisationNames(kk: "емханасы", ru: "поликлиника"),
      OrganisationNames(kk: "балабақшасы", ru: "ясли-сад"),
    ],
  ]
}
