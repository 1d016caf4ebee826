import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol eligibility check` against the shipped state scholarship, from the log: dual students
/// are full-time and qualify; first-year students are paid before their first session.
@Suite struct StateScholarshipCommandTests {
  static let policy = ["--policy", "state-tvet-scholarship"]

  func decide(_ fixture: DecideFixture, _ id: String, asOf: String) throws -> [String: Any] {
    let result = fixture.jol(
      ["eligibility", "check", id, "--as-of", asOf, "--format", "json"] + Self.policy)
    #expect(result.exitCode == 0, "\(result.stderr)")
    return try #require(try jsonObjects(result.stdout).first)
  }

  @Test(
    "a dual, state-order, full-time student with only good grades is paid by level",
    arguments: [("3W07150501", "43574"), ("4S07150301", "41896")])
  func dualStudentWithGoodGrades(qualification: String, amount: String) throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent(
      "L-DUAL", serial: 31, gpa: "4.2", lowest: 4, dualTraining: true,
      qualification: qualification, appliedTo: nil)
    let decision = try decide(fixture, "L-DUAL", asOf: "2026-10-15")
    #expect(decision["outcome"] as? String == "eligible", "\(decision)")
    #expect((decision["amount"] as? [String: Any])?["value"] as? String == amount)
    #expect((decision["amount"] as? [String: Any])?["per"] as? String == "month")
    let text = fixture.jol(
      ["eligibility", "check", "L-DUAL", "--as-of", "2026-10-15"] + Self.policy)
    #expect(text.stdout.contains("eligible") && !text.stdout.contains("not eligible"))
  }

  /// The workplace part of dual training, imported as an enterprise placement, keeps a
  /// full-time state-order student at college: still eligible, dual training yes.
  @Test func aDualPlacementAtAnEnterpriseKeepsTheScholarship() throws {
    let fixture = try DecideFixture()
    let iin = try fixture.collegeStudent(
      "L-PLACED", serial: 35, gpa: "4.2", lowest: 4, qualification: "3W07150501",
      appliedTo: nil)
    try fixture.enterprise("940140000385")
    let file = try temporaryDirectory("jol-dual") + "/stages.csv"
    try
      "iin,stage,institution,kind,date\n\(iin.value),enterprise,940140000385,dual_training,2026-09-15\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let imported = fixture.jol(["import", "stages", file])
    #expect(imported.exitCode == 0, "\(imported.stderr)")
    let decision = try decide(fixture, "L-PLACED", asOf: "2026-10-15")
    #expect(decision["outcome"] as? String == "eligible", "\(decision)")
    #expect((decision["amount"] as? [String: Any])?["value"] as? String == "43574")
    let criteria = (decision["criteria"] as? [[String: Any]] ?? []).compactMap { $0["id"] }
    #expect(criteria.isEmpty, "nothing unmet: \(criteria)")
  }

  @Test func firstYearStudentWithoutASessionIsEligible() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent(
      "L-FIRST", serial: 32, gpa: nil, entered: "2026-09-01", appliedTo: nil)
    let decision = try decide(fixture, "L-FIRST", asOf: "2026-10-15")
    #expect(decision["outcome"] as? String == "eligible", "\(decision)")
    #expect((decision["amount"] as? [String: Any])?["value"] as? String == "41896")
    // A second-year student without a session result is not decided without it.
    try fixture.collegeStudent("L-SECOND", serial: 33, gpa: nil, appliedTo: nil)
    let second = try decide(fixture, "L-SECOND", asOf: "2026-10-15")
    #expect(second["outcome"] as? String == "needs-information")
    #expect(second["missing_facts"] as? [String] == ["lowest_grade"])
  }

  @Test func extramuralStudentIsNotFullTime() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent(
      "L-EXTRA", serial: 34, gpa: "4.5", lowest: 5, form: .extramural, appliedTo: nil)
    let decision = try decide(fixture, "L-EXTRA", asOf: "2026-10-15")
    #expect(decision["outcome"] as? String == "ineligible")
    let criteria = decision["criteria"] as? [[String: Any]] ?? []
    #expect(criteria.map { $0["id"] as? String } == ["not-full-time"])
  }
}
