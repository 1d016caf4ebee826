import Foundation
import Testing

/// `jol report passport` end to end on the demo's data directory, and the KPI section of
/// `jol report pathways`.
@Suite(.serialized) struct ReportPassportCommandTests {
  static func run(
    _ arguments: [String], command: String = "passport",
    policies: String = repositoryRoot + "/Policies"
  ) throws -> JolOutput {
    let directory = try JSONLinesOutputTests.demo.get()
    return runJol(
      [
        "report", command, "--as-of", "2026-09-30", "--data", directory + "/data", "--policies",
        policies,
      ] + arguments, workingDirectory: directory)
  }

  /// A policies folder with the repository's reference data and these reporting files.
  static func policies(_ files: [String: String]) throws -> String {
    let policies = try temporaryDirectory("jol-passport-policies")
    try FileManager.default.createDirectory(
      atPath: policies + "/reporting", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Policies/reference", toPath: policies + "/reference")
    for (name, text) in files {
      try text.write(toFile: policies + "/reporting/" + name, atomically: true, encoding: .utf8)
    }
    return policies
  }

  static var sample: String {
    get throws {
      try String(
        contentsOfFile: repositoryRoot + "/Policies/reporting/kostanay.passport", encoding: .utf8)
    }
  }

  @Test func theSameLogGivesTheSameBytes() throws {
    for format in ["html", "md", "json"] {
      for language in ["kk", "ru", "en"] {
        let first = try Self.run(["--format", format, "--lang", language])
        let second = try Self.run(["--format", format, "--lang", language])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout, "\(format) \(language)")
      }
    }
  }

  @Test func theJSONNamesThePassportAndEveryKPI() throws {
    let result = try Self.run(["--format", "json", "--lang", "en"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["report"] as? String == "passport")
    #expect((object["passport"] as? [String: Any])?["version"] as? Int == 1)
    #expect((object["sections"] as? [Any])?.count == 11)
    #expect(SnakeCaseKeysTests.badKeys(object) == [])
  }

  @Test func thePathwayReportHasTheKPISection() throws {
    let result = try Self.run(["--format", "csv", "--lang", "en"], command: "pathways")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\r\npassport_kpis,employment,"))
  }

  @Test func aBadPassportIsExit65WithItsPlace() throws {
    let bad = try Self.sample.replacingOccurrences(
      of: "metric employment_share", with: "metric employment_shares")
    let policies = try Self.policies(["bad.passport": bad])
    for command in ["passport", "pathways"] {
      let result = try Self.run(["--lang", "en"], command: command, policies: policies)
      #expect(result.exitCode == 65)
      #expect(result.stderr.contains("bad.passport:"))
      #expect(
        result.stderr.contains(
          "error: the report computes no metric 'employment_shares'; the nearest is 'employment_share'"
        ))
      #expect(result.stdout.isEmpty)
    }
    let line = try #require(
      bad.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("employment_shares")
      })
    let given = try Self.run(
      ["--lang", "en", "--passport", policies + "/reporting/bad.passport"],
      policies: repositoryRoot + "/Policies")
    #expect(given.exitCode == 65)
    #expect(given.stderr.contains("bad.passport:\(line + 1):12: error:"))
  }

  @Test func noPassportIsExit66AndSeveralAUsageError() throws {
    let none = try Self.run([], policies: try Self.policies([:]))
    #expect(none.exitCode == 66)
    // The pathway report needs none.
    let pathways = try Self.run([], command: "pathways", policies: try Self.policies([:]))
    #expect(pathways.exitCode == 0, "\(pathways.stderr)")
    let two = try Self.policies(["a.passport": try Self.sample, "b.passport": try Self.sample])
    #expect(try Self.run([], policies: two).exitCode == 64)
    #expect(
      try Self.run(["--passport", two + "/reporting/a.passport"], policies: two).exitCode == 0)
  }
}
