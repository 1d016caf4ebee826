import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol diagnose rescore`: stored raw answers scored under another version become new results;
/// the old ones stay, both visible; a second run appends nothing.
@Suite struct DiagnosticRescoreTests {
  /// A copy of the policies with `five-types@2`: version 1 with a wider "pronounced" band
  /// (6–8), so the two versions band a 6 differently.
  static func policiesWithVersion2() throws -> String {
    let root = try copyOfPolicies()
    let one = root + "/Policies/diagnostics/five-types/1"
    let two = root + "/Policies/diagnostics/five-types/2"
    try FileManager.default.copyItem(atPath: one, toPath: two)
    let file = two + "/five-types.instrument"
    try edit(file, replacing: "version 1", with: "version 2")
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text = text.replacingOccurrences(of: "band medium 3..6", with: "band medium 3..5")
    text = text.replacingOccurrences(of: "band pronounced 7..8", with: "band pronounced 6..8")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return root + "/Policies"
  }

  @Test func theSameAnswersUnderTwoVersionsGiveBothResultsBothKept() throws {
    let testbed = try ImportTestbed()
    try testbed.importBasics()
    let policies = try Self.policiesWithVersion2()
    func jol(_ arguments: [String]) -> JolOutput {
      runJol(
        arguments + ["--data", testbed.data, "--policies", policies, "--lang", "en"],
        workingDirectory: testbed.directory)
    }
    let allA = (1...20).map { "\($0)a" }.joined(separator: " ")
    try testbed.export("7a.csv", "pupil;answers\n080315600016;\(allA)\n070514500011;\(allA)\n")
    let imported = jol([
      "import", "diagnostics", "--instrument", "five-types@1", "7a.csv", "--date", "2026-10-01",
    ])
    #expect(imported.exitCode == 0, "\(imported.stderr)")
    // Only one school's pupils: both are at KST-SCH-017; the other school has none.
    let none = jol([
      "diagnose", "rescore", "--instrument", "five-types@2", "--school", "KST-SCH-005",
    ])
    #expect(none.stdout.contains("results re-scored: 0"), "\(none.stdout)\(none.stderr)")
    let dry = jol(["diagnose", "rescore", "--instrument", "five-types@2", "--dry-run"])
    #expect(dry.stdout.contains("results re-scored: 2"))
    #expect(try Self.results(testbed).count == 1)
    let rescored = jol([
      "diagnose", "rescore", "--instrument", "five-types@2", "--school", "KST-SCH-017",
      "--format", "json",
    ])
    #expect(rescored.exitCode == 0, "\(rescored.stderr)")
    #expect(rescored.stdout.contains(#""appended":2"#), "\(rescored.stdout)")
    let results = try Self.results(testbed)
    #expect(results.map(\.instrument.description) == ["five-types@1", "five-types@2"])
    #expect(results.allSatisfy { $0.date == CivilDate("2026-10-01") })
    // nature 6: medium under version 1, pronounced under version 2.
    #expect(
      results.map { $0.scores.first { $0.scale == "nature" }?.band } == ["medium", "pronounced"])
    let again = jol(["diagnose", "rescore", "--instrument", "five-types@2", "--format", "json"])
    #expect(again.stdout.contains(#""appended":0"#))
    #expect(again.stdout.contains(#""already":2"#))
    #expect(try Self.results(testbed).count == 2)
    // Back under version 1: every sheet already has a version 1 result.
    let back = jol(["diagnose", "rescore", "--instrument", "five-types@1", "--format", "json"])
    #expect(back.stdout.contains(#""appended":0"#), "\(back.stdout)")
  }

  @Test func anUnknownSchoolIsExit65() throws {
    let testbed = try ImportTestbed()
    try testbed.importBasics()
    let result = testbed.jol([
      "diagnose", "rescore", "--instrument", "five-types@1", "--school", "NOPE",
    ])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("NOPE"))
  }

  static func results(_ testbed: ImportTestbed) throws -> [DiagnosticSummary] {
    let (state, vault) = try testbed.stateAndVault()
    let learner = try #require(vault.person(iin: "080315600016")?.learner)
    return state.learner(learner)?.diagnostics ?? []
  }
}
