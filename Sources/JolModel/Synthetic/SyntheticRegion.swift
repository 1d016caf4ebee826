/// A generated region: its organisations and learners, and what happened to them — every
/// record the region's offices would send. Made by ``SyntheticGenerator/region(learners:)``.
public struct SyntheticRegion: Hashable, Sendable {
  /// Schools, colleges and universities.
  public var institutions: [SyntheticInstitution]
  /// Enterprises of the cluster.
  public var enterprises: [SyntheticEnterprise]
  /// The effective date of the organisations' registrations.
  public var organisationsRegistered: CivilDate
  /// Learners as their schools' rosters list them.
  public var learners: [SyntheticLearner]
  /// Transitions in the order they happened to each learner (learner by learner).
  public var transitions: [SyntheticTransition]
  /// Term results.
  public var termResults: [SyntheticTermResult]
  /// Applications to policies.
  public var applications: [SyntheticApplication]
  /// Employers' declared demand.
  public var demand: [SyntheticDemand]
  /// The learner a walkthrough follows (index into ``learners``): a second-year college student
  /// with excellent results who meets the akim's scholarship; nil in a region without one.
  public var featured: Int?

  /// A region of the given organisations, with no learners yet: callers that compose their own
  /// cohorts from the sub-generators fill the rest.
  public init(
    institutions: [SyntheticInstitution], enterprises: [SyntheticEnterprise] = [],
    organisationsRegistered: CivilDate
  ) {
    self.institutions = institutions
    self.enterprises = enterprises
    self.organisationsRegistered = organisationsRegistered
    learners = []
    transitions = []
    termResults = []
    applications = []
    demand = []
  }
}

extension SyntheticGenerator {
  /// The sample region: `count` learners in three cohorts — this year's 9th graders (2026),
  /// college students of the 2024 and 2025 intakes, and the 2022 intake who graduated in June
  /// 2025 and went on to work, university or elsewhere — around the catalogue's organisations.
  /// Strong students of the 2025 intake apply for the akim's scholarship.
  /// - Complexity: O(count).
  public mutating func region(learners count: Int) -> SyntheticRegion {
    let enterprises = enterprises()
    var region = SyntheticRegion(
      institutions: catalogue.schools + catalogue.colleges + [catalogue.university],
      enterprises: enterprises, organisationsRegistered: CivilDate(year: 2020, month: 9, day: 1)!)
    region.demand = demand(
      of: enterprises, year: 2027, on: CivilDate(year: 2026, month: 9, day: 1)!)
    region.learners.reserveCapacity(count)
    let session = CivilDate(year: 2026, month: 6, day: 25)!

    /// Grade 9 at school, then college from `intake`: returns the specialty.
    @discardableResult
    func college(_ index: Int, intake: Int, strength: Strength) -> SpecialtyCode {
      let language = region.learners[index].language
      let placement =
        strength == .excellent
        ? modelPlacement(language: language) : collegePlacement(language: language)
      region.transitions.append(
        SyntheticTransition(
          learner: index, date: CivilDate(year: intake, month: 6, day: 30)!,
          change: .left(StageLeft(stage: .school, reason: .graduated))))
      region.transitions.append(
        SyntheticTransition(
          learner: index, date: CivilDate(year: intake, month: 9, day: 1)!,
          change: .entered(StageEntered(placement: .college(placement), reason: .enrolled))))
      // Term results: the spring session of the current school year.
      region.termResults.append(
        SyntheticTermResult(
          learner: index, date: session,
          result: termResult(term: "2025-2", strength: strength)))
      return placement.specialty
    }

    for index in 0..<count {
      let cohort = index % 20
      if cohort < 7 {
        // This year's 9th graders: career diagnostics and profile choices lie ahead.
        region.learners.append(
          learner(grade: 9, registered: CivilDate(year: 2026, month: 9, day: 1)!))
      } else if cohort < 17 {
        // College students: the 2025 intake is in its second year, the 2024 intake in its third.
        let intake = cohort < 12 ? 2025 : 2024
        region.learners.append(
          learner(grade: 9, registered: CivilDate(year: intake - 1, month: 9, day: 1)!))
        let featured = intake == 2025 && region.featured == nil
        let strength: Strength = featured ? .excellent : chance(55) ? .strong : .ordinary
        college(index, intake: intake, strength: strength)
        if featured { region.featured = index }
        if intake == 2025 && strength != .ordinary {
          region.applications.append(
            SyntheticApplication(
              learner: index, date: CivilDate(year: 2026, month: 9, day: 10)!,
              application: ApplicationSubmitted(policy: "akim-named-scholarship")))
        }
      } else {
        // The 2022 intake: graduated in June 2025; where did they go?
        region.learners.append(
          learner(grade: 9, registered: CivilDate(year: 2021, month: 9, day: 1)!))
        let specialty = college(index, intake: 2022, strength: .ordinary)
        region.transitions.append(
          SyntheticTransition(
            learner: index, date: CivilDate(year: 2025, month: 6, day: 30)!,
            change: .left(StageLeft(stage: .college, reason: .graduated))))
        let destination = graduateDestination(
          specialty: specialty, year: 2025, enterprises: enterprises)
        region.transitions.append(
          SyntheticTransition(
            learner: index, date: destination.date, change: .entered(destination.entered)))
      }
    }
    return region
  }
}
