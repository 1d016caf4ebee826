import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolReports

/// The passport checker: each problem at the line and column a marker (`‸`) puts it, with what
/// was wrong and what would be accepted.
@Suite struct PassportCheckerTests {
  typealias F = PassportFixture

  struct Case: CustomTestStringConvertible, Sendable {
    /// What to replace in the minimal passport, and with what (the marker inside).
    var replace: String
    var with: String
    /// A part of the English message expected at the marker.
    var message: String
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(
      replace: "metric employment_share", with: "metric ‸employment_shar",
      message: "the report computes no metric 'employment_shar'; the nearest is 'employment_share'"),
    Case(
      replace: "metric employment_share", with: "metric ‸jobs",
      message: "no metric 'jobs'; the nearest is"),
    Case(
      replace: "unit percent", with: "unit ‸learners",
      message: "metric employment_share is counted in percent, not 'learners'"),
    Case(
      replace: "short_term 2027 68", with: "short_term ‸2029 68",
      message: "a short-term target is 1–3 years after the baseline (2025): expected 2026…2028"),
    Case(
      replace: "long_term 2030 75", with: "long_term ‸2040 75",
      message: "a long-term target is 5–10 years after the baseline (2025): expected 2030…2035"),
    Case(
      replace: "short_term 2027 68", with: "short_term 2027 ‸50",
      message: "the target 50 is below the baseline 62"),
    Case(
      replace: "long_term 2030 75", with: "long_term 2030 ‸140", message: "140: a share is 0…100"),
    Case(
      replace: "baseline 2025 62", with: "baseline 2025 ‸6,2",
      message: "'6,2' is not a number"),
    Case(
      replace: "specialty 07150500", with: "specialty ‸07150599", message: "07150599"),
    Case(
      replace: "district 391000000", with: "district ‸751000000", message: "751000000"),
    Case(
      replace: "title \(F.text("Test cluster"))",
      with: "title kk \"Кластер\" ru \"Кластер\"‸", message: "the text has no en version"),
    Case(
      replace: "title \(F.text("Test cluster"))",
      with: "title kk \"Кластер\" ‸de \"Cluster\"", message: "'de' is not a language"),
    Case(
      replace: "kpi employment\nspecialisations", with: "kpi ‸employmnt\nspecialisations",
      message: "section 11 has no KPI 'employmnt' (did you mean 'employment'?)"),
    Case(
      replace: "responsible akimat KST-COL-01", with: "responsible akimat ‸KST-COL-1",
      message: "section 2 has no participant 'KST-COL-1' (did you mean 'KST-COL-01'?)"),
    Case(
      replace: "deadline 2027-09-01", with: "deadline ‸2027-13-01", message: "expected: YYYY-MM-DD"),
    Case(
      replace: "  text \(F.text("Workshops"))", with: "  ‸colour \(F.text("Workshops"))",
      message: "unknown 'colour': expected text"),
    Case(replace: "region 39", with: "region ‸99", message: "'99' is not a region"),
    Case(
      replace: "founder state_body akimat", with: "founder ‸ministry akimat",
      message: "unknown 'ministry': expected college, enterprise, university, research, state_body"),
    Case(
      replace: "amount 2026 1000000", with: "amount 2026 1000000\n    ‸amount 2026 5",
      message: "'2026' is given twice"),
    Case(
      replace: "version 2", with: "version 2\n‸innovatio",
      message: "unknown 'innovatio'"),
  ]

  @Test(arguments: cases) func theProblemIsAtTheMarker(_ example: Case) throws {
    #expect(F.minimal.contains(example.replace))
    let marked = F.minimal.replacingOccurrences(of: example.replace, with: example.with)
    let (text, line, column) = Self.unmark(marked)
    let errors = try #require(Self.errors(text))
    let found = errors.first { $0.location.line == line && $0.location.column == column }
    #expect(
      found?.message.en.contains(example.message) == true,
      "at \(line):\(column): \(errors.map(\.description))")
  }

  @Test func aMissingSectionIsNamed() throws {
    let text = F.minimal.replacingOccurrences(
      of: "innovation\n  text \(F.text("A laboratory"))\n", with: "")
    let errors = try #require(Self.errors(text))
    #expect(
      errors.map(\.description) == [
        "test.passport:1:1: error: section 'innovation' (8) is missing: a passport has all eleven sections"
      ])
  }

  @Test func aLineOfNoSectionIsAnError() throws {
    let errors = try #require(Self.errors("  text \(F.text("x"))\n" + F.minimal))
    #expect(errors.first?.location.line == 1)
    #expect(errors.first?.message.en.contains("belongs to no section") == true)
  }

  @Test func everyProblemIsReportedInOrder() throws {
    let text = F.minimal
      .replacingOccurrences(of: "metric employment_share", with: "metric gpa")
      .replacingOccurrences(of: "specialty 07150500", with: "specialty 1")
    let errors = try #require(Self.errors(text))
    #expect(errors.count == 2)
    #expect(errors.map(\.location) == errors.map(\.location).sorted())
    #expect(errors.allSatisfy { !$0.message.kk.isEmpty && $0.message.kk != $0.message.en })
  }

  @Test func theMinimalPassportReads() throws {
    let passport = try F.parse(F.minimal).get()
    #expect(passport.id == "test-cluster" && passport.version == 2)
    #expect(passport.participants.map(\.id) == ["akimat", "KST-COL-01"])
    #expect(passport.participants.map(\.isFounder) == [true, false])
    #expect(passport.kpis.first?.shortTerm == KPI.Point(year: 2027, value: FixedDecimal(68)))
    #expect(passport.measures.first?.responsible == ["akimat", "KST-COL-01"])
    #expect(passport.fundingSources.first?.amounts.first?.money == Money(tenge: 1_000_000))
  }

  @Test func theShippedSampleChecks() throws {
    let passport = try F.sample
    #expect(passport.region == .kostanay)
    #expect(passport.notice != nil)
    #expect(passport.kpis.count >= 5)
    #expect(passport.specialisations.count == 8)
    // Every goal is measured, every KPI serves a goal.
    #expect(Set(passport.goals.flatMap(\.kpis)) == Set(passport.kpis.map(\.id)))
  }

  @Test func theCataloguesAreComplete() {
    #expect(MessageCatalogue.problems(PassportMessage.self) == [])
    #expect(MessageCatalogue.problems(PassportCheckMessage.self) == [])
  }

  static func errors(_ text: String) -> [Diagnostic]? {
    guard case .failure(let errors) = F.parse(text) else { return nil }
    return errors.diagnostics
  }

  /// The text without its marker, and the marker's line and column.
  static func unmark(_ marked: String) -> (String, Int, Int) {
    let lines = marked.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if let position = line.firstIndex(of: "‸") {
        let column = line.distance(from: line.startIndex, to: position) + 1
        return (marked.replacingOccurrences(of: "‸", with: ""), index + 1, column)
      }
    }
    return (marked, 0, 0)
  }
}
