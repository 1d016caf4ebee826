import JolModel
import Testing

@testable import JolReports

/// Graduates' employment counted the statistics office's way, on learners written by hand:
/// continuing study apart from employment, military service and maternity leave out of the base.
@Suite struct EmploymentRuleTests {
  typealias F = PathwayFixture

  static let enterprise = EnterpriseID("123456789012")

  static func employed(_ specialty: String?) -> StagePlacement {
    .enterprise(
      EnterprisePlacement(
        enterprise: enterprise, kind: .employment, specialty: specialty.map(SpecialtyCode.init)))
  }

  /// One graduate of each destination.
  static let learners: [(String, StagePlacement?, LeaverOutcome)] = [
    ("in-specialty", employed("07150500"), .employedInSpecialty),
    ("other-field", employed("09130100"), .employedOther),
    (
      "university",
      .university(UniversityPlacement(institution: "UNI", programme: "6B07101", funding: .grant)),
      .continuingStudy
    ),
    ("army", .outside(OutsidePlacement(kind: .militaryService)), .militaryService),
    ("maternity", .outside(OutsidePlacement(kind: .maternityLeave)), .maternityLeave),
    ("neet", .outside(OutsidePlacement(kind: .neet)), .neet),
    ("moved", .outside(OutsidePlacement(kind: .leftRegion)), .leftRegion),
    ("silent", nil, .notRecorded),
  ]

  @Test func eachDestinationIsClassified() {
    for (id, placement, expected) in Self.learners {
      let state = F.state(F.graduate(id, then: placement))
      let exit = LearnerPath.collegeExit(
        state.learners[0], year: 2025, asOf: F.asOf, employers: [:])
      #expect(exit?.outcome == expected, "\(id)")
      #expect(exit?.specialty == F.welding)
    }
  }

  @Test func aPlacementAfterTwelveMonthsDoesNotCount() {
    let state = F.state(F.graduate("late", then: Self.employed("07150500"), on: "2026-07-15"))
    let exit = LearnerPath.collegeExit(state.learners[0], year: 2025, asOf: F.asOf, employers: [:])
    #expect(exit?.outcome == .notRecorded)
  }

  @Test func employmentBeatsAnEarlierSpellWithoutWork() {
    var drafts = F.graduate("both", then: .outside(OutsidePlacement(kind: .neet)))
    drafts.append(
      EventDraft(
        stream: .learner("both"), effective: F.date("2026-02-01"),
        event: .stageEntered(StageEntered(placement: Self.employed(nil), reason: .employed))))
    let state = F.state(drafts)
    // No specialty on the placement: the employer's registered specialties decide.
    let exit = LearnerPath.collegeExit(
      state.learners[0], year: 2025, asOf: F.asOf, employers: [Self.enterprise: [F.welding]])
    #expect(exit?.outcome == .employedInSpecialty)
  }

  @Test func theBaseLeavesOutStudyServiceAndMaternity() throws {
    let counts = Dictionary(uniqueKeysWithValues: Self.learners.map { ($0.2, 10) })
    #expect(EmploymentRule.employed(counts) == 20)
    // 80 graduates less 30 (study, army, maternity).
    #expect(EmploymentRule.base(counts) == 50)
  }

  /// The report's total row: with k = 1 nothing is hidden, and the shares follow the rule.
  @Test func theReportPublishesTheRule() throws {
    var drafts: [EventDraft] = []
    for (id, placement, _) in Self.learners {
      for copy in 0..<2 { drafts += F.graduate("\(id)-\(copy)", then: placement) }
    }
    let report = try F.report(F.state(drafts), k: 1)
    let table = try #require(
      report.sections.flatMap(\.blocks).compactMap { block -> PublishedTable? in
        if case .table(let table) = block, table.id == "employment_by_specialty" { return table }
        return nil
      }.first)
    let total = try #require(table.cells.last)
    #expect(total[0] == .count(.shown(16)))  // graduates
    #expect(total[1] == .count(.shown(10)))  // base: 16 − 6
    #expect(total[2] == .rate(.percent(FixedDecimal(40))))  // 4 employed of 10
    #expect(total[3] == .rate(.percent(FixedDecimal(20))))  // 2 in specialty
    #expect(total[4] == .rate(.percent(FixedDecimal(units: 125_000))))  // 2 of 16 study
    #expect(report.indicators[.employment] == .rate(.percent(FixedDecimal(40))))
  }
}
