extension SyntheticGenerator {
  /// The mentoring programme the sample region's dual-training students hand in lists for
  /// (`Policies/mentoring/kst-dual-2026.programme`), and its longest list.
  public static let mentoringProgramme = (id: "kst-dual-2026", list: 5)

  /// The sample region as of the 2026–2027 school year: `count` learners around the
  /// catalogue's organisations, with the enterprises' demand for 2027 and their mentors.
  ///
  /// Learners come in cohorts by their index mod 20 (**sample shares**):
  /// - 7 in 20 are this year's pupils of grades 7, 8 (2 each) and 9 (3): they take the career
  ///   diagnostics (``SyntheticRegion/diagnosticPupils``);
  /// - 13 in 20 were on a grade-9 roster of 2025, 2024, 2023 or 2021 (3, 3, 4, 3 in 20) and
  ///   took a path from there (``schoolLeaver(_:finishing:in:_:)``): college (45 %) — some in
  ///   dual training at an enterprise from their second year, graduating after three years
  ///   into work, university, military service or neither — or grades 10 and 11, then
  ///   university, college, military service, work or neither.
  ///
  /// The first learner of the 2024 roster is the one a walkthrough follows
  /// (``SyntheticRegion/featured``): an excellent second-year welder at the first college.
  /// - Complexity: O(count).
  public mutating func region(learners count: Int) -> SyntheticRegion {
    let enterprises = enterprises()
    var region = SyntheticRegion(
      institutions: catalogue.schools + catalogue.colleges + [catalogue.university],
      enterprises: enterprises, organisationsRegistered: CivilDate(year: 2020, month: 9, day: 1)!)
    region.demand = demand(
      of: enterprises, year: 2027, on: CivilDate(year: 2026, month: 9, day: 1)!)
    region.mentors = mentors(of: enterprises)
    region.mentorsDeclared = CivilDate(year: 2026, month: 8, day: 1)!
    let index = SyntheticRegionIndex(region)
    region.learners.reserveCapacity(count)
    for learner in 0..<count {
      let cohort = learner % 20
      if cohort < 7 {
        let grade = cohort < 2 ? 7 : cohort < 4 ? 8 : 9
        region.learners.append(
          self.learner(grade: grade, registered: CivilDate(year: 2026, month: 9, day: 1)!))
        region.diagnosticPupils.append(learner)
        continue
      }
      let roster = cohort < 10 ? 2025 : cohort < 13 ? 2024 : cohort < 17 ? 2023 : 2021
      region.learners.append(
        self.learner(grade: 9, registered: CivilDate(year: roster, month: 9, day: 1)!))
      schoolLeaver(learner, finishing: roster + 1, in: &region, index)
    }
    return region
  }

  /// Learner `learner` finishes grade 9 in June of `year`: to college (45 %; always for the
  /// featured learner, the first to finish in 2025) or to grade 10.
  mutating func schoolLeaver(
    _ learner: Int, finishing year: Int, in region: inout SyntheticRegion,
    _ index: SyntheticRegionIndex
  ) {
    if year == 2026 {
      // Grade 9's final results: what the rural-youth grant ranks school leavers by.
      region.termResults.append(
        SyntheticTermResult(
          learner: learner, date: CivilDate(year: 2026, month: 5, day: 30)!,
          result: termResult(
            term: "2025-2", at: region.learners[learner].school,
            subjects: Self.schoolSubjects, strength: chance(40) ? .strong : .ordinary)))
    }
    let featured = year == 2025 && region.featured == nil
    if featured || chance(45) {
      if featured { region.featured = learner }
      collegeStudent(learner, intake: year, featured: featured, in: &region, index)
    } else {
      upperSchool(learner, from: year, in: &region, index)
    }
  }

  /// The subjects of a school's term results, as a Kazakh school writes them.
  public static let schoolSubjects = ["Математика", "Қазақ тілі", "Орыс тілі", "Физика", "Тарих"]

  /// Grades 10 and 11 from September of `year`; after grade 11 (when it ended by June 2026):
  /// university (half, six in ten of them on a grant), college (15 %), military service (men,
  /// 10 %), work (10 %) or neither.
  private mutating func upperSchool(
    _ learner: Int, from year: Int, in region: inout SyntheticRegion,
    _ index: SyntheticRegionIndex
  ) {
    let pupil = region.learners[learner]
    func enter(_ date: CivilDate, _ placement: StagePlacement, _ reason: TransitionReason) {
      region.transitions.append(
        SyntheticTransition(
          learner: learner, date: date,
          change: .entered(StageEntered(placement: placement, reason: reason))))
    }
    for grade in 10...11 where year + grade - 10 <= 2026 {
      enter(
        CivilDate(year: year + grade - 10, month: 9, day: 1)!,
        .school(
          SchoolPlacement(
            institution: pupil.school, grade: grade, className: pupil.className,
            language: pupil.language)), .promoted)
    }
    let finished = year + 2
    guard finished <= 2026 else {
      // This year's 10th graders' last results are grade 9's (``schoolLeaver``).
      guard year < 2026 else { return }
      region.termResults.append(
        SyntheticTermResult(
          learner: learner, date: CivilDate(year: 2026, month: 5, day: 30)!,
          result: termResult(
            term: "2025-2", at: pupil.school, subjects: Self.schoolSubjects,
            strength: chance(30) ? .strong : .ordinary)))
      return
    }
    region.transitions.append(
      SyntheticTransition(
        learner: learner, date: CivilDate(year: finished, month: 6, day: 30)!,
        change: .left(StageLeft(stage: .school, reason: .graduated))))
    let male = pupil.person.sex == .male
    switch below(20) {
    case 0..<10:
      let entry = universityEntry(
        year: finished, direction: pick(Direction.all), funding: chance(60) ? .grant : .paid)
      enter(entry.date, entry.entered.placement, entry.entered.reason)
    case 10..<13:
      let placement = collegePlacement(language: pupil.language, district: pupil.district)
      enter(CivilDate(year: finished, month: 9, day: 1)!, .college(placement), .enrolled)
      if finished < 2026 {
        region.termResults.append(
          SyntheticTermResult(
            learner: learner, date: Self.session,
            result: termResult(term: "2025-2", strength: chance(50) ? .strong : .ordinary)))
      }
    case 13..<15 where male:
      let entry = militaryService(year: finished)
      enter(entry.date, entry.entered.placement, entry.entered.reason)
    case 15..<17:
      let employer = index.enterprises[below(index.enterprises.count)]
      enter(
        CivilDate(year: finished, month: 8, day: 1)!,
        .enterprise(
          EnterprisePlacement(
            enterprise: EnterpriseID(employer.bin.value), kind: .employment, specialty: nil)),
        .employed)
    default:
      enter(
        CivilDate(year: finished, month: 9, day: 1)!, .outside(OutsidePlacement(kind: .neet)),
        .other)
    }
  }

  /// The spring session of 2025–2026 at college.
  static let session = CivilDate(year: 2026, month: 6, day: 25)!
}
