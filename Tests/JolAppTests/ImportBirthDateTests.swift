import Foundation
import JolModel
import Testing

@testable import JolApp

/// The roster's birth date (as НОБД exports it) is the one of record; the IIN's digits are only
/// a hint, used when no birth date is recorded. Differences and impossible digits are warnings.
@Suite struct ImportBirthDateTests {
  static let roster = """
    iin;surname;name;school;grade;class;language;district;region;date;birth_date
    070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10;А;kk;391000000;39;01.09.2026;20.06.2007
    080315600016;Ахметова;Аружан;KST-SCH-017;9;Ә;kk;391000000;39;01.09.2026;15.03.2008
    010229500016;Сейітов;Арман;KST-SCH-005;4;Б;ru;391000000;39;01.09.2026;
    """

  /// Ages on a day that tells the two dates of Nursultan apart: 18 from the roster's
  /// 2007-06-20, 19 from the IIN's 2007-05-14.
  static let asOf = CivilDate("2026-06-01")!

  private func age(_ iin: String, _ bed: ImportTestbed) throws -> Int? {
    let (state, vault) = try bed.stateAndVault()
    let person = try #require(vault.person(iin: iin))
    let learner = try #require(state.learner(person.learner))
    return LearnerFacts(learner: learner, birthDate: vault.birthDate(of: learner.id))
      .facts(asOf: Self.asOf, policy: nil).age
  }

  @Test func ageComesFromTheIINWhenNoBirthDateIsRecorded() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let (_, vault) = try bed.stateAndVault()
    #expect(vault.person(iin: "070514500011")?.birthDate == nil)
    // 2007-05-14 from the digits.
    #expect(try age("070514500011", bed) == 19)
  }

  @Test func theColumnIsRecordedAndADifferenceIsAWarningNotAnError() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("roster.csv", Self.roster)
    let result = bed.jol(["import", "learners", "roster.csv", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stdout) \(result.stderr)")
    let summary = try ImportTestbed.summary(result)
    #expect((summary["errors"] as? [Any])?.isEmpty == true)
    let warnings = try #require(summary["warnings"] as? [[String: Any]])
    #expect(warnings.count == 2)
    // Line 2: the roster's date differs from the IIN's.
    #expect(warnings[0]["line"] as? Int == 2)
    #expect(warnings[0]["field"] as? String == "birth_date")
    #expect(
      (warnings[0]["message"] as? String)?.hasPrefix(
        "the birth date differs from the date in the IIN's digits; not an error") == true)
    // Line 4: 2001-02-29 is no day, but the check digit is right: accepted.
    #expect(warnings[1]["line"] as? Int == 4)
    #expect(warnings[1]["field"] as? String == "iin")
    #expect(
      (warnings[1]["message"] as? String)?.hasPrefix("the date in the IIN's digits does not exist")
        == true)
    #expect(summary["learners_added"] as? Int == 1)

    let (_, vault) = try bed.stateAndVault()
    #expect(vault.person(iin: "070514500011")?.birthDate == CivilDate("2007-06-20"))
    #expect(vault.person(iin: "010229500016")?.birthDate == nil)
    // Age from the recorded birth date, not from the digits.
    #expect(try age("070514500011", bed) == 18)
    #expect(try age("080315600016", bed) == 18)
    // Neither a birth date nor a hint: age unknown.
    #expect(try age("010229500016", bed) == nil)

    // A later roster without the column keeps the recorded birth date.
    _ = bed.jol(["import", "learners", "roster.csv"])
    try bed.export("roster.csv", ImportFixtures.rosterKazakh)
    #expect(bed.jol(["import", "learners", "roster.csv"]).exitCode == 0)
    #expect(try age("070514500011", bed) == 18)
  }

  @Test func textSummaryListsWarningsAndABirthDateInTheFutureIsAnError() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("roster.csv", Self.roster)
    let result = bed.jol(["import", "learners", "roster.csv", "--dry-run"])
    #expect(result.exitCode == 0)
    #expect(result.stderr.contains("warning: roster.csv:2:"))
    #expect(!result.stderr.contains("2007"))
    try bed.export(
      "roster.csv", Self.roster.replacingOccurrences(of: "20.06.2007", with: "20.06.2099"))
    let future = bed.jol(["import", "learners", "roster.csv", "--effective", "2026-09-01"])
    #expect(future.exitCode == 65)
    #expect(future.stderr.contains("birth date 2099-06-20 is in the future"))
  }

  @Test func theVaultKeepsBirthDatesAndReadsOlderVaultsWithoutTheColumn() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("roster.csv", Self.roster)
    _ = bed.jol(["import", "learners", "roster.csv"])
    let people = try String(contentsOfFile: bed.data + "/vault/people.csv", encoding: .utf8)
    #expect(people.hasPrefix("learner_id,iin,surname,name,patronymic,phone,email,birth_date\n"))
    #expect(people.contains(",2007-06-20\n"))
    // A vault written before the column existed.
    let old =
      people.split(separator: "\n").map { line in
        line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(
          separator: ",")
      }.joined(separator: "\n") + "\n"
    try Data(old.utf8).write(to: URL(fileURLWithPath: bed.data + "/vault/people.csv"))
    let (_, vault) = try bed.stateAndVault()
    #expect(vault.person(iin: "070514500011")?.birthDate == nil)
    #expect(try age("070514500011", bed) == 19)
  }
}
