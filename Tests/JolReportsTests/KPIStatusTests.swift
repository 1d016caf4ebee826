import JolModel
import Testing

@testable import JolReports

/// The status rule: met against the target in force, on track against the straight path from
/// the baseline through the targets, behind otherwise; withheld values are not published.
@Suite struct KPIStatusTests {
  /// Baseline 2025: 50 %, short-term 2027: 60 %, long-term 2030: 75 %.
  static let kpi = KPI(
    id: "employment", metric: .employment, unit: .percent,
    baseline: .init(year: 2025, value: FixedDecimal(50)),
    shortTerm: .init(year: 2027, value: FixedDecimal(60)),
    longTerm: .init(year: 2030, value: FixedDecimal(75)))

  static func status(_ value: String?, _ date: String) -> KPIStatus {
    KPIStatus(value: value.map { FixedDecimal($0)! }, kpi: kpi, asOf: CivilDate(date)!)
  }

  @Test(arguments: [
    // Half way to the short-term target (365 of 730 days): the path is at 55.
    ("2026-12-31", "56", KPIStatus.onTrack), ("2026-12-31", "55", .onTrack),
    ("2026-12-31", "54.9", .behind), ("2026-12-31", "60", .met), ("2026-12-31", "70", .met),
    // Before the baseline's day the path is the baseline.
    ("2025-06-30", "50", .onTrack), ("2025-06-30", "49", .behind),
    // On the short-term target's day that target is still in force.
    ("2027-12-31", "60", .met), ("2027-12-31", "59.9", .behind),
    // Then the long-term one: a year on, the path is at 60 + 15 × 366/1096 = 65.0.
    ("2028-12-31", "61", .behind), ("2028-12-31", "65", .onTrack), ("2028-12-31", "75", .met),
    // After the long-term target's day: met or behind.
    ("2031-06-30", "74.9", .behind), ("2031-06-30", "75", .met),
  ])
  func theRule(date: String, value: String, expected: KPIStatus) {
    #expect(Self.status(value, date) == expected)
  }

  @Test func aWithheldValueIsNotPublished() {
    #expect(Self.status(nil, "2026-12-31") == .notPublished)
  }

  @Test func thePathIsRoundedAsTheFigureIsPublished() {
    // 50 + 10 × 273/730 = 53.74 → 53.7.
    #expect(Self.kpi.path(asOf: CivilDate("2026-09-30")!) == FixedDecimal("53.7")!)
    let learners = KPI(
      id: "learners", metric: .collegeLearners, unit: .learners,
      baseline: .init(year: 2025, value: FixedDecimal(600)),
      shortTerm: .init(year: 2027, value: FixedDecimal(650)),
      longTerm: .init(year: 2030, value: FixedDecimal(750)))
    // 600 + 50 × 273/730 = 618.70 → 619.
    #expect(learners.path(asOf: CivilDate("2026-09-30")!) == FixedDecimal(619))
  }

  @Test func aResultTakesTheReportsFigure() {
    let date = CivilDate("2026-12-31")!
    func result(_ figure: ReportFigure?) -> KPIStatus {
      KPIResult(Self.kpi, indicators: figure.map { [.employment: $0] } ?? [:], asOf: date).status
    }
    #expect(result(nil) == .noData)
    #expect(result(.rate(.withheld)) == .notPublished)
    #expect(result(.withheld) == .notPublished)
    #expect(result(.rate(.percent(FixedDecimal(58)))) == .onTrack)
    #expect(result(.rate(.percent(FixedDecimal(40)))) == .behind)
    let count = KPI(
      id: "n", metric: .collegeLearners, unit: .learners,
      baseline: .init(year: 2025, value: FixedDecimal(10)),
      shortTerm: .init(year: 2027, value: FixedDecimal(20)),
      longTerm: .init(year: 2030, value: FixedDecimal(30)))
    #expect(
      KPIResult(count, indicators: [.collegeLearners: .count(.suppressed(.primary))], asOf: date)
        .status == .notPublished)
    #expect(
      KPIResult(count, indicators: [.collegeLearners: .count(.shown(25))], asOf: date).status
        == .met)
  }
}
