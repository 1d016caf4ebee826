import JolModel

/// One pass over the region's state as of the report's date: every count the pathway report
/// publishes, before disclosure control. Learner ids are read only to tell learners apart;
/// nothing of a learner leaves this type but counts and sums.
struct PathwayTally {
  var scope: PathwayScope
  var grade9ByDistrict = CountGrid(
    id: "grade9_by_district", columns: LearnerPath.AfterGrade9.allCases.map(\.rawValue))
  var grade9BySchool = CountGrid(
    id: "grade9_by_school", columns: LearnerPath.AfterGrade9.allCases.map(\.rawValue))
  var leaversBySpecialty = CountGrid(
    id: "college_leavers_by_specialty", columns: LeaverOutcome.allCases.map(\.rawValue))
  var leaversByCollege = CountGrid(
    id: "college_leavers_by_college", columns: LeaverOutcome.allCases.map(\.rawValue))
  var leaversByDistrict = CountGrid(
    id: "college_leavers_by_district", columns: LeaverOutcome.allCases.map(\.rawValue))
  var studentsDual = CountGrid(id: "students_dual_training", columns: ["dual", "not_dual"])
  var studentsFunding = CountGrid(
    id: "students_funding", columns: Funding.allCases.map(\.rawValue))
  var expectedGraduates: CountGrid
  var studentsMentored = CountGrid(
    id: "students_mentorship", columns: ["mentored", "unmatched"])
  var mentorLoad = CountGrid(id: "mentor_load", columns: Self.loadBuckets)
  var pupilsByDirection = CountGrid(id: "diagnostics_by_district")
  var awardsByDistrict = CountGrid(id: "award_recipients_by_district")
  var awardsByCategory = CountGrid(id: "award_recipients_by_category")
  /// Granted and paid amounts of the awards in force, by policy.
  var awardAmounts: [PolicyID: (granted: Money, paid: Money)] = [:]
  /// The policy versions that decided the awards counted.
  var awardPolicyVersions: Set<PathwayReport.PolicyVersion> = []
  /// Granted amounts by policy and the recipients' district, beside ``awardsByDistrict``.
  var grantedByDistrict = AmountGrid()
  /// Granted amounts by policy and the recipients' category, beside ``awardsByCategory``.
  var grantedByCategory = AmountGrid()
  /// The yearly budget of each policy with awards in force that states one (``AwardBudgets``).
  var awardBudgets: [PolicyID: Money] = [:]
  /// The newest decision behind each policy's awards in force anywhere in the region, which
  /// names its budget (a policy's budget is the region's, whatever the report's district).
  var newestDecisions: [PolicyID: AwardBudgets.Decision] = [:]
  /// Employers' demand by specialty and year, for the supply years.
  var demand: [SpecialtyCode: [Int: Int]] = [:]
  var hasDiagnostics = false
  var hasMentorships = false
  /// The regions (two-digit KATO codes) of the learners counted, as their registrations say.
  var regions: Set<String> = []

  /// The graduation years the supply table looks at: the next three.
  let supplyYears: [Int]
  /// The column keys of ``supplyYears``, then `later`: those of ``expectedGraduates``.
  private let supplyColumns: [String]

  /// Mentees per mentor, as JSON keys (snake_case, never a bare number).
  static let loadBuckets = ["mentees_0", "mentees_1", "mentees_2", "mentees_3", "mentees_4_plus"]
  static let later = "later"
  static let unknownDistrict = "unknown"

  /// A tally with nothing counted yet (a merge starts from it).
  init(scope: PathwayScope) {
    self.scope = scope
    supplyYears = (1...3).map { scope.academicYear + $0 }
    supplyColumns = supplyYears.map(Self.yearKey) + [Self.later]
    expectedGraduates = CountGrid(id: "expected_graduates", columns: supplyColumns)
  }

  /// The tally of `state`'s learners in `scope`.
  /// - Parameter minimumPiece: learners fewer than this are counted on one core (tests lower it
  ///   to split a small region).
  init(_ state: ClusterState, scope: PathwayScope, minimumPiece: Int = 8192) throws {
    var learners = LearnerSource(state)
    try self.init(&learners, scope: scope, minimumPiece: minimumPiece)
  }

