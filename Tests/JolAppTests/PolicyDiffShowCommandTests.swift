import Foundation
import JolModel
import Testing

@testable import JolApp

@Suite struct PolicyDiffShowCommandTests {
  /// A copy of the rural youth grant with a higher GPA threshold and a higher tuition.
  func strictercopy() throws -> (root: String, facts: String) {
    let root = try copyOfPolicies()
    let new = root + "/new.policy"
    try FileManager.default.copyItem(
      atPath: root + "/Policies/grants/rural-youth-grant.policy", toPath: new)
    try edit(new, replacing: "version 1", with: "version 2")
    try edit(new, replacing: "from 2026-06-01 = 3.5", with: "from 2026-06-01 = 4.0")
    try edit(new, replacing: "from 2026-06-01 = 560000 KZT", with: "from 2026-06-01 = 600000 KZT")
    let facts = try writeFacts(
      [
        #"{"id": "A", "stage": "school", "grade": 11, "gpa": 3.7, "age": 17, "applied_on": "2026-07-01"}"#,
        #"{"id": "B", "stage": "school", "grade": 11, "gpa": 4.2, "age": 17, "applied_on": "2026-07-01"}"#,
        #"{"id": "C", "stage": "school", "grade": 11, "gpa": 3.0, "age": 17, "applied_on": "2026-07-01"}"#,
      ], in: root)
    return (root, facts)
  }

  @Test func diffReportsWhoLosesAndHowTheMoneyChanges() throws {
    let (root, facts) = try strictercopy()
    let result = runJol(
      [
        "policy", "diff", "Policies/grants/rural-youth-grant.policy", "new.policy", "--facts",
        facts,
        "--as-of", "2026-08-25", "--format", "json",
      ], workingDirectory: root)
    #expect(result.exitCode == 0)
    let rows = try jsonLines(result.stdout)
    #expect(rows.count == 3)
    #expect(rows[0]["subject"] as? String == "A")
    #expect(rows[0]["change"] as? String == "loses")
    #expect(rows[0]["new_reasons"] as? [String] == ["gpa-below-minimum"])
    #expect(rows[1]["subject"] as? String == "B")
    #expect(rows[1]["change"] as? String == "amount-up")
    let summary = rows[2]
    #expect(summary["population"] as? Int == 3)
    #expect(summary["gains"] as? Int == 0)
    #expect(summary["losses"] as? Int == 1)
    #expect(summary["old_total"] as? String == "1120000")
    #expect(summary["new_total"] as? String == "600000")
  }

