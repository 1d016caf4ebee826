/// Lookups the region's paths need, built once per region: enterprises and mentors by
/// specialty and district.
struct SyntheticRegionIndex {
  let enterprises: [SyntheticEnterprise]
  let mentors: [SyntheticMentor]
  /// Enterprises (indices) by specialty, and by specialty and district.
  let enterprisesBySpecialty: [SpecialtyCode: [Int]]
  let enterprisesBySpecialtyIn: [String: [Int]]
  /// Mentors (indices) by specialty and district, and by enterprise and specialty.
  let mentorsBySpecialtyIn: [String: [Int]]
  let mentorsOfEnterprise: [String: [Int]]
  /// Each college's district.
  let collegeDistrict: [InstitutionID: String]

  init(_ region: SyntheticRegion) {
    enterprises = region.enterprises
    mentors = region.mentors
    var bySpecialty: [SpecialtyCode: [Int]] = [:]
    var bySpecialtyIn: [String: [Int]] = [:]
    for (index, enterprise) in enterprises.enumerated() {
      for specialty in enterprise.registration.specialties {
        bySpecialty[specialty, default: []].append(index)
        bySpecialtyIn[specialty.rawValue + enterprise.registration.district, default: []]
          .append(index)
      }
    }
    enterprisesBySpecialty = bySpecialty
    enterprisesBySpecialtyIn = bySpecialtyIn
    var mentorsIn: [String: [Int]] = [:]
    var ofEnterprise: [String: [Int]] = [:]
    for (index, mentor) in mentors.enumerated() {
      let registration = mentor.registration
      for specialty in registration.specialties {
        mentorsIn[specialty.rawValue + (registration.district ?? ""), default: []].append(index)
        ofEnterprise[registration.enterprise.rawValue + specialty.rawValue, default: []]
          .append(index)
      }
    }
    mentorsBySpecialtyIn = mentorsIn
    mentorsOfEnterprise = ofEnterprise
    collegeDistrict = Dictionary(
      uniqueKeysWithValues: region.institutions.map { ($0.code, $0.registration.district) })
  }

  /// An enterprise of `specialty` in `home`, else in `near`, else anywhere; nil when none
  /// employs it.
  func enterprise(
    for specialty: SpecialtyCode, home: String, near: String, _ draw: (Int) -> Int
  ) -> Int? {
    for candidates in [
      enterprisesBySpecialtyIn[specialty.rawValue + home],
      enterprisesBySpecialtyIn[specialty.rawValue + near], enterprisesBySpecialty[specialty],
    ] {
      if let candidates, !candidates.isEmpty { return candidates[draw(candidates.count)] }
    }
    return nil
  }
}

extension SyntheticGenerator {
  /// Learner `learner` enters college in September of `intake` (the featured learner: the
  /// model placement, excellent results). From the second year, one in four trains dually at an
  /// enterprise of their specialty (of their home district, else the college's, else any);
  /// graduates (after three years, by June 2026) go on by ``graduateDestination``. Students
  /// of the 2025 intake apply for the akim's scholarship when their results are good, and, in
  /// dual training, for the dual-training grant; dual-training students hand in mentor lists;
  /// school leavers of 2026 from rural districts (six in ten) and others (15 %) apply for the
  /// rural-youth grant.
  mutating func collegeStudent(
    _ learner: Int, intake: Int, featured: Bool, in region: inout SyntheticRegion,
    _ index: SyntheticRegionIndex
  ) {
    let pupil = region.learners[learner]
    let strength: Strength = featured ? .excellent : chance(55) ? .strong : .ordinary
    let placement =
      featured
      ? modelPlacement(language: pupil.language)
      : collegePlacement(language: pupil.language, district: pupil.district)
    func add(_ date: CivilDate, _ change: SyntheticTransition.Change) {
      region.transitions.append(SyntheticTransition(learner: learner, date: date, change: change))
    }
    func apply(_ date: CivilDate, _ application: ApplicationSubmitted) {
      region.applications.append(
        SyntheticApplication(learner: learner, date: date, application: application))
    }
    func september(_ year: Int) -> CivilDate { CivilDate(year: year, month: 9, day: 1)! }
    add(
      september(intake), .entered(StageEntered(placement: .college(placement), reason: .enrolled)))
    if intake == 2026, pupil.categories.contains(.rural) ? chance(60) : chance(15) {
      apply(
        CivilDate(year: 2026, month: 6, day: 20)!.adding(days: below(61)),
        ApplicationSubmitted(policy: "rural-youth-grant"))
    }
    let graduation = intake + 3
    var dual: Int?
    if intake <= 2025, !featured, chance(25) {
      dual = index.enterprise(
        for: placement.specialty, home: pupil.district,
        near: index.collegeDistrict[placement.institution] ?? pupil.district
      ) { below($0) }
    }
    if let dual {
      let enterprise = index.enterprises[dual]
      add(
        september(intake + 1),
        .entered(
          StageEntered(
            placement: .enterprise(
              EnterprisePlacement(
                enterprise: EnterpriseID(enterprise.bin.value), kind: .dualTraining,
                specialty: placement.specialty)), reason: .enrolled)))
      if graduation <= 2026 {
        // The workplace year over, back at college for the last one.
        add(
          september(intake + 2),
          .entered(StageEntered(placement: .college(placement), reason: .other)))
      } else {
        let limit = Self.mentoringProgramme.list
        // Where the student studies: the college's district (mentor programmes read that).
        let studies = index.collegeDistrict[placement.institution] ?? pupil.district
        region.mentorPreferences.append(
          mentorPreference(
            learner: learner, programme: Self.mentoringProgramme.id,
            date: CivilDate(year: 2026, month: 8, day: 1)!.adding(days: below(31)),
            placement: enterprise, mentors: index.mentors,
            own: index.mentorsOfEnterprise[enterprise.bin.value + placement.specialty.rawValue]
              ?? [],
            nearby: index.mentorsBySpecialtyIn[placement.specialty.rawValue + studies] ?? [],
            limit: limit
          ) { mentor in
            mentor.languages.contains(placement.language) && mentor.shift.suits(placement.form)
              && mentor.district == studies
          })
      }
      if intake == 2025 {
        apply(
          CivilDate(year: 2026, month: 6, day: 1)!.adding(days: below(85)),
          ApplicationSubmitted(
            policy: "dual-training-grant", enterprise: EnterpriseID(enterprise.bin.value),
            agreement: chance(85), workObligationYears: pick([3, 3, 3, 2, 5])))
      }
    }
    if graduation <= 2026 {
      add(
        CivilDate(year: graduation, month: 6, day: 30)!,
        .left(StageLeft(stage: .college, reason: .graduated)))
      let destination = graduateDestination(
        specialty: placement.specialty, year: graduation, enterprises: index.enterprises,
        male: pupil.person.sex == .male,
        employer: dual
          ?? index.enterprise(
            for: placement.specialty, home: pupil.district,
            near: index.collegeDistrict[placement.institution] ?? pupil.district
          ) { below($0) })
      add(destination.date, .entered(destination.entered))
      return
    }
    if intake <= 2025 {
      region.termResults.append(
        SyntheticTermResult(
          learner: learner, date: Self.session,
          result: termResult(term: "2025-2", strength: strength)
        ))
    }
    if intake == 2025 && strength != .ordinary {
      apply(
        CivilDate(year: 2026, month: 9, day: 10)!,
        ApplicationSubmitted(policy: "akim-named-scholarship"))
    }
  }
}
