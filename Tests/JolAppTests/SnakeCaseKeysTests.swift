import Foundation
import Testing

/// Issue #8: every object key at every depth of every command's `--format json` output is
/// snake_case, so that a user's script never has to guess `asOf` or `as_of`.
@Suite(.serialized) struct SnakeCaseKeysTests {
  /// Whether `key` matches `^[a-z][a-z0-9_]*$`.
  static func isSnakeCase(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return key.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
    }
  }

  /// Every key of `value` that is not snake_case, with its path.
  static func badKeys(_ value: Any, path: String = "") -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { key, member in
        (isSnakeCase(key) ? [] : [path + "." + key]) + badKeys(member, path: path + "." + key)
      }
    }
    if let array = value as? [Any] {
      return array.enumerated().flatMap { badKeys($1, path: path + "[\($0)]") }
    }
    return []
  }

  @Test func snakeCaseRule() {
    #expect(Self.isSnakeCase("as_of"))
    #expect(Self.isSnakeCase("sha256"))
    #expect(!Self.isSnakeCase("asOf"))
    #expect(!Self.isSnakeCase("learner.registered"))
    #expect(!Self.isSnakeCase("_x"))
    #expect(Self.badKeys(["a": [["textHash": 1]]]) == [".a[0].textHash"])
  }

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
    [
      "policy", "diff", JSONLinesOutputTests.policy, JSONLinesOutputTests.policy, "--as-of",
      "2026-10-01",
    ],
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
    ["log", "stats"],
    ["log", "salvage", "--into", "NEW-DIR"],
  ])
  func everyKeyIsSnakeCase(_ arguments: [String]) throws {
    let iin = try JSONLinesOutputTests.learnerIIN()
    let directory = try JSONLinesOutputTests.demo.get()
    let applications = directory + "/applications-\(UUID().uuidString).csv"
    try "ИИН;policy;date\n\(iin);akim-named-scholarship;2026-09-10\n".write(
      toFile: applications, atomically: true, encoding: .utf8)
    let salvaged = directory + "/salvaged-\(UUID().uuidString)"
    let result = try JSONLinesOutputTests.jsonRun(
      arguments.map {
        switch $0 {
        case "IIN": iin
        case "APPLICATIONS": applications
        case "NEW-DIR": salvaged
        default: $0
        }
      })
    #expect(result.exitCode == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      let bad = Self.badKeys(object)
      #expect(bad.isEmpty, "\(arguments.prefix(2)): \(bad)")
    }
  }
}
