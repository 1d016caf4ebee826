import JolModel

/// A region's pathway report before disclosure control, for adding regions up into a national
/// report: the raw counts of every count table (numerators and denominators, never rates), the
/// award amounts and the employers' demand, with what must agree between regions (date, cohort,
/// district, policy versions). Written by `jol report pathways --format merge` (``json()``),
/// read back by ``read(_:file:)``, added up by ``PathwayMerge``.
///
/// **Not for publication.** It holds the small counts the published report hides; the file
/// says so (`"purpose": "merge"` and a warning in kk/ru/en) and nothing but `jol report merge`
/// reads it. It holds no learner id, IIN, name or other personal field: only counts by keys of
/// districts, schools, colleges, specialties, policies and categories.
public struct PathwayMergeFile: Sendable {
  /// The version of the file's layout; `jol report merge` reads only its own.
  /// Version 2 added the college leavers by district, the amounts by policy and district or
  /// category, and the policies' budgets.
  public static let formatVersion = 2

  /// The counts; its scope holds the date, cohort and district.
  var tally: PathwayTally
  public var scope: PathwayScope { tally.scope }
  /// Where the counts come from: regions, log position, passport.
  public var source: MergedSource
  /// The policies' versions on the date (the awards tables are by policy).
  public var policies: [PathwayReport.PolicyVersion]
  /// The names of the schools and colleges the tables have rows for.
  var institutions: [String: OrganisationNames]

  /// The merge file of a region's state on `scope`'s date (its minimum cell size is not used:
  /// the merged report applies its own).
  /// - Complexity: O(learners × periods), as the report's counts.
  public init(
    state: ClusterState, scope: PathwayScope, logPosition: UInt64, passport: ClusterPassport?
  ) throws {
    var learners = LearnerSource(state)
    try self.init(learners: &learners, scope: scope, logPosition: logPosition, passport: passport)
  }

  /// The merge file of learners read once each (``LearnerSource``: a snapshot's pass).
  /// - Throws: what the learners' fallback read throws.
  public init(
    learners: inout LearnerSource, scope: PathwayScope, logPosition: UInt64,
    passport: ClusterPassport?
  ) throws {
    tally = try PathwayTally(&learners, scope: scope)
    let state = learners.state
    policies = PathwayReport.policyVersions(
      state, asOf: scope.asOf, awards: tally.awardPolicyVersions)
    source = MergedSource(
      regions: tally.regions.sorted(), logPosition: logPosition,
      passport: passport.map { MergedSource.Passport(id: $0.id, version: $0.version) })
    let keyed = Set(tally.grade9BySchool.rowKeys + tally.leaversByCollege.rowKeys)
    institutions = [:]
    for (id, institution) in state.institutions where keyed.contains(id.rawValue) {
      if let names = institution.registration?.names { institutions[id.rawValue] = names }
    }
  }

  init(
    tally: PathwayTally, source: MergedSource, policies: [PathwayReport.PolicyVersion],
    institutions: [String: OrganisationNames]
  ) {
    self.tally = tally
    self.source = source
    self.policies = policies
    self.institutions = institutions
  }
}