  /// The tally of the learners in `scope`; `learners.state` is then the state of the
  /// organisations and of the learners not read in a snapshot's pass (``LearnerSource``).
  /// - Throws: as ``LearnerSource/mapLearners(minimumPiece:part:visit:)``.
  init(_ learners: inout LearnerSource, scope: PathwayScope, minimumPiece: Int = 8192) throws {
    self.init(scope: scope)
    // The organisations, whole from the start (the learners are not), and the same in the state
    // a fallback reads.
    let employers = learners.state.enterprises.mapValues {
      Set($0.registration?.specialties ?? [])
    }
    let rounds = learners.state.rounds
    // The learners in shares on every core, each share counted apart, then the counts added
    // up: sums and sets, the same in any order.
    let parts = try learners.mapLearners(minimumPiece: minimumPiece) {
      (PathwayTally(scope: scope), [MentorID: Int]())
    } visit: { part, learner in
      part.0.noteDecisions(learner, rounds)
      let district = learner.registration?.district
      guard scope.includes(district: district) else { return }
      if let region = learner.registration?.region { part.0.regions.insert(region) }
      part.0.count(learner, district: district ?? Self.unknownDistrict, employers, &part.1)
    }
    let state = learners.state
    var mentees: [MentorID: Int] = [:]
    for (part, counted) in parts {
      add(part)
      mentees.merge(counted, uniquingKeysWith: +)
    }
    awardBudgets = AwardBudgets.budgets(
      state, newest: newestDecisions.filter { awardAmounts[$0.key] != nil })
    for (id, mentor) in state.mentors {
      guard let enterprise = mentor.registration?.enterprise,
        scope.includes(district: state.enterprises[enterprise]?.registration?.district)
      else { continue }
      hasMentorships = true
      let load = mentees[id, default: 0]
      mentorLoad.add("mentors", Self.loadBuckets[min(load, Self.loadBuckets.count - 1)])
    }
    for enterprise in state.enterprises.values {
      guard scope.includes(district: enterprise.registration?.district) else { continue }
      for record in enterprise.demand
      where supplyYears.contains(record.year) && record.declared <= scope.asOf {
        demand[record.specialty, default: [:]][record.year, default: 0] += record.count
      }
    }
  }

  private mutating func count(
    _ learner: LearnerState, district: String, _ employers: [EnterpriseID: Set<SpecialtyCode>],
    _ mentees: inout [MentorID: Int]
  ) {
    let asOf = scope.asOf
    if let exit = LearnerPath.grade9Exit(learner, year: scope.cohort, asOf: asOf) {
      grade9ByDistrict.add(district, exit.rawValue)
      if let school = Self.grade9School(learner, year: scope.cohort) {
        grade9BySchool.add(school.rawValue, exit.rawValue)
      }
    }
    if let exit = LearnerPath.collegeExit(
      learner, year: scope.cohort, asOf: asOf, employers: employers)
    {
      leaversBySpecialty.add(exit.specialty.rawValue, exit.outcome.rawValue)
      leaversByCollege.add(exit.college.rawValue, exit.outcome.rawValue)
      leaversByDistrict.add(district, exit.outcome.rawValue)
    }
    // The placement alone, not a ``FactSource``, which would copy the learner's whole state.
    let onDate = StageOnDate(learner.history, on: asOf)
    if onDate.stage == .college, let college = onDate.college {
      let specialty = college.specialty.rawValue
      studentsDual.add(specialty, onDate.dualTraining == true ? "dual" : "not_dual")
      studentsFunding.add(specialty, college.funding.rawValue)
      expectedGraduates.add(specialty, expectedColumn(college, course: onDate.course ?? 1))
      let active = learner.mentorships.filter {
        $0.from <= asOf && $0.until.map { asOf < $0 } ?? true
      }
      studentsMentored.add(specialty, active.isEmpty ? "unmatched" : "mentored")
      for mentorship in active { mentees[mentorship.mentor, default: 0] += 1 }
    }
    if learner.mentorships.contains(where: { $0.from <= asOf }) { hasMentorships = true }
    if onDate.stage == .school {
      let diagnostic = learner.latestDiagnostic(onOrBefore: asOf)
      if diagnostic != nil { hasDiagnostics = true }
      // A result with no single leading direction (scales tied) counts as tied.
      let column =
        diagnostic.map { $0.leadingDirection ?? Self.tied } ?? Self.noDiagnostic
      pupilsByDirection.add(district, column)
    }
    countAwards(learner, district: district)
  }

