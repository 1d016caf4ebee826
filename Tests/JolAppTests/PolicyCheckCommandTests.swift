import Foundation
import Testing

@Suite struct PolicyCheckCommandTests {
  @Test func theShippedPoliciesCheckClean() {
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    #expect(result.stdout == "4 policies checked: no errors\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func aTypoIsReportedAtItsLineAndColumnWithExit65() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/grants/rural-youth-grant.policy"
    try edit(file, replacing: "require gpa >= min_gpa", with: "require gpaa >= min_gpa")
    let place = try position(of: "gpaa", in: String(contentsOfFile: file, encoding: .utf8))
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    // The now unused parameter min_gpa is reported too.
    #expect(
      lines.contains(
        "Policies/grants/rural-youth-grant.policy:\(place.line):\(place.column): error: unknown fact 'gpaa': did you mean 'gpa'?"
      ))
    #expect(lines.last == "4 policies checked: 2 error(s), 1 policies unusable")

    // The same diagnostic in the reader's language: the error word and the message.
    let place2 = "Policies/grants/rural-youth-grant.policy:\(place.line):\(place.column)"
    let kazakh = runJol(["policy", "check", "--lang", "kk"], workingDirectory: root)
    #expect(
      kazakh.stdout.split(separator: "\n").contains(
        "\(place2): қате: 'gpaa' деген факт жоқ: 'gpa' болуы мүмкін бе?"))
    #expect(
      kazakh.stdout.contains(
        "қате: 'min_gpa' параметрі ешқайда қолданылмайды: оны қолданыңыз немесе алып тастаңыз"))
    let russian = runJol(
      ["policy", "check", "--lang", "ru", "--format", "json"], workingDirectory: root)
    let rows = try jsonLines(russian.stdout)
    #expect(
      rows.contains { $0["message"] as? String == "неизвестный факт 'gpaa': может быть, 'gpa'?" })
  }

  @Test func theSummaryIsInTheChosenLanguage() throws {
    let root = try copyOfPolicies()
    try edit(
      root + "/Policies/grants/rural-youth-grant.policy", replacing: "require age <= 24",
      with: "require age <= 24 years")
    let kazakh = runJol(["policy", "check", "--lang", "kk"], workingDirectory: root)
    #expect(kazakh.exitCode == 65)
    #expect(kazakh.stdout.hasSuffix("4 ереже тексерілді: 2 қате, 1 ереже қолданысқа жарамсыз\n"))
    let russian = runJol(["policy", "check", "--lang", "ru"], workingDirectory: root)
    #expect(russian.stdout.hasSuffix("проверено политик: 4; ошибок: 2, непригодных политик: 1\n"))
  }

  @Test func jsonGivesOneObjectPerDiagnostic() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/akim-named-scholarship.policy"
    try edit(file, replacing: "require course >= 2", with: "require cuorse >= 2")
    try edit(file, replacing: "require lowest_grade >= 4", with: "require lowest_grade >= four")
    let result = runJol(
      ["policy", "check", "Policies/scholarships", "--format", "json"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let rows = try jsonLines(result.stdout)
    #expect(rows.count >= 2)
    let first = try #require(rows.first)
    #expect(first["file"] as? String == "Policies/scholarships/akim-named-scholarship.policy")
    #expect(first["severity"] as? String == "error")
    #expect((first["message"] as? String)?.contains("cuorse") == true)
    let place = try position(of: "cuorse", in: String(contentsOfFile: file, encoding: .utf8))
    #expect(first["line"] as? Int == place.line)
    #expect(first["column"] as? Int == place.column)
    #expect(rows.allSatisfy { Set($0.keys) == ["file", "line", "column", "severity", "message"] })
    #expect(!result.stderr.isEmpty)  // the summary, kept out of the JSON stream
  }

  @Test func namedFilesAreCheckedAndMissingOnesExit66() throws {
    let one = runJol(
      ["policy", "check", "Policies/grants/dual-training-grant.policy", "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(one.exitCode == 0)
    #expect(one.stdout == "1 policies checked: no errors\n")
    let missing = runJol(
      ["policy", "check", "--lang", "en"], workingDirectory: try temporaryDirectory())
    #expect(missing.exitCode == 66)
    #expect(missing.stderr.contains("Policies not found"))
  }
}
