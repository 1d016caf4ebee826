extension SyntheticGenerator {
  /// How well a learner does: the range their GPA and attendance are drawn from.
  public enum Strength: Sendable {
    /// GPA 3.0–4.4, attendance 80–100 %.
    case ordinary
    /// GPA 4.3–5.0, attendance 88–100 %: near the thresholds of the named scholarships.
    case strong
    /// GPA 4.8, attendance 96 %, every grade 5: meets the akim's scholarship.
    case excellent
  }

  /// A place in one of the catalogue's colleges, in one of the specialties it teaches, for a
  /// learner of `district` taught in `language`: seven times in ten at a college of their own
  /// district when it has one, else at any; in the learner's language when the college teaches
  /// it; state order three times in five, targeted order or paid one time in five each.
  /// Full-time; dual training is a placement at an enterprise that follows the enrolment.
  public mutating func collegePlacement(language: Language, district: String? = nil)
    -> CollegePlacement
  {
    let local = district.map { district in
      catalogue.colleges.filter { $0.registration.district == district }
    }
    let college =
      if let local, !local.isEmpty, chance(70) { pick(local) } else { pick(catalogue.colleges) }
    let specialty = pick(college.registration.specialties).specialty
    let funding = pick([Funding.stateOrder, .stateOrder, .stateOrder, .paid, .targetedOrder])
    let languages = college.registration.languages
    return CollegePlacement(
      institution: college.code, specialty: specialty, form: .fullTime, funding: funding,
      language: languages.contains(language) ? language : languages[0])
  }

  /// The place of a model student: a state-funded full-time welder (07150500) in the first
  /// college.
  public func modelPlacement(language: Language) -> CollegePlacement {
    CollegePlacement(
      institution: catalogue.colleges[0].code, specialty: SpecialtyCode(rawValue: "07150500"),
      form: .fullTime, funding: .stateOrder, language: language)
  }

  /// The subjects of a college session, as a Kazakh college writes them.
  public static let sessionSubjects = ["Математика", "Физика", "Кәсіби модуль", "Қазақ тілі"]

  /// One term's results at `institution` for a learner of `strength`: a grade in each of
  /// `subjects`.
  public mutating func termResult(
    term: String, at institution: InstitutionID? = nil,
    subjects: [String] = SyntheticGenerator.sessionSubjects, strength: Strength
  ) -> TermResult {
    // GPA in tenths; marks scatter upwards from it.
    let gpa: Int
    let attendance: Int
    switch strength {
    case .excellent: (gpa, attendance) = (48, 96)
    case .strong: (gpa, attendance) = (43 + below(8), 88 + below(13))
    case .ordinary: (gpa, attendance) = (30 + below(15), 80 + below(21))
    }
    var grades: [SubjectGrade] = []
    for subject in subjects {
      let mark = strength == .excellent ? 5 : max(3, min(5, (gpa + below(9)) / 10))
      grades.append(SubjectGrade(subject: subject, grade: mark))
    }
    return TermResult(
      term: term, institution: institution, gpa: FixedDecimal(units: Int64(gpa) * 1_000),
      attendance: FixedDecimal(attendance), grades: grades)
  }

  /// Where a college graduate of `specialty` goes after graduating in June of `year`, and when
  /// (**sample figures**): half to work at `employer` (their dual-training enterprise) or else
  /// an enterprise that employs the specialty, a fifth to university on a grant, three in
  /// twenty of the men to military service, the rest neither study nor work.
  public mutating func graduateDestination(
    specialty: SpecialtyCode, year: Int, enterprises: [SyntheticEnterprise], male: Bool = true,
    employer: Int? = nil
  ) -> (date: CivilDate, entered: StageEntered) {
    switch below(20) {
    case 0..<10:
      let chosen =
        employer.map { enterprises[$0] }
        ?? enterprises.first { $0.registration.specialties.contains(specialty) } ?? enterprises[0]
      return (
        CivilDate(year: year, month: 8, day: 1)!,
        StageEntered(
          placement: .enterprise(
            EnterprisePlacement(
              enterprise: EnterpriseID(chosen.bin.value), kind: .employment,
              specialty: specialty)),
          reason: .employed)
      )
    case 10..<14:
      return universityEntry(year: year, direction: nil, funding: .grant)
    case 14..<17 where male:
      return militaryService(year: year)
    default:
      return (
        CivilDate(year: year, month: 9, day: 1)!,
        StageEntered(placement: .outside(OutsidePlacement(kind: .neet)), reason: .other)
      )
    }
  }

  /// Enrolment at the catalogue's university on 1 September of `year`, in a bachelor's
  /// programme of the learner's field (engineering when not known).
  public func universityEntry(year: Int, direction: Direction?, funding: Funding)
    -> (date: CivilDate, entered: StageEntered)
  {
    // Bachelor's programme codes by field: sample codes of the 6B classifier, to verify.
    let programme =
      switch direction {
      case .ict?: "6B06101"
      case .agriculture?: "6B08101"
      case .services?: "6B04101"
      case .medicineSocial?: "6B01101"
      case .transport?: "6B11301"
      default: "6B07101"
      }
    return (
      CivilDate(year: year, month: 9, day: 1)!,
      StageEntered(
        placement: .university(
          UniversityPlacement(
            institution: catalogue.university.code, programme: programme, funding: funding)),
        reason: .enrolled)
    )
  }

  /// Called up on 1 November of `year`.
  public func militaryService(year: Int) -> (date: CivilDate, entered: StageEntered) {
    (
      CivilDate(year: year, month: 11, day: 1)!,
      StageEntered(
        placement: .outside(OutsidePlacement(kind: .militaryService)), reason: .conscripted)
    )
  }
}
