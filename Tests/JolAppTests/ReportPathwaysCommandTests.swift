import Foundation
import Testing

/// `jol report pathways` end to end on the demo's data directory.
@Suite(.serialized) struct ReportPathwaysCommandTests {
  static func run(_ arguments: [String], policies: String = repositoryRoot + "/Policies") throws
    -> JolOutput
  {
    let directory = try JSONLinesOutputTests.demo.get()
    return runJol(
      [
        "report", "pathways", "--as-of", "2026-09-30", "--data", directory + "/data", "--policies",
        policies,
      ] + arguments, workingDirectory: directory)
  }

  @Test func theSameLogGivesTheSameBytesInEveryFormat() throws {
    for format in ["html", "md", "csv", "json"] {
      for language in ["kk", "ru", "en"] {
        let first = try Self.run(["--format", format, "--lang", language])
        let second = try Self.run(["--format", format, "--lang", language])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout, "\(format) \(language)")
      }
    }
  }

  @Test func theHeaderNamesTheDateAndTheLogPosition() throws {
    let result = try Self.run(["--format", "json", "--lang", "en"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["as_of"] as? String == "2026-09-30")
    #expect((object["log_position"] as? Int ?? 0) > 0)
    #expect(object["minimum_cell_size"] as? Int == 5)
    #expect(SnakeCaseKeysTests.badKeys(object) == [])
  }

  @Test func csvOpensInASpreadsheet() throws {
    let ru = try Self.run(["--format", "csv", "--lang", "ru"]).stdout
    #expect(ru.hasPrefix("\u{FEFF}table;row_key;row;column_key;column;value\r\n"))
    let en = try Self.run(["--format", "csv", "--lang", "en"]).stdout
    #expect(en.hasPrefix("\u{FEFF}table,row_key,row,column_key,column,value\r\n"))
  }

  /// The CSV's first lines are the header the other formats have (table `meta`): the same log
  /// position as the JSON report's, the policy versions, the region's passport.
  @Test func csvStartsWithTheHeader() throws {
    let csv = try Self.run(["--format", "csv", "--lang", "en"]).stdout
    let json = try Self.run(["--format", "json", "--lang", "en"]).stdout
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let position = try #require(object["log_position"] as? Int)
    let meta = csv.components(separatedBy: "\r\n").dropFirst().prefix { $0.hasPrefix("meta,") }
    #expect(meta.first == "meta,as_of,As of,value,Value,2026-09-30")
    #expect(
      meta.contains(
        "meta,log_position,Log position (sequence of the last event),value,Value,\(position)"))
    #expect(
      meta.contains {
        $0.hasPrefix("meta,passport,") && $0.hasSuffix(",value,Value,kostanay-cluster v1")
      })
    #expect(meta.contains { $0.hasPrefix("meta,policies,") })
    #expect(meta.last == "meta,minimum_cell_size,Minimum cell size,value,Value,5")
  }

  @Test func outWritesTheFile() throws {
    let path = try temporaryDirectory("jol-report") + "/report.html"
    let result = try Self.run(["--format", "html", "--out", path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func aMalformedSettingIsExit65WithItsPlace() throws {
    let policies = try temporaryDirectory("jol-report-policies")
    try FileManager.default.createDirectory(
      atPath: policies + "/reporting", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Policies/reference", toPath: policies + "/reference")
    try "# k\nminimum_cell_size five\n".write(
      toFile: policies + "/reporting/reporting.conf", atomically: true, encoding: .utf8)
    let result = try Self.run(["--lang", "en"], policies: policies)
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("reporting.conf:2:19: error: expected a whole number 1…1000"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aBadCohortIsAUsageError() throws {
    let result = try Self.run(["--cohort", "last"])
    #expect(result.exitCode == 64)
  }

  /// A district the KATO table does not know, a region's own code or a settlement is a usage
  /// error naming what would be accepted — never an empty report titled by the typo.
  @Test(arguments: ["999999999", "390000000", "391010000", "39"])
  func anUnknownDistrictIsAUsageError(_ code: String) throws {
    let result = try Self.run(["--district", code, "--lang", "en"])
    #expect(result.exitCode == 64, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--district"))
  }

  @Test func aKnownDistrictIsReported() throws {
    let result = try Self.run(["--district", "391000000", "--format", "json", "--lang", "en"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("391000000"))
  }
}
