import JolFormat
import JolModel
import Testing

@testable import JolReports

/// The CSV report names what the other formats' headers name — date, cohort, district, log
/// position, policy versions, passport, minimum cell size — as its first lines, in the shape
/// of every other line (the table `meta`), so a spreadsheet opens one table.
@Suite struct PathwayCSVHeaderTests {
  typealias F = PathwayFixture
  typealias G = PathwayGapsFixture

  static func lines(_ csv: String, separator: Character) -> [[String]] {
    csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test(arguments: Language.allCases)
  func theHeaderComesFirstAsTheMetaTable(language: Language) throws {
    let drafts =
      [G.grantPublished()] + G.many(5, "a") { G.recipient($0, district: G.districtA) }
    let report = try F.report(F.state(drafts), district: G.districtA)
    let lines = Self.lines(report.csv(language), separator: language == .en ? "," : ";")
    #expect(lines[0] == ["\u{FEFF}table", "row_key", "row", "column_key", "column", "value"])
    let meta = lines.dropFirst().prefix { $0.first == "meta" }
    let values = Dictionary(uniqueKeysWithValues: meta.map { ($0[1], $0[5]) })
    #expect(
      meta.map { $0[1] } == [
        "as_of", "cohort", "district", "log_position", "policies", "minimum_cell_size",
      ])
    #expect(values["as_of"] == "2026-09-30")
    #expect(values["cohort"] == "2025")
    #expect(values["district"] == G.districtA)
    #expect(values["log_position"] == "42")
    #expect(values["policies"] == "dual-training-grant v1")
    #expect(values["minimum_cell_size"] == "5")
    // Each line titled in the language, as the other formats' header.
    #expect(meta.first?[2] == PathwayMessage.asOf.text()[language])
    #expect(meta.allSatisfy { $0.count == 6 && $0[3] == "value" })
    // Then only the report's tables.
    #expect(lines.dropFirst(1 + meta.count).allSatisfy { $0.first != "meta" })
  }

  @Test func aRegionWideReportNamesAllDistricts() throws {
    let report = try F.report(F.state(F.graduate("L-1", then: nil)))
    let lines = Self.lines(report.csv(.en), separator: ",")
    #expect(lines.contains(["meta", "district", "District", "value", "Value", "all"]))
    #expect(lines.contains(["meta", "policies", "Policy versions", "value", "Value", ""]))
  }
}
