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
  /// Mentors the enterprises declare.
  public var mentors: [SyntheticMentor]
  /// The effective date of the mentors' declarations.
  public var mentorsDeclared: CivilDate
  /// Students' lists for the mentoring programme.
  public var mentorPreferences: [SyntheticMentorPreference]
  /// The pupils who take the career diagnostics (grades 7–9 of the current school year), by
  /// index into ``learners``.
  public var diagnosticPupils: [Int]
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
    mentors = []
    mentorsDeclared = organisationsRegistered
    mentorPreferences = []
    diagnosticPupils = []
  }
}
