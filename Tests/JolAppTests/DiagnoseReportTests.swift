import Foundation
import JolModel
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `jol diagnose report` on a fixed small region (``DiagnoseReportFixture``): golden class report
/// and pupil profile, well-formed self-contained HTML with a page per pupil, the same figures in
/// every language, the changes since the previous administration, no personal data, errors.
@Suite struct DiagnoseReportTests {
  typealias F = DiagnoseReportFixture

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
      text == expected,
      "\(name) differs: JOL_REGENERATE_GOLDEN=1 swift test --filter DiagnoseReport")
  }

  static let classOptions = [
    "diagnose", "report", "--school", "KST-SCH-017", "--class", "9 ә", "--as-of", "2027-03-15",
  ]

  static func run(_ testbed: ImportTestbed, _ arguments: [String], lang: String = "en") throws
    -> String
  {
    let result = testbed.jol(arguments, lang: lang)
    guard result.exitCode == 0 else { throw TestbedError(result.stderr) }
    return result.stdout
  }

  @Test func goldenClassReportAndPupilProfile() throws {
    let testbed = try F.testbed()
    try Self.expectGolden(
      try Self.run(testbed, Self.classOptions + ["--format", "md"], lang: "kk"),
      "diagnose-class-kk.md")
    try Self.expectGolden(
      try Self.run(testbed, Self.classOptions + ["--format", "json"]), "diagnose-class.json")
    try Self.expectGolden(
      try Self.run(
        testbed,
        ["diagnose", "report", "--learner", F.iin(0), "--as-of", "2027-03-15", "--format", "md"],
        lang: "ru"), "diagnose-profile-ru.md")
  }

  /// The whole school: 9Ә and 9Б, five pupils; all took the test twice, three changed their
  /// leading direction (a tie that resolves counts as a change; the same direction does not).
  @Test func changesSincePreviousAdministrationAreCounted() throws {
    let testbed = try F.testbed()
    func summary(_ extra: [String], asOf: String) throws -> [String: Any] {
      let text = try Self.run(
        testbed,
        ["diagnose", "report", "--school", "KST-SCH-017", "--as-of", asOf, "--format", "json"]
          + extra)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let instruments = try #require(object["instruments"] as? [[String: Any]])
      return try #require(instruments.first { $0["instrument"] as? String == "five-types" })
    }
    let school = try summary([], asOf: "2027-03-15")
    #expect(school["pupils"] as? Int == 5)
    #expect(school["compared"] as? Int == 5)
    #expect(school["changed"] as? Int == 3)
    let changes = try #require(school["changes"] as? [[String: Any]])
    #expect(
      changes.map { $0["learner"] as? String }
        == ["L00000000000000d1", "L00000000000000d3", "L00000000000000d5"])
    #expect(changes[1]["previous_direction"] is NSNull)
    #expect(changes[1]["latest_direction"] as? String == "ict")
    let group = try summary(["--class", "9Б"], asOf: "2027-03-15")
    #expect(group["changed"] as? Int == 1)
    // Before the second administration there is nothing to compare.
    let autumn = try summary([], asOf: "2026-12-01")
    #expect(autumn["compared"] as? Int == 0)
    #expect(autumn["changed"] as? Int == 0)
    #expect(autumn["tied"] as? Int == 1)
  }

  /// The Markdown class report, like the HTML one, is the summary and then every pupil's
  /// profile.
  @Test func markdownHasAProfilePerPupil() throws {
    let golden = try String(
      contentsOf: Self.golden.appendingPathComponent("diagnose-class-kk.md"), encoding: .utf8)
    let profiles = golden.split(separator: "\n").filter { $0.hasPrefix("## Оқушы L") }
    #expect(profiles.count == 4)
  }

  @Test func htmlIsWellFormedSelfContainedAndHasAPagePerPupil() throws {
    let testbed = try F.testbed()
    for language in ["kk", "ru", "en"] {
      let html = try Self.run(testbed, Self.classOptions + ["--format", "html"], lang: language)
      let body = String(html.drop { $0 != "\n" })
      let parser = XMLParser(data: Data(body.utf8))
      #expect(parser.parse(), "\(language): \(String(describing: parser.parserError))")
      for outside in ["http:", "https:", "src=", "href=", "<script", "@import", "url(", "<link"] {
        #expect(!html.contains(outside), "\(language): \(outside)")
      }
      #expect(!html.contains("⟦"))
      #expect(html.components(separatedBy: "<section class=\"page\">").count - 1 == 4)
      #expect(html.components(separatedBy: "<svg").count - 1 == 5)
      // Pupils by learner ID only: no IIN, no name from the vault.
      #expect(!html.contains(F.iin(0)) && !html.contains(F.surname))
      #expect(html.contains("L00000000000000d1"))
    }
  }

  /// Every language carries the same figures: the numbers of the Markdown report, as a
  /// multiset, and the CSV's figures row by row.
  @Test func everyLanguageCarriesTheSameFigures() throws {
    let testbed = try F.testbed()
    func numbers(_ text: String) -> [String] {
      text.split { !($0.isASCII && $0.isNumber) }.map(String.init).sorted()
    }
    func figures(_ csv: String) -> [[String]] {
      csv.split(separator: "\n").dropFirst().map { line in
        line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
          .filter { $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
      }
    }
    var markdown: [String: [String]] = [:]
    var csv: [String: [[String]]] = [:]
    for language in ["kk", "ru", "en"] {
      markdown[language] = numbers(
        try Self.run(testbed, Self.classOptions + ["--format", "md"], lang: language))
      csv[language] = figures(
        try Self.run(testbed, Self.classOptions + ["--format", "csv"], lang: language))
    }
    #expect(markdown["kk"] == markdown["en"] && markdown["ru"] == markdown["en"])
    #expect(csv["kk"] == csv["en"] && csv["ru"] == csv["en"])
    #expect((csv["en"]?.count ?? 0) == 4 * 5 + 6)
  }

  @Test func theSameLogAndDateGiveTheSameBytes() throws {
    let testbed = try F.testbed()
    for format in ["html", "md", "csv", "json"] {
      let first = try Self.run(testbed, Self.classOptions + ["--format", format])
      let second = try Self.run(testbed, Self.classOptions + ["--format", format])
      #expect(first == second, "\(format)")
    }
  }

  @Test func unknownClassSchoolOrResultsWriteNothing() throws {
    let testbed = try F.testbed()
    let out = testbed.directory + "/report.html"
    let unknownClass = testbed.jol(
      ["diagnose", "report", "--school", "KST-SCH-017", "--class", "9В", "--out", out])
    #expect(unknownClass.exitCode == 65)
    #expect(unknownClass.stderr.contains("has no class 9В"), "\(unknownClass.stderr)")
    #expect(unknownClass.stderr.contains("9Ә, 9Б"))
    let unknownSchool = testbed.jol(["diagnose", "report", "--school", "KST-SCH-999", "--out", out])
    #expect(unknownSchool.exitCode == 65)
    #expect(unknownSchool.stderr.contains("KST-SCH-999"))
    let early = testbed.jol(
      ["diagnose", "report", "--school", "KST-SCH-017", "--as-of", "2026-09-30", "--out", out])
    #expect(early.exitCode == 66)
    #expect(early.stderr.contains("no pupil of KST-SCH-017 has a diagnostic result"))
    let both = testbed.jol(
      ["diagnose", "report", "--school", "KST-SCH-017", "--learner", F.iin(0), "--out", out])
    #expect(both.exitCode == 64)
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
