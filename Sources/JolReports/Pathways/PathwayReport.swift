import JolFormat
import JolModel

/// The pathway report for the akimat, as published: every count through ``DisclosureControl``
/// (all tables of the report protected together, tables of one population linked through their
/// shared margins), every rate through ``PublishedRate``, amounts withheld where their
/// recipients' count is hidden. Built from the region's state alone; it holds no learner id,
/// IIN, name or other personal field — only keys of districts, schools, colleges, specialties,
/// policies and categories, and figures.
///
/// Rendered by ``document()`` (HTML and Markdown through ``ReportDocument``), ``json()`` and
/// ``csv(_:)``: the same figures in each.
///
/// ```swift
/// let report = try PathwayReport(
///   state: state, scope: PathwayScope(asOf: date), logPosition: 1_234, names: names)
/// let page = report.document().html(.kk)
/// ```
public struct PathwayReport: Sendable {
  /// A part of the report.
  public struct Section: Sendable {
    /// Its key in JSON and CSV (`grade9`).
    public var id: String
    public var title: LocalizedText
    public var blocks: [Block]
  }

  /// One block of a section.
  public enum Block: Sendable {
    case table(PublishedTable)
    case flow(FlowDiagram)
    case note(LocalizedText)
  }

  /// A policy version the report's awards come from.
  public struct PolicyVersion: Hashable, Sendable {
    public var id: String
    public var version: Int
  }

  public var scope: PathwayScope
  /// The global sequence of the last event of the log the report read.
  public var logPosition: UInt64
  /// The published policies' latest versions on the report's date, by id.
  public var policies: [PolicyVersion]
  /// The district the report covers, or all.
  public var districtTitle: LocalizedText
  /// More lines for the header (the cluster passport's version): a key for the CSV's `meta`
  /// lines, the term, and a value the same in every language.
  public var extraHeader: [(key: String, term: LocalizedText, value: LocalizedText)] = []
  /// The same lines for the JSON report (`passport`).
  public var extraJSON: [(String, JSONValue)] = []
  public var sections: [Section]
  /// Every count table after disclosure control (for audits and tests).
  public var protected: ProtectedReport
  /// The report's headline figures, by ``Indicator``, for the passport's KPIs.
  public var indicators: [Indicator: ReportFigure]

  /// The regions a merged report adds up (``PathwayMerge``), one per merge file, in the order
  /// given; empty for a region's own report.
  public var mergedFrom: [MergedSource] = []
  /// The names of the merged regions, by code (from the KATO table).
  var regionTitles: [String: LocalizedText] = [:]

  /// Builds the report.
  /// - Throws: ``DisclosureError`` only on a fault of the report's own tables (internal).
  /// - Complexity: O(learners × periods) for the counts, plus disclosure control on the tables.
  public init(
    state: ClusterState, scope: PathwayScope, logPosition: UInt64, names: PathwayNames
  ) throws {
    var learners = LearnerSource(state)
    try self.init(learners: &learners, scope: scope, logPosition: logPosition, names: names)
  }

  /// Builds the report from learners read once each (``LearnerSource``: a snapshot's pass).
  /// - Throws: as ``init(state:scope:logPosition:names:)``, and what the learners' fallback
  ///   read throws (``LearnerSource/mapLearners(minimumPiece:part:visit:)``).
  public init(
    learners: inout LearnerSource, scope: PathwayScope, logPosition: UInt64,
    names: PathwayNames
  ) throws {
    let tally = try PathwayTally(&learners, scope: scope)
    try self.init(
      tally: tally, logPosition: logPosition,
      policies: Self.policyVersions(
        learners.state, asOf: scope.asOf, awards: tally.awardPolicyVersions),
      names: names)
  }

