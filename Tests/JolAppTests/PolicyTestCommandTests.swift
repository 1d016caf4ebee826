import Foundation
import Testing

@Suite struct PolicyTestCommandTests {
  @Test func everyShippedCasePasses() {
    let result = runJol(["policy", "test", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("PASS ") })
    #expect(lines.last?.hasPrefix("4 files: ") == true)
    #expect(lines.last?.hasSuffix(" passed, 0 failed") == true)
  }

  @Test func aFailingCaseIsReportedWithItsReasonAndExit1() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/state-tvet-scholarship.tests"
    try edit(file, replacing: "amount 43574 KZT per month", with: "amount 43575 KZT per month")
    let result = runJol(["policy", "test", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let failure = try #require(lines.firstIndex { $0.hasPrefix("FAIL ") })
    #expect(lines[failure].contains("state-tvet-scholarship.tests:"))
    #expect(lines[failure].hasSuffix(" worker qualification: 43 574 ₸, more than a specialist"))
    #expect(
      lines[failure + 1].contains("expected amount 43575 KZT per month, got 43574 KZT per month"))
    #expect(lines.last?.hasSuffix(" 1 failed") == true)
    let russian = runJol(["policy", "test", "--lang", "ru"], workingDirectory: root)
    #expect(
      russian.stdout.contains(
        "ожидалась сумма 43\u{00A0}575\u{00A0}₸ в месяц, а получено 43\u{00A0}574\u{00A0}₸ в месяц")
    )
  }

  @Test func policiesThatDoNotCheckExit65() throws {
    let root = try copyOfPolicies()
    try edit(
      root + "/Policies/grants/rural-youth-grant.policy", replacing: "require grade >= 9",
      with: "require grade >= nine")
    let result = runJol(["policy", "test", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Policies/grants/rural-youth-grant.policy:"))
  }

  @Test func jsonGivesOneObjectPerCase() throws {
    let root = try copyOfPolicies()
    try edit(
      root + "/Policies/grants/rural-youth-grant.tests", replacing: "expect eligible",
      with: "expect ineligible")
    let result = runJol(["policy", "test", "--format", "json"], workingDirectory: root)
    #expect(result.exitCode == 1)
    let rows = try jsonLines(result.stdout)
    let failed = rows.filter { $0["status"] as? String == "fail" }
    #expect(failed.count == 1)
    let row = try #require(failed.first)
    #expect(row["file"] as? String == "Policies/grants/rural-youth-grant.tests")
    #expect(
      (row["failures"] as? [String])?.first?.hasPrefix(
        "'ineligible' күтілді, бірақ нәтиже — 'eligible'")
        == true)
    #expect(rows.allSatisfy { ($0["line"] as? Int ?? 0) > 0 && $0["name"] is String })
  }
}
