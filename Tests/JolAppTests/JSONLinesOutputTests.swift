import Foundation
import Testing

/// Issue #7 ("Trust"): every command's `--format json` is JSON Lines, as the README says — each
/// line of standard output is one JSON object — run on the demo's data directory.
@Suite(.serialized) struct JSONLinesOutputTests {
  /// The demo's directory (20 learners, a round recorded), made once for the suite.
  static let demo: Result<String, any Error> = Result {
    let directory = try temporaryDirectory("jol-jsonl")
    let result = runJol(
      [
        "demo", "--dir", directory, "--learners", "20", "--policies",
        repositoryRoot + "/Policies", "--lang", "en",
      ], workingDirectory: directory)
    guard result.exitCode == 0 else { throw TestbedError(String(result.stdout.suffix(2000))) }
    return directory
  }

  /// Runs `jol ARGUMENTS --format json` on the demo's data directory.
  static func jsonRun(_ arguments: [String]) throws -> JolOutput {
    let directory = try demo.get()
    return runJol(
      arguments + [
        "--format", "json", "--data", directory + "/data", "--policies",
        repositoryRoot + "/Policies", "--lang", "en",
      ], workingDirectory: directory)
  }

  /// An IIN of the demo's roster still in the vault (the featured learner is erased by the demo).
  static func learnerIIN() throws -> String {
    let roster = try String(
      contentsOfFile: try demo.get() + "/intake/roster.csv", encoding: .utf8)
    let line = roster.components(separatedBy: "\r\n")[2]
    return String(line.prefix { $0 != ";" })
  }

  /// The lines of `text` that do not parse as one JSON object each.
  static func linesNotJSONObjects(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
      .filter { line in
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
        return !(object is [String: Any])
      }
  }

  static let policy = repositoryRoot + "/Policies/scholarships/akim-named-scholarship.policy"

  @Test(arguments: [
    ["id", "check", "880515300120", "940140000385"],
    ["reference", "regions"],
    ["reference", "specialties"],
    ["reference", "lookup", "07150100"],
    ["policy", "check"],
    ["policy", "test"],
    [
      "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", "intake/what-if.jsonl",
      "--as-of", "2026-10-01",
    ],
    ["policy", "diff", policy, policy, "--as-of", "2026-10-01"],
    ["eligibility", "check", "IIN", "--as-of", "2026-10-01"],
    ["round", "show", "akim-named-scholarship-2026-10-01"],
    ["round", "replay", "akim-named-scholarship-2026-10-01"],
    ["round", "run", "--policy", "state-tvet-scholarship", "--as-of", "2026-10-01", "--dry-run"],
    ["learner", "show", "IIN"],
    [
      "import", "learners", "intake/roster.csv", "--dry-run", "--re-register", "--reason",
      "returned",
    ],
    ["import", "applications", "APPLICATIONS", "--dry-run"],
  ])
  func everyLineIsOneJSONObject(_ arguments: [String]) throws {
    let iin = try Self.learnerIIN()
    // The demo's own applications name the learner it erases at its end.
    let applications = try Self.demo.get() + "/applications-\(UUID().uuidString).csv"
    try "ИИН;policy;date\n\(iin);akim-named-scholarship;2026-09-10\n".write(
      toFile: applications, atomically: true, encoding: .utf8)
    let result = try Self.jsonRun(
      arguments.map { $0 == "IIN" ? iin : $0 == "APPLICATIONS" ? applications : $0 })
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(!result.stdout.isEmpty)
    #expect(result.stdout.hasSuffix("\n"))
    #expect(Self.linesNotJSONObjects(result.stdout).isEmpty, "\(result.stdout.prefix(500))")
  }

  @Test func learnerShowIsOneLine() throws {
    let result = try Self.jsonRun(["learner", "show", try Self.learnerIIN()])
    #expect(result.exitCode == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test func logStatsIsOneLine() throws {
    let result = try Self.jsonRun(["log", "stats"])
    #expect(result.exitCode == 0)
    #expect(Self.linesNotJSONObjects(result.stdout).isEmpty)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }
}