  /// The report of counts already gathered — one region's, or several regions' added up: every
  /// table protected, every rate built, from these counts alone.
  init(
    tally: PathwayTally, logPosition: UInt64, policies: [PolicyVersion], names: PathwayNames
  ) throws(DisclosureError) {
    let scope = tally.scope
    self.scope = scope
    self.logPosition = logPosition
    self.policies = policies
    districtTitle =
      scope.district.map { code in
        let name = names.district(code)
        return LocalizedText.each { "\(code) \(name[$0])" }
      } ?? PathwayMessage.allDistricts.text()
    let tables = Self.countTables(tally)
    protected = try DisclosureControl(minimumCellSize: scope.minimumCellSize).protect(tables)
    var builder = SectionBuilder(
      tally: tally, protected: protected, names: names, k: scope.minimumCellSize)
    sections = builder.sections()
    indicators = builder.indicators
  }

  /// The published policies' latest versions on `asOf` and the versions behind the awards
  /// counted, by id and version.
  static func policyVersions(
    _ state: ClusterState, asOf: CivilDate, awards: Set<PolicyVersion>
  ) -> [PolicyVersion] {
    // The versions published by the date, and those that decided the awards the report counts
    // (the tally's, from its one pass over the learners): a round as of a date may be run, and
    // its policy text recorded, after that date.
    let published = state.policies.compactMap { id, versions in
      versions.last { $0.published <= asOf }.map {
        PolicyVersion(id: id.rawValue, version: $0.publication.version)
      }
    }
    return awards.union(published).sorted { ($0.id, $0.version) < ($1.id, $1.version) }
  }

  /// The count tables, in the order they are protected and published. Tables of one population
  /// name the margin they share: the grade-9 leavers by district and by school, the college
  /// leavers by specialty, by college and by district, the college learners by specialty (dual training,
  /// funding, expected graduation, mentorship), the award recipients by policy.
  static func countTables(_ tally: PathwayTally) -> [CountTable] {
    let students = tally.studentsDual.rowKeys
    var tables = [
      tally.grade9ByDistrict.table(columnMargin: "grade9_leavers"),
      tally.grade9BySchool.table(columnMargin: "grade9_leavers"),
      tally.leaversBySpecialty.table(columnMargin: "college_leavers"),
      tally.leaversByCollege.table(columnMargin: "college_leavers"),
      tally.leaversByDistrict.table(columnMargin: "college_leavers"),
      tally.studentsDual.table(rows: students, rowMargin: "college_learners"),
      tally.studentsFunding.table(rows: students, rowMargin: "college_learners"),
      tally.expectedGraduates.table(rows: students, rowMargin: "college_learners"),
      tally.awardsByDistrict.table(rowMargin: "award_recipients"),
      tally.awardsByCategory.table(rowMargin: "award_recipients"),
    ]
    if tally.hasMentorships {
      tables.append(tally.studentsMentored.table(rows: students, rowMargin: "college_learners"))
      tables.append(tally.mentorLoad.table())
    }
    if tally.hasDiagnostics {
      tables.append(tally.pupilsByDirection.table(columns: SectionBuilder.directionColumns(tally)))
    }
    return tables
  }
}

/// The headline figures of a pathway report that a cluster passport's KPIs can name.
public enum Indicator: String, CaseIterable, Hashable, Sendable {
  /// Learners at college on the date.
  case collegeLearners = "college_learners"
  /// Share of the cohort's grade-9 leavers who went to college, %.
  case grade9ToCollege = "grade9_to_college_share"
  /// Share of the cohort's college leavers who graduated, %.
  case completion = "completion_share"
  /// Share of graduates employed within 12 months (statistics office's base), %.
  case employment = "employment_share"
  /// Share of graduates employed in their specialty (same base), %.
  case employmentInSpecialty = "employment_in_specialty_share"
  /// Share of college learners in dual training, %.
  case dualTraining = "dual_training_share"
  /// Share of college learners on a targeted enterprise order, %.
  case targetedOrder = "targeted_order_share"
  /// Share of college learners with a mentor, %.
  case mentorCoverage = "mentor_coverage_share"
  /// Share of pupils with a career diagnostic, %.
  case diagnosticCoverage = "diagnostic_coverage_share"
  /// Learners holding an award on the date.
  case awardRecipients = "award_recipients"
}
