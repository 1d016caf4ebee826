import Foundation
import JolFormat
import JolModel
import Testing

@testable import JolReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The pathway report on the shared generator's sample region: golden output, disclosure in
/// every format, well-formed self-contained HTML, the same figures in every language, the same
/// bytes every time.
@Suite struct PathwayReportTests {
  typealias F = PathwayFixture

  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Compares `text` with the golden file `name`; `JOL_REGENERATE_GOLDEN=1` rewrites it.
  static func expectGolden(_ text: String, _ name: String) throws {
    let url = golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOL_REGENERATE_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      text == expected, "\(name) differs: JOL_REGENERATE_GOLDEN=1 swift test --filter Pathway")
  }

  @Test func goldenMarkdownAndJSON() throws {
    let report = try F.report(F.synthetic(learners: 600))
    try Self.expectGolden(report.document(.kk).markdown(.kk), "pathways-kk.md")
    try Self.expectGolden(report.json(.en).pretty + "\n", "pathways-en.json")
  }

  /// Every count figure of every table is 0 or at least k, in every format; the protected
  /// tables give nothing away to the exact auditor.
  @Test(arguments: [(UInt64(1), 120, 5), (2, 300, 5), (3, 200, 3), (4, 500, 10)])
  func noSmallCountIsPublished(seed: UInt64, learners: Int, k: Int) throws {
    let report = try F.report(F.synthetic(seed: seed, learners: learners), k: k)
    var figures = 0
    for section in report.sections {
      for case .table(let table) in section.blocks {
        for figure in table.cells.joined() {
          figures += 1
          if case .count(let status) = figure, let count = status.count {
            #expect(count == 0 || count >= k, "\(table.id): \(count)")
          }
        }
      }
    }
    // CSV and JSON carry exactly these figures, in the same order.
    for language in Language.allCases {
      let csv = report.csv(language)
      // Past the header line and the report's own header (the `meta` table).
      let lines = csv.components(separatedBy: "\r\n").dropFirst().filter {
        !$0.isEmpty && !$0.hasPrefix(PathwayReport.metaTable)
      }
      #expect(lines.count == figures)
      let expected = report.sections.flatMap { section in
        section.blocks.flatMap { block -> [String] in
          guard case .table(let table) = block else { return [] }
          return table.cells.joined().map { $0.csv(minimumCellSize: k, language: language) }
        }
      }
      let separator: Character = language == .en ? "," : ";"
      let values = lines.map { String($0.split(separator: separator).last ?? "") }
      #expect(values == expected)
    }
  }

  /// No hidden count can be worked out from the published tables, where every line can be
  /// protected — in a tiny cohort a row of `<k` cells whose zeros and total pin them cannot be
  /// (``DisclosureControl``'s documented limit), hence regions of a realistic size here.
  @Test(arguments: [(UInt64(2), 600), (5, 1_000)])
  func noHiddenCountIsDerivable(seed: UInt64, learners: Int) throws {
    let report = try F.report(F.synthetic(seed: seed, learners: learners))
    #expect(DisclosureAuditor().audit(report.protected).findings == [])
  }

  @Test func theHTMLIsWellFormedAndSelfContained() throws {
    let report = try F.report(F.synthetic(learners: 300))
    for language in Language.allCases {
      let html = report.document(language).html(language)
      let body = String(html.drop { $0 != "\n" })  // past the doctype
      let parser = XMLParser(data: Data(body.utf8))
      #expect(parser.parse(), "\(language): \(String(describing: parser.parserError))")
      for outside in ["http:", "https:", "src=", "href=", "<script", "@import", "url(", "<link"] {
        #expect(!html.contains(outside), "\(language): \(outside)")
      }
      #expect(html.contains("<svg"))
      #expect(!html.contains("⟦"))  // no placeholder left unfilled
    }
  }

  /// Titles differ by language; keys and figures do not.
  @Test func languagesCarryTheSameFigures() throws {
    let report = try F.report(F.synthetic(learners: 300))
    func figures(_ language: Language) -> [String] {
      report.csv(language).components(separatedBy: "\r\n").dropFirst().map { line in
        let fields = line.split(
          separator: language == .en ? "," : ";", omittingEmptySubsequences: false)
        guard fields.count >= 6 else { return line }
        return [
          fields[0], fields[1], fields[3],
          Substring(fields.last!.replacingOccurrences(of: ",", with: ".")),
        ]
        .joined(separator: "|")
      }
    }
    #expect(figures(.kk) == figures(.en))
    #expect(figures(.ru) == figures(.en))
    let kk = report.document(.kk).html(.kk)
    let ru = report.document(.ru).html(.ru)
    #expect(kk.components(separatedBy: "<td").count == ru.components(separatedBy: "<td").count)
    #expect(kk.contains("lang=\"kk\"") && ru.contains("lang=\"ru\""))
  }

  @Test func theSameStateGivesTheSameBytes() throws {
    let first = try F.report(F.synthetic(learners: 300))
    let second = try F.report(F.synthetic(learners: 300))
    for language in Language.allCases {
      #expect(first.document(language).html(language) == second.document(language).html(language))
      #expect(first.csv(language) == second.csv(language))
      #expect(first.json(language).compact == second.json(language).compact)
    }
  }

  @Test func noLearnerIdAppears() throws {
    let state = F.synthetic(learners: 200)
    let report = try F.report(state)
    let outputs = [report.document(.en).html(.en), report.csv(.ru), report.json(.kk).compact]
    for output in outputs {
      #expect(!output.contains("L-1"))
    }
  }

  @Test func aDistrictFilterKeepsOnlyItsLearners() throws {
    let report = try F.report(F.synthetic(learners: 400), district: "392400000")
    let table = try #require(report.protected["grade9_by_district"])
    #expect(table.rows == ["392400000"])
  }

  @Test func theCatalogueIsComplete() {
    #expect(MessageCatalogue.problems(PathwayMessage.self) == [])
    #expect(MessageCatalogue.problems(ReportingMessage.self) == [])
  }
}
