extension SyntheticGenerator {
  /// The birth years of a learner in `grade` in the school year that starts in September of
  /// `schoolYear`: a first-grader turns 6 or 7 in the calendar year they start, so grade `g`
  /// means born in `schoolYear - g - 5` or the year before.
  public static func birthYears(grade: Int, schoolYear: Int) -> ClosedRange<Int> {
    (schoolYear - grade - 6)...(schoolYear - grade - 5)
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
    let sex = sex ?? (below(2) == 0 ? .male : .female)
    let month = 1 + below(12)
    let day = 1 + below(CivilDate.daysIn(month: month, year: year))
    guard
      let allocated = identities.allocate(
        born: CivilDate(year: year, month: month, day: day)!, sex: sex)
    else { preconditionFailure("no IIN left for people born in \(year)") }
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

  /// A learner on a school's roster of `registered`, in `grade`, born in a year that fits it;
  /// Kazakh-medium two times in three; with the social categories of a Kostanay school (rural
  /// for every learner of a rural district's school).
  public mutating func learner(grade: Int, registered: CivilDate) -> SyntheticLearner {
    let language: Language = chance(65) ? .kk : .ru
    let years = Self.birthYears(grade: grade, schoolYear: Self.schoolYear(of: registered))
    let person = person(born: years.lowerBound + below(years.count), language: language)
    let school = pick(catalogue.schools)
    let district = school.registration.district
    var categories: [Category] = []
    if catalogue.isRural(district) || chance(15) { categories.append(.rural) }
    if chance(18) { categories.append(.largeFamily) }
    if chance(8) { categories.append(.lowIncome) }
    if chance(2) { categories.append(.orphan) }
    if chance(3) { categories.append(.disability) }
    return SyntheticLearner(
      person: person, registered: registered, school: school.code, grade: grade,
      className: pick(["А", "Ә"]), language: language, district: district,
      region: catalogue.region, categories: categories)
  }
}