  static let tied = "tied"
  static let noDiagnostic = "no_diagnostic"

  /// Notes the decisions behind the learner's awards in force, whatever the district: a
  /// policy's budget is the region's (``AwardBudgets``).
  private mutating func noteDecisions(
    _ learner: LearnerState, _ rounds: [RoundID: RunState<RoundRun>]
  ) {
    for award in awardsInForce(learner) {
      let decision = AwardBudgets.Decision(of: award, rounds: rounds)
      if newestDecisions[award.grant.policy].map({ $0 < decision }) ?? true {
        newestDecisions[award.grant.policy] = decision
      }
    }
  }

  /// The learner's awards granted by the report's date and holding on it.
  private func awardsInForce(_ learner: LearnerState) -> some Sequence<AwardRecord> {
    let asOf = scope.asOf
    return learner.awards.lazy.filter { $0.granted <= asOf && $0.holds(on: asOf) }
  }

  private mutating func countAwards(_ learner: LearnerState, district: String) {
    let asOf = scope.asOf
    var byPolicy: [PolicyID: (granted: Money, paid: Money)] = [:]
    for award in awardsInForce(learner) {
      let policy = award.grant.policy
      let sums = byPolicy[policy] ?? (.zero, .zero)
      byPolicy[policy] = (sums.granted + award.grant.amount, sums.paid + award.paid)
      awardPolicyVersions.insert(.init(id: policy.rawValue, version: award.grant.policyVersion))
    }
    guard !byPolicy.isEmpty else { return }
    let category = Self.primaryCategory(learner.categories(on: asOf))
    for (policy, sums) in byPolicy {
      awardsByDistrict.add(policy.rawValue, district)
      awardsByCategory.add(policy.rawValue, category)
      let total = awardAmounts[policy] ?? (.zero, .zero)
      awardAmounts[policy] = (total.granted + sums.granted, total.paid + sums.paid)
      grantedByDistrict.add(policy.rawValue, district, sums.granted)
      grantedByCategory.add(policy.rawValue, category, sums.granted)
    }
  }

  /// One category per recipient, so that a table by category sums to the recipients: the first
  /// the learner holds in the order of the well-known categories (orphans first), else the
  /// first a region added, else `none`.
  static func primaryCategory(_ held: [Category]) -> String {
    for known in CategoryTitle.allCases where held.contains(Category(rawValue: known.rawValue)) {
      return known.rawValue
    }
    return held.first?.rawValue ?? noCategory
  }

  static let noCategory = "none"

  /// The school of the grade-9 period that ended in `year`.
  private static func grade9School(_ learner: LearnerState, year: Int) -> InstitutionID? {
    for period in learner.history {
      if case .school(let school) = period.placement, school.grade == 9,
        period.until?.year == year
      {
        return school.institution
      }
    }
    return nil
  }

  /// The column of a student's expected graduation: a year of ``supplyYears`` or `later`.
  private func expectedColumn(_ college: CollegePlacement, course: Int) -> String {
    let year = scope.academicYear + Self.yearsLeft(college, course: course)
    return supplyYears.firstIndex(of: year).map { supplyColumns[$0] } ?? Self.later
  }

  /// The column key of a graduation year (`year_2027`: JSON keys are snake_case words).
  static func yearKey(_ year: Int) -> String { "year_\(year)" }

  /// Academic years left to the diploma, the current one included (at least 1): the
  /// programme's length less the courses begun.
  static func yearsLeft(_ college: CollegePlacement, course: Int) -> Int {
    max(1, programmeYears(college.qualification?.level) - course + 1)
  }

  /// Length of a programme after grade 9, in academic years, by qualification level — the
  /// report's assumption (to verify against the standard curricula): worker 3 years (2 years
  /// 10 months), mid-level specialist 4 years (3 years 10 months), applied bachelor 4 years;
  /// a programme without a recorded qualification is taken as a specialist's.
  static func programmeYears(_ level: QualificationLevel?) -> Int {
    switch level {
    case .worker?: 3
    case .specialist?, .appliedBachelor?, nil: 4
    }
  }
}
