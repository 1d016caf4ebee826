import Foundation
import JolFormat
import JolModel
import Testing

@testable import JolReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The shipped sample passport rendered on the shared generator's sample region: golden
/// Markdown, the same bytes every time, the same figures in every language, well-formed
/// self-contained HTML, and the KPI section of the pathway report.
@Suite struct PassportReportTests {
  typealias F = PathwayFixture

  static func report(learners: Int = 600, seed: UInt64 = 2026) throws -> PassportReport {
    let state = F.synthetic(seed: seed, learners: learners)
    let names = PathwayNames(kato: .builtIn, classifier: PassportFixture.classifier, state: state)
    let pathways = try PathwayReport(
      state: state, scope: PathwayScope(asOf: F.asOf), logPosition: 42, names: names)
    return PassportReport(passport: try PassportFixture.sample, pathways: pathways, names: names)
  }

  @Test func goldenMarkdownAndJSON() throws {
    let report = try Self.report()
    try PathwayReportTests.expectGolden(report.document(.kk).markdown(.kk), "passport-kk.md")
    try PathwayReportTests.expectGolden(report.json(.en).pretty + "\n", "passport-en.json")
  }

  @Test func theSameStateGivesTheSameBytes() throws {
    let first = try Self.report(learners: 300)
    let second = try Self.report(learners: 300)
    for language in Language.allCases {
      #expect(first.document(language).html(language) == second.document(language).html(language))
      #expect(
        first.document(language).markdown(language)
          == second.document(language).markdown(language))
      #expect(first.json(language).compact == second.json(language).compact)
    }
  }

  @Test func theHTMLIsWellFormedAndSelfContained() throws {
    let report = try Self.report(learners: 300)
    for language in Language.allCases {
      let html = report.document(language).html(language)
      let body = String(html.drop { $0 != "\n" })
      let parser = XMLParser(data: Data(body.utf8))
      #expect(parser.parse(), "\(language): \(String(describing: parser.parserError))")
      for outside in ["http:", "https:", "src=", "href=", "<script", "@import", "url(", "<link"] {
        #expect(!html.contains(outside), "\(language): \(outside)")
      }
      #expect(!html.contains("⟦"))
    }
  }

  /// Every section and KPI in every language; the KPI figures and statuses do not depend on it.
  @Test func languagesCarryTheSameFigures() throws {
    let report = try Self.report(learners: 300)
    func kpis(_ language: Language) -> [String] {
      KPIResult.table(report.results, asOf: F.asOf).cells.map { row in
        row.map { $0.csv(minimumCellSize: 5, language: .en) }.joined(separator: "|")
      }
    }
    #expect(kpis(.kk) == kpis(.en) && kpis(.ru) == kpis(.en))
    let pages = Language.allCases.map { report.document($0).html($0) }
    let cells = pages.map { $0.components(separatedBy: "<td").count }
    #expect(Set(cells).count == 1)
    let sections = pages.map { $0.components(separatedBy: "<h2").count }
    #expect(sections == [12, 12, 12])
    #expect(pages[0] != pages[1] && pages[1] != pages[2])
  }

  @Test func everyKPIHasAStatus() throws {
    let report = try Self.report()
    #expect(report.results.map(\.kpi.id) == (try PassportFixture.sample).kpis.map(\.id))
    // The generated log has no diagnostic results (they come with `jol import diagnostics`):
    // no data, not "behind". Its mentors are registered but none assigned: a real 0, behind.
    let byMetric = Dictionary(
      uniqueKeysWithValues: report.results.map { ($0.kpi.metric, $0.status) })
    #expect(byMetric[.diagnosticCoverage] == .noData)
    #expect(byMetric[.mentorCoverage] == .behind)
    #expect(byMetric[.dualTraining] != .noData)
  }

  @Test func thePathwayReportEndsWithTheKPIs() throws {
    let report = try Self.report(learners: 300)
    let pathways = report.pathways
    #expect(pathways.sections.last?.id == "passport_kpis")
    #expect(pathways.csv(.en).contains("\r\npassport_kpis,employment,"))
    let json = pathways.json(.en).compact
    #expect(json.contains("\"passport\":{\"id\":\"kostanay-cluster\",\"version\":1}"))
    #expect(pathways.header.contains { $0.value.en == "kostanay-cluster v1" })
    // A district's report keeps to its district: the region's targets are not its own.
    let state = F.synthetic(learners: 300)
    let district = try F.report(state, district: "392400000")
      .with(passport: try PassportFixture.sample)
    #expect(!district.sections.contains { $0.id == "passport_kpis" })
  }
}
