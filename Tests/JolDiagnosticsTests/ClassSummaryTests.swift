import JolDiagnostics
import JolModel
import Testing

/// ``ClassSummary``: counts from each pupil's latest result; ties counted on each scale; a
/// re-scoring on the same date is not an administration; only another instrument's results are
/// ignored.
@Suite struct ClassSummaryTests {
  static func result(
    _ date: String, leading: [String], directions: [String], version: Int = 1,
    instrument: String = "five-types", flags: [String] = []
  ) -> DiagnosticSummary {
    DiagnosticSummary(
      instrument: InstrumentRef(id: instrument, version: version), date: CivilDate(date)!,
      scores: [ScaleScore(scale: "technology", score: FixedDecimal(7), band: "pronounced")],
      leading: leading, flags: flags, leadingDirections: directions)
  }

  @Test func latestResultsTiesFlagsAndChanges() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let pupils = [
      // Changed: engineering → ict.
      ClassSummary.Pupil(
        learner: LearnerID("L1"), group: "9А",
        results: [
          Self.result("2026-10-01", leading: ["technology"], directions: ["engineering"]),
          Self.result(
            "2027-03-01", leading: ["signs"], directions: ["ict"], flags: ["flat_profile"]),
        ]),
      // Re-scored on the same date under version 2: one administration, nothing to compare.
      ClassSummary.Pupil(
        learner: LearnerID("L2"), group: "9А",
        results: [
          Self.result("2026-10-01", leading: ["technology"], directions: ["engineering"]),
          Self.result("2026-10-01", leading: ["signs"], directions: ["ict"], version: 2),
        ]),
      // A tie, then the same tie: unchanged; counted on both scales.
      ClassSummary.Pupil(
        learner: LearnerID("L3"), group: "9Ә",
        results: [
          Self.result(
            "2026-10-01", leading: ["nature", "technology"],
            directions: ["agriculture", "engineering"]),
          Self.result(
            "2027-03-01", leading: ["nature", "technology"],
            directions: ["agriculture", "engineering"]),
        ]),
      // Another instrument only: not counted.
      ClassSummary.Pupil(
        learner: LearnerID("L4"), group: "9Ә",
        results: [
          Self.result(
            "2026-10-01", leading: ["R"], directions: ["engineering"], instrument: "riasec-60")
        ]),
    ]
    let summary = ClassSummary(instrument: instrument, pupils: pupils)
    #expect(summary.pupils == 3)
    #expect(summary.tied == 1)
    let leading = Dictionary(uniqueKeysWithValues: summary.leading.map { ($0.scale, $0.count) })
    #expect(leading == ["nature": 1, "technology": 1, "people": 0, "signs": 2, "art": 0])
    #expect(summary.compared == 2)
    #expect(summary.changes.map(\.learner) == [LearnerID("L1")])
    #expect(summary.flagged.map(\.learner) == [LearnerID("L1")])
    #expect(summary.flagged.first?.flags == ["flat_profile"])
    let technology = try #require(summary.bands.first { $0.scale == "technology" })
    #expect(technology.counts.map(\.count) == [0, 0, 3])
    let nature = try #require(summary.bands.first { $0.scale == "nature" })
    #expect(nature.unbanded == 3)
  }
}
