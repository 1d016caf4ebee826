import Foundation
import Testing

/// The `jol` executable, run as a separate process as a person would.
@Suite struct ExecutableTests {
  @Test func idCheckEndToEnd() throws {
    let valid = try runJolExecutable(
      ["id", "check", "880515300120"], environment: ["JOL_LANG": "en"])
    #expect(valid.exitCode == 0)
    #expect(valid.stdout.contains("1988-05-15"))

    let invalid = try runJolExecutable(
      ["id", "check", "080315600017"], environment: ["JOL_LANG": "en"])
    #expect(invalid.exitCode == 65)
    #expect(invalid.stdout.contains("check digit should be 6"))
  }

  @Test func usageErrorsGoToStandardErrorWithExit64() throws {
    let result = try runJolExecutable(["reference", "regoins"], environment: ["JOL_LANG": "en"])
    #expect(result.exitCode == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("did you mean 'regions'?"))
  }

  @Test func demoRunsEveryStepEndToEnd() throws {
    let directory = try temporaryDirectory()
    let result = try runJolExecutable(
      ["demo", "--learners", "200", "--policies", repositoryRoot + "/Policies", "--lang", "en"],
      workingDirectory: directory)
    #expect(result.exitCode == 0, "\(result.stdout.suffix(2000))")
    for expected in [
      "$ jol import learners intake/roster.csv", "200 new learners",
      "check digit should be 6", "nothing was written", "log intact",
      "reproduced", "personal data of learner",
      "$ jol import diagnostics --instrument five-types", "$ jol diagnose recommend",
      "$ jol mentors assign", "$ jol mentors publish", "$ jol mentors verify",
      "$ jol round run --policy rural-youth-grant", "$ jol diagnose report",
      "$ jol report pathways", "$ jol report passport", "pupils with a diagnostic:",
    ] {
      #expect(result.stdout.contains(expected), "demo output lacks '\(expected)'")
    }
    // Every report the summary names was written.
    for report in ["pathways.html", "passport.html", "diagnostics-class.html"] {
      let path = directory + "/jol-demo/reports/" + report
      #expect(result.stdout.contains(path))
      #expect(FileManager.default.fileExists(atPath: path), "\(report)")
    }
    // Output stays short: no step shows more than its cap; the rest is kept in steps/NN.txt.
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count < 400, "\(lines.count) lines")
    let kept = result.stdout.components(separatedBy: "steps/").dropFirst().compactMap {
      $0.split(separator: " ").first.map { String($0.prefix(6)) }
    }
    #expect(!kept.isEmpty)
    for file in kept {
      let text = try String(contentsOfFile: directory + "/jol-demo/steps/" + file, encoding: .utf8)
      #expect(text.hasPrefix("$ jol "), "\(file)")
    }
    // The log and derived files hold no personal data: no IIN of the roster appears in them.
    let roster = try String(
      contentsOfFile: directory + "/jol-demo/intake/roster.csv", encoding: .utf8)
    let iins = roster.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.compactMap
    { $0.split(separator: ";").first }
    #expect(iins.count == 200)
    let log = contentsOfTree(directory + "/jol-demo/data/log").values
      .map { String(decoding: $0, as: UTF8.self) }.joined()
    #expect(!iins.contains { log.contains(String($0)) })
  }

  @Test func demoReplacesOnlyADemoDirectory() throws {
    let directory = try temporaryDirectory()
    try "keep".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
    let result = try runJolExecutable(
      ["demo", "--dir", ".", "--policies", repositoryRoot + "/Policies", "--lang", "en"],
      workingDirectory: directory)
    #expect(result.exitCode == 73)
    #expect(FileManager.default.fileExists(atPath: directory + "/notes.txt"))
  }
}
