import Foundation
import Testing

@Suite struct PolicyCheckCommandTests {
  @Test func theShippedPoliciesCheckClean() {
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    // Each reserved quota's seats, then the summary.
    #expect(
      result.stdout == """
        rural-youth-grant v1: quota 'rural' 35% — 35 of 100 seats
        rural-youth-grant v1: quota 'disability' 10% — 10 of 100 seats
        rural-youth-grant v1: quota 'orphans' 1% — 1 of 100 seats
        mentoring programmes checked: 1; no errors
        reporting files checked (passport, reporting.conf): 2; no errors
        policies checked: 4; no errors

        """)
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
    #expect(lines.last == "policies checked: 4; errors: 2, policies unusable: 1")

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
    #expect(
      kazakh.stdout.hasSuffix(
        "тексерілген қағида файлдары: 4; қателер: 2, жарамсыз қағида файлдары: 1\n"))
    let russian = runJol(["policy", "check", "--lang", "ru"], workingDirectory: root)
    #expect(russian.stdout.hasSuffix("проверено правил: 4; ошибок: 2, непригодных правил: 1\n"))
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
    #expect(one.stdout == "policies checked: 1; no errors\n")
    let missing = runJol(
      ["policy", "check", "--lang", "en", "--policies", "Policies"],
      workingDirectory: try temporaryDirectory())
    #expect(missing.exitCode == 66)
    #expect(missing.stderr.contains("Policies not found"))
  }

  /// A code the TVET classifier does not know, in the akim's deficit list: reported at the
  /// literal with the nearest known code, by `check` and by every command that reads policies.
  @Test func anUnknownSpecialtyCodeIsReportedWithTheNearestKnownOne() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/akim-named-scholarship.policy"
    try edit(file, replacing: "07161300,", with: "07161390,")
    let place = try position(of: "07161390", in: String(contentsOfFile: file, encoding: .utf8))
    let here = "Policies/scholarships/akim-named-scholarship.policy:\(place.line):\(place.column)"
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(here): error: unknown specialty code 07161390; nearest known: 07161300 'Maintenance, repair and operation of motor vehicles' (known codes: reference/tvet-specialties.csv)"
    )
    #expect(lines.last == "policies checked: 4; errors: 1, policies unusable: 1")
    let kazakh = runJol(["policy", "check", "--lang", "kk"], workingDirectory: root)
    #expect(
      kazakh.stdout.contains(
        "\(here): қате: 07161390 мамандық коды классификаторда жоқ; ең жақыны: 07161300"))

    // The file named on its own finds the classifier of the directory above it.
    let one = runJol(
      ["policy", "check", "Policies/scholarships/akim-named-scholarship.policy", "--lang", "ru"],
      workingDirectory: root)
    #expect(one.exitCode == 65)
    #expect(
      one.stdout.contains("\(here): ошибка: кода специальности 07161390 нет в классификаторе"))

    for command in [["policy", "test"], ["policy", "show", "akim-named-scholarship"]] {
      let other = runJol(command + ["--lang", "en"], workingDirectory: root)
      #expect(other.exitCode == 65, "\(command)")
      #expect(other.stderr.contains("\(here): error: unknown specialty code 07161390"))
    }
    // Deciding reads the same directory: nothing is decided by a policy that does not check.
    let deciding = runJol(
      ["eligibility", "check", "--all", "--data", root + "/jol-data", "--lang", "en"],
      workingDirectory: root)
    #expect(deciding.exitCode == 65)
    #expect(deciding.stderr.contains("\(here): error: unknown specialty code 07161390"))
  }

  /// An old seven-digit code is reported with the new code it maps to.
  @Test func anOldSevenDigitCodeNamesItsNewCode() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/akim-named-scholarship.policy"
    try edit(file, replacing: "07150500,", with: "1114000,")
    let place = try position(of: "1114000", in: String(contentsOfFile: file, encoding: .utf8))
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stdout.contains(
        "akim-named-scholarship.policy:\(place.line):\(place.column): error: '1114000' is not a specialty code: 8 digits expected (e.g. 06130100); this is an old 7-digit code, the new one is 07150500"
      ))
  }

  /// Without a `reference/` directory the codes are checked against the classifier built into
  /// jol. With one that lacks a file, the check fails rather than half-checks.
  @Test func withoutReferenceTheBuiltInClassifierChecksAndAnIncompleteOneFails() throws {
    let directory = try temporaryDirectory()
    let text = try String(
      contentsOfFile: repositoryRoot + "/Policies/scholarships/akim-named-scholarship.policy",
      encoding: .utf8
    ).replacingOccurrences(of: "07161300,", with: "07161390,")
    try text.write(toFile: directory + "/bare.policy", atomically: true, encoding: .utf8)
    let bare = runJol(
      ["policy", "check", "bare.policy", "--lang", "en"], workingDirectory: directory)
    #expect(bare.exitCode == 65)
    #expect(bare.stdout.contains("bare.policy:25:3: error: unknown specialty code 07161390"))

    let root = try copyOfPolicies()
    try FileManager.default.removeItem(atPath: root + "/Policies/reference/qualifications.csv")
    let broken = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(broken.exitCode == 66)
    #expect(broken.stderr.contains("reference/qualifications.csv not found"))
  }
}
