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

  /// A place in one of the catalogue's colleges, in one of the specialties it teaches: state
  /// order three times in five, dual training one time in five.
  public mutating func collegePlacement(language: Language) -> CollegePlacement {
    let college = pick(catalogue.colleges)
    let specialty = pick(college.registration.specialties).specialty
    let funding = pick([Funding.stateOrder, .stateOrder, .stateOrder, .paid, .targetedOrder])
    return CollegePlacement(
      institution: college.code, specialty: specialty, form: .fullTime, dualTraining: chance(20),
      funding: funding, language: language)
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

  /// Where a college graduate of `specialty` goes after graduating in June of `year`, and when:
  /// half to an enterprise that employs the specialty, a fifth to university on a grant, a fifth
  /// to military service, the rest neither study nor work.
  public mutating func graduateDestination(
    specialty: SpecialtyCode, year: Int, enterprises: [SyntheticEnterprise]
  ) -> (date: CivilDate, entered: StageEntered) {
    switch below(10) {
    case 0..<5:
      let employer =
        enterprises.first { $0.registration.specialties.contains(specialty) } ?? enterprises[0]
      return (
        CivilDate(year: year, month: 8, day: 1)!,
        StageEntered(
          placement: .enterprise(
            EnterprisePlacement(
              enterprise: EnterpriseID(employer.bin.value), kind: .employment,
              specialty: specialty)),
          reason: .employed)
      )
    case 5..<7:
      return (
        CivilDate(year: year, month: 9, day: 1)!,
        StageEntered(
          placement: .university(
            UniversityPlacement(
              institution: catalogue.university.code, programme: "6B07101", funding: .grant)),
          reason: .enrolled)
      )
    case 7..<9:
      return (
        CivilDate(year: year, month: 11, day: 1)!,
        StageEntered(
          placement: .outside(OutsidePlacement(kind: .militaryService)), reason: .conscripted)
      )
    default:
      return (
        CivilDate(year: year, month: 9, day: 1)!,
        StageEntered(placement: .outside(OutsidePlacement(kind: .neet)), reason: .other)
      )
    }
  }
}
