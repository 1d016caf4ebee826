extension SyntheticGenerator {
  /// The birth dates of a learner in `grade` in the school year that starts in September of
  /// `schoolYear`: aged 6 or 7 on 1 September of the year they started grade 1 (`schoolYear -
  /// grade + 1`) — born from 2 September eight years before that to 1 September six years
  /// before.
  public static func birthDates(grade: Int, schoolYear: Int) -> ClosedRange<CivilDate> {
    let firstGrade = schoolYear - grade + 1
    return CivilDate(year: firstGrade - 8, month: 9, day: 2)!...CivilDate(
      year: firstGrade - 6, month: 9, day: 1)!
  }

  /// The school year a date falls in: the year of the September it started.
  public static func schoolYear(of date: CivilDate) -> Int {
    date.month >= 9 ? date.year : date.year - 1
  }

  /// A person born in `year` (on a random day), with an IIN no other generated person has, and
  /// Kazakh (`language == .kk`) or Russian names of their sex.
  /// - Complexity: amortised O(1).
  public mutating func person(born year: Int, sex: Sex? = nil, language: Language)
    -> SyntheticPerson
  {
    person(
      bornBetween: CivilDate(year: year, month: 1, day: 1)!...CivilDate(
        year: year, month: 12, day: 31)!, sex: sex, language: language)
  }

  /// A person born on a random day of `dates`, with an IIN no other generated person has, and
  /// Kazakh (`language == .kk`) or Russian names of their sex.
  /// - Complexity: amortised O(1).
  public mutating func person(
    bornBetween dates: ClosedRange<CivilDate>, sex: Sex? = nil, language: Language
  ) -> SyntheticPerson {
    let sex = sex ?? (below(2) == 0 ? .male : .female)
    let born = dates.lowerBound.adding(days: below(dates.lowerBound.days(to: dates.upperBound) + 1))
    guard let allocated = identities.allocate(born: born, sex: sex) else {
      preconditionFailure("no IIN left for people born in \(born.year)")
    }
    let (iin, birthDate) = allocated
    let male = sex == .male
    if language == .kk {
      let surname = pick(SyntheticNames.kazakhSurnames)
      let name = pick(male ? SyntheticNames.kazakhBoys : SyntheticNames.kazakhGirls)
      let father = pick(SyntheticNames.kazakhFathers)
      return SyntheticPerson(
        iin: iin, birthDate: birthDate, sex: sex, surname: male ? surname.male : surname.female,
        name: name, patronymic: father + (male ? "ұлы" : "қызы"))
    }
    let surname = pick(SyntheticNames.russianSurnames)
    let name = pick(male ? SyntheticNames.russianBoys : SyntheticNames.russianGirls)
    let patronymic = pick(SyntheticNames.russianPatronymics)
    return SyntheticPerson(
      iin: iin, birthDate: birthDate, sex: sex, surname: male ? surname.male : surname.female,
      name: name, patronymic: male ? patronymic.0 : patronymic.1)
  }

  /// The social categories' shares among learners, per mille (**sample figures**, to verify
  /// against the region's statistics): large families 180, low income 80, disability 25,
  /// orphans 15. Rural youth are the learners of the rural districts' schools (470 ‰ by the
  /// districts' weights, ``SyntheticDistrict``).
  public static let categoryShares: [(category: Category, perMille: Int)] = [
    (.largeFamily, 180), (.lowIncome, 80), (.disability, 25), (.orphan, 15),
  ]

  /// A learner on a school's roster of `registered`, in `grade`, with a birth date that fits
  /// it: in a district drawn by its share of pupils (``SyntheticCatalogue/profiles``), at one of
  /// its schools, taught in the school's language (in a school of both, Kazakh as often as the
  /// district's Kazakh share says), in a class of at most 25 (`А`, `Ә`, `Б`… in Kazakh;
  /// `А`, `Б`, `В`… in Russian; a school of both letters its Kazakh classes `А`–`В` and its
  /// Russian ones from `Г`), with
  /// the social categories of ``categoryShares`` and rural for a rural district's school.
  public mutating func learner(grade: Int, registered: CivilDate) -> SyntheticLearner {
    let schoolIndex = pickSchool()
    let school = catalogue.schools[schoolIndex]
    let district = school.registration.district
    let languages = school.registration.languages
    let language: Language =
      languages.count == 1
      ? languages[0] : chance(catalogue.kazakhShare(district)) ? .kk : .ru
    let year = Self.schoolYear(of: registered)
    let person = person(
      bornBetween: Self.birthDates(grade: grade, schoolYear: year), language: language)
    var categories: [Category] = []
    if catalogue.isRural(district) { categories.append(.rural) }
    for (category, share) in Self.categoryShares where below(1000) < share {
      categories.append(category)
    }
    let mixed = languages.count == 2
    let letters =
      language == .kk
      ? (mixed ? Self.mixedKazakhLetters : Self.kazakhLetters)
      : (mixed ? Self.mixedRussianLetters : Self.russianLetters)
    let key = ((schoolIndex * 64 + year - 2000) * 16 + grade) * 2 + (language == .kk ? 0 : 1)
    let seat = classSeats[key, default: 0]
    classSeats[key] = seat + 1
    return SyntheticLearner(
      person: person, registered: registered, school: school.code, grade: grade,
      className: letters[min(seat / 25, letters.count - 1)], language: language,
      district: district, region: catalogue.region, categories: categories)
  }

  /// A school: in a district drawn by weight, when the catalogue gives weights; else any.
  private mutating func pickSchool() -> Int {
    guard !districtWeights.isEmpty else { return below(catalogue.schools.count) }
    let schools = schoolsOfDistrict[random.weighted(districtWeights)]
    return schools.isEmpty ? below(catalogue.schools.count) : pick(schools)
  }

  static let kazakhLetters = ["А", "Ә", "Б", "В", "Г", "Ғ", "Д", "Е"]
  static let russianLetters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З"]
  static let mixedKazakhLetters = ["А", "Ә", "Б", "В"]
  static let mixedRussianLetters = ["Г", "Д", "Е", "Ж", "З", "И"]
}