  @Test func diffInTextAndGainsTheOtherWay() throws {
    let (root, facts) = try strictercopy()
    let result = runJol(
      [
        "policy", "diff", "new.policy", "Policies/grants/rural-youth-grant.policy", "--facts",
        facts,
        "--as-of", "2026-08-25", "--lang", "en",
      ], workingDirectory: root)
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("gain: 1; lose: 0"))
    #expect(result.stdout.contains("  A: gains: not eligible → eligible"))
    let kazakh = runJol(
      [
        "policy", "diff", "new.policy", "Policies/grants/rural-youth-grant.policy", "--facts",
        facts, "--as-of", "2026-08-25", "--lang", "kk",
      ], workingDirectory: root)
    #expect(kazakh.stdout.contains("ұтады: 1; ұтылады: 0"))
    #expect(kazakh.stdout.contains("  A: ұтады: тағайындалмайды → тағайындалады"))
  }

  @Test func diffNeedsAPopulation() throws {
    let result = runJol(
      ["policy", "diff", "a.policy", "b.policy", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 66 || result.exitCode == 64)
    let noFacts = runJol(
      [
        "policy", "diff", "Policies/grants/rural-youth-grant.policy",
        "Policies/grants/rural-youth-grant.policy", "--lang", "en", "--data",
        try temporaryDirectory() + "/absent",
      ], workingDirectory: repositoryRoot)
    #expect(noFacts.exitCode == 66)
    #expect(noFacts.stderr.contains("give --facts FILE.jsonl or import data"))
  }

  @Test func showSummarisesAPolicyInTheLanguage() {
    let result = runJol(
      ["policy", "show", "rural-youth-grant", "--lang", "ru", "--as-of", "2027-02-01"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let text = result.stdout
    #expect(text.hasPrefix("Региональный грант"))
    #expect(text.contains("(rural-youth-grant v1)"))
    #expect(text.contains("Действует: 2026-06-01 – 2027-08-31"))
    #expect(
      text.contains(
        "tuition = 560\u{00A0}000\u{00A0}₸ (с 2026-06-01); 590\u{00A0}000\u{00A0}₸ (с 2027-01-01)"))
    #expect(text.contains("Сумма: tuition = 590\u{00A0}000\u{00A0}₸ в год"))
    #expect(text.contains("• gpa-below-minimum:"))
    #expect(text.contains("Мест: 100"))
    #expect(text.contains("Квота rural: 35%"))
    #expect(text.contains("неиспользованные места переходят в общий конкурс"))
  }

  @Test func showNamesTheClosestPolicyForATypo() {
    let result = runJol(
      ["policy", "show", "rural-youth-grnt", "--lang", "kk"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains("«rural-youth-grant» болуы мүмкін бе?"))
  }

  @Test func policyCommandsEndToEnd() throws {
    let check = try runJolExecutable(
      ["policy", "check"], environment: ["JOL_LANG": "en"], workingDirectory: repositoryRoot)
    #expect(check.exitCode == 0)
    // Each reserved quota's seats, then the summary.
    #expect(
      check.stdout == """
        rural-youth-grant v1: quota 'rural' 35% — 35 of 100 seats
        rural-youth-grant v1: quota 'disability' 10% — 10 of 100 seats
        rural-youth-grant v1: quota 'orphans' 1% — 1 of 100 seats
        mentoring programmes checked: 1; no errors
        reporting files checked (passport, reporting.conf): 2; no errors
        policies checked: 4; no errors

        """)
    let directory = try temporaryDirectory()
    let facts = try writeFacts(
      [
        #"{"id": "E1", "stage": "college", "funding": "state_order", "form": "full_time", "qualification_level": "worker", "lowest_grade": 4, "categories": []}"#
      ],
      in: directory)
    let eval = try runJolExecutable(
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", facts, "--as-of",
        "2026-09-01", "--explain", "--format", "json",
      ], workingDirectory: repositoryRoot)
    #expect(eval.exitCode == 0)
    let row = try #require(try jsonLines(eval.stdout).first)
    #expect((row["amount"] as? [String: Any])?["value"] as? String == "43574")
  }
}

@Suite struct PolicyDiffOverTheDataDirectoryTests {
  @Test func withoutAFactsFileTheDataDirectoryIsThePopulation() throws {
    let root = try copyOfPolicies()
    let data = root + "/data"
    try SampleLearner.write(to: data)
    // The sample learner studies at a college on a state order, full time, with a session of
    // 4s and 5s: eligible for the state scholarship; a stricter copy demands only 5s.
    // (A session is the college's: the result is dated after the learner entered college.)
    let store = try JolApp.Store.openForWriting(testContext(data: data, at: noon("2026-09-30")))
    try store.append([
      [
        EventDraft(
          stream: .learner(SampleLearner.learner), effective: CivilDate("2026-09-30")!,
          event: .termResult(
            TermResult(
              term: "2025-2", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal(95),
              grades: [SubjectGrade(subject: "Математика", grade: 4)])))
      ]
    ])
    let new = root + "/strict.policy"
    try FileManager.default.copyItem(
      atPath: root + "/Policies/scholarships/state-tvet-scholarship.policy", toPath: new)
    try edit(new, replacing: "version 3", with: "version 4")
    try edit(new, replacing: "require lowest_grade >= 4", with: "require lowest_grade >= 5")
    let result = runJol(
      [
        "policy", "diff", "Policies/scholarships/state-tvet-scholarship.policy", "strict.policy",
        "--as-of", "2026-10-01", "--data", "data", "--format", "json",
      ], workingDirectory: root)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let rows = try jsonLines(result.stdout)
    #expect(rows.first?["subject"] as? String == SampleLearner.learner.rawValue)
    #expect(rows.first?["change"] as? String == "loses")
    #expect(rows.last?["population"] as? Int == 1)
  }

  @Test func anEmptyDataDirectoryAndNoFactsFileIsMissingInput() throws {
    let root = try copyOfPolicies()
    let policy = "Policies/scholarships/state-tvet-scholarship.policy"
    let result = runJol(
      ["policy", "diff", policy, policy, "--data", "nothing"], workingDirectory: root)
    #expect(result.exitCode == 66)
  }
}
