import Foundation
import Testing

/// `jol report pathways --format merge` and `jol report merge` end to end on the demo's data
/// directory: a second region is the demo's merge file with its region renamed, so the merged
/// report holds twice each count, suppressed on the doubled count.
@Suite(.serialized) struct ReportMergeCommandTests {
  static let policies = repositoryRoot + "/Policies"

  static func jol(_ arguments: [String], in directory: String) -> JolOutput {
    runJol(arguments + ["--policies", policies, "--lang", "en"], workingDirectory: directory)
  }

  /// A folder with the demo region's merge file `A.json` (as of `asOf`) and region 55's
  /// `B.json` (the same counts).
  static func mergeFiles(asOf: String = "2026-09-30") throws -> String {
    let demo = try JSONLinesOutputTests.demo.get()
    let folder = try temporaryDirectory("jol-merge")
    let written = jol(
      [
        "report", "pathways", "--as-of", asOf, "--format", "merge", "--data", demo + "/data",
        "--out", folder + "/A.json",
      ], in: folder)
    #expect(written.exitCode == 0, "\(written.stderr)")
    #expect(written.stderr.contains("NOT FOR PUBLICATION"))
    var object = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: folder + "/A.json")))
        as? [String: Any])
    #expect(object["purpose"] as? String == "merge")
    #expect(object["regions"] as? [String] == ["39"])
    object["regions"] = ["55"]
    try JSONSerialization.data(withJSONObject: object).write(
      to: URL(fileURLWithPath: folder + "/B.json"))
    return folder
  }

  /// The count of college learners in a merge file: the sum of its dual-training table.
  static func collegeLearners(_ path: String) throws -> Int {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        as? [String: Any])
    let tables = try #require(object["tables"] as? [[String: Any]])
    let dual = try #require(tables.first { $0["id"] as? String == "students_dual_training" })
    let rows = try #require(dual["rows"] as? [[String: Any]])
    return rows.flatMap { ($0["counts"] as? [Int]) ?? [] }.reduce(0, +)
  }

  /// The header names each merged region in the reader's language (KATO's table has no
  /// English names: the regions' own do).
  @Test func theHeaderNamesTheRegionsInTheReadersLanguage() throws {
    let folder = try Self.mergeFiles()
    let english = Self.jol(["report", "merge", "A.json", "B.json", "--format", "md"], in: folder)
    #expect(english.exitCode == 0, "\(english.stderr)")
    #expect(english.stdout.contains("39 Kostanay Region"))
    #expect(english.stdout.contains("55 Pavlodar Region"))
    #expect(!english.stdout.contains("Костанайская"))
    let kazakh = runJol(
      [
        "report", "merge", "A.json", "B.json", "--format", "md", "--policies", Self.policies,
        "--lang", "kk",
      ], workingDirectory: folder)
    #expect(kazakh.stdout.contains("39 Қостанай облысы"))
  }

  @Test func twoRegionsMergeIntoOneReport() throws {
    let folder = try Self.mergeFiles()
    let result = Self.jol(["report", "merge", "A.json", "B.json", "--format", "json"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(report["as_of"] as? String == "2026-09-30")
    #expect(report["log_position"] == nil)
    let sources = try #require(report["merged_from"] as? [[String: Any]])
    #expect(sources.map { $0["regions"] as? [String] ?? [] } == [["39"], ["55"]])
    #expect(SnakeCaseKeysTests.badKeys(report) == [])
    // The learners of both regions, counted and suppressed once, on the sum.
    let learners = 2 * (try Self.collegeLearners(folder + "/A.json"))
    let sections = try #require(report["sections"] as? [[String: Any]])
    let students = try #require(sections.first { $0["id"] as? String == "college_learners" })
    let shares = try #require(
      (students["tables"] as? [[String: Any]])?.first { $0["id"] as? String == "student_shares" })
    let total = try #require((shares["rows"] as? [[String: Any]])?.last)
    let values = try #require(total["values"] as? [String: Any])
    if learners >= 5 {
      // Shown as the sum, or hidden by complementary suppression (×) when every row below it
      // is small — never as a count of one region.
      let shown = values["learners"]
      #expect(shown as? Int == learners || shown as? String == "×", "\(String(describing: shown))")
    } else {
      #expect(values["learners"] as? String == "<5")
    }
    // No count from 1 to 4 anywhere in the merged tables.
    for section in sections {
      for table in section["tables"] as? [[String: Any]] ?? [] {
        for row in table["rows"] as? [[String: Any]] ?? [] {
          for (key, value) in row["values"] as? [String: Any] ?? [:] where !key.hasSuffix("share") {
            if let count = value as? Int,
              !["demand", "gap", "awarded", "paid"].contains(where: key.hasPrefix)
            {
              #expect(count == 0 || count >= 5, "\(table["id"] ?? "") \(key)")
            }
          }
        }
      }
    }
    let html = Self.jol(
      ["report", "merge", "A.json", "B.json", "--out", "national.html"], in: folder)
    #expect(html.exitCode == 0, "\(html.stderr)")
    let page = try String(contentsOfFile: folder + "/national.html", encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("Regions merged"))
  }

  @Test func aPublishedReportOrAnotherDateIsRefusedAndNothingIsWritten() throws {
    let folder = try Self.mergeFiles()
    let demo = try JSONLinesOutputTests.demo.get()
    let published = Self.jol(
      [
        "report", "pathways", "--as-of", "2026-09-30", "--format", "json", "--data",
        demo + "/data", "--out", "published.json",
      ], in: folder)
    #expect(published.exitCode == 0, "\(published.stderr)")
    let refused = Self.jol(
      ["report", "merge", "A.json", "published.json", "--out", "national.html"], in: folder)
    #expect(refused.exitCode == 65)
    #expect(refused.stderr.contains("published.json is a published pathway report"))
    let later = Self.jol(
      [
        "report", "pathways", "--as-of", "2026-10-01", "--format", "merge", "--data",
        demo + "/data", "--out", "C.json",
      ], in: folder)
    #expect(later.exitCode == 0, "\(later.stderr)")
    let mismatch = Self.jol(
      ["report", "merge", "B.json", "C.json", "--out", "national.html"], in: folder)
    #expect(mismatch.exitCode == 65)
    #expect(
      mismatch.stderr.contains("B.json and C.json differ in as_of (2026-09-30 and 2026-10-01)"))
    try "{\"purpose\": \"merge\"".write(
      toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
    let broken = Self.jol(["report", "merge", "broken.json", "--out", "national.html"], in: folder)
    #expect(broken.exitCode == 65)
    #expect(broken.stderr.contains("broken.json:1:20: not JSON ($): expected ',' or '}'"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/national.html"))
  }
}
