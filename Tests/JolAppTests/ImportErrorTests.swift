import Foundation
import JolModel
import Testing

@testable import JolApp

/// A file with errors: every error listed with its place, exit 65, and the data directory byte
/// for byte as it was — also when it did not exist, and for a dry run.
@Suite struct ImportErrorTests {
  @Test func everyErrorIsListedAtOnceWithLineAndColumn() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("bad.csv", ImportFixtures.rosterWithErrors)
    let text = bed.jol(["import", "learners", "bad.csv"])
    #expect(text.exitCode == 65)
    #expect(text.stdout.isEmpty)
    #expect(
      text.stderr.contains(
        "bad.csv:2:1: field 1 «ЖСН»: IIN 08031*****17: check digit should be 6, found 7"))
    #expect(text.stderr.contains("bad.csv:3:"))
    #expect(text.stderr.contains("'13А': expected a grade 1–12"))
    #expect(text.stderr.contains("'неміс' is not a known language of instruction"))
    #expect(text.stderr.contains("bad.csv:4:"))
    #expect(text.stderr.contains("institution 'KST-SCH-999' is not registered"))
    #expect(text.stderr.contains("4 errors; nothing was written"))

    let json = bed.jol(["import", "learners", "bad.csv", "--format", "json"])
    #expect(json.exitCode == 65)
    let summary = try ImportTestbed.summary(json)
    let errors = try #require(summary["errors"] as? [[String: Any]])
    #expect(errors.count == 4)
    #expect(errors.map { $0["line"] as? Int } == [2, 3, 3, 4])
    #expect(errors[0]["field"] as? String == "ЖСН")
    #expect(errors[0]["column"] as? Int == 1)
    #expect(errors[0]["file"] as? String == "bad.csv")
    #expect((errors[3]["message"] as? String)?.contains("did you mean 'KST-SCH-0") == true)
    for error in errors {
      #expect(Set(error.keys) == ["file", "line", "column", "field", "message"])
    }
    #expect(summary["appended"] as? Int == 0)
  }

  @Test func aFileWithErrorsLeavesTheDataDirectoryByteForByteUnchanged() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "bad.csv",
      ImportFixtures.rosterWithErrors + "\n080315600016;X;Y;KST-SCH-017;9Ә;kk;391000000;39")
    let before = try #require(try fingerprint(bed.data))
    #expect(bed.jol(["import", "learners", "bad.csv"]).exitCode == 65)
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func aFileWithErrorsCreatesNoDataDirectory() throws {
    let bed = try ImportTestbed()
    try bed.export("bad.csv", ImportFixtures.rosterWithErrors)
    try bed.export(
      "institutions.csv",
      ImportFixtures.institutions.replacingOccurrences(
        of: "940140000385", with: "940140000384"))
    #expect(bed.jol(["import", "learners", "bad.csv"]).exitCode == 65)
    let institutions = bed.jol(["import", "institutions", "institutions.csv"])
    #expect(institutions.exitCode == 65)
    #expect(institutions.stderr.contains("BIN 940140000384"))
    #expect(try fingerprint(bed.data) == nil)
  }

  @Test func aDryRunWritesNothing() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    let fresh = bed.jol([
      "import", "institutions", "institutions.csv", "--dry-run", "--format", "json",
    ])
    #expect(fresh.exitCode == 0)
    let summary = try ImportTestbed.summary(fresh)
    #expect(summary["events"] as? Int == 5)
    #expect(summary["appended"] as? Int == 0)
    #expect(summary["dry_run"] as? Bool == true)
    #expect(try fingerprint(bed.data) == nil)

    try bed.importBasics()
    try bed.export("stages.csv", ImportFixtures.stages)
    let before = try fingerprint(bed.data)
    let dry = bed.jol(["import", "stages", "stages.csv", "--dry-run"])
    #expect(dry.exitCode == 0)
    #expect(dry.stdout.contains("3 events would be appended"))
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func rowsNamingUnknownLearnersOrOrganisationsAreErrors() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "stages.csv",
      """
      iin;stage;institution;specialty;form;funding;language;date;reason
      991231200027;college;KST-COL-01;06130100;full_time;state_order;kk;2027-09-01;enrolled
      080315600016;college;KST-COL-02;06130100;full_time;state_order;kk;2027-09-01;enrolled
      080315600016;college;KST-SCH-017;06130100;full_time;state_order;kk;2027-09-01;enrolled
      080315600016;college;KST-COL-01;06130199;dual;targeted_order;kk;2027-09-01;enrolled
      """)
    let result = bed.jol(["import", "stages", "stages.csv"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "stages.csv:2:1: field 1 «iin»: IIN 99123*****27 is not in the register"))
    #expect(result.stderr.contains("stages.csv:3:"))
    #expect(result.stderr.contains("institution 'KST-COL-02' is not registered"))
    #expect(result.stderr.contains("did you mean 'KST-COL-01'"))
    #expect(result.stderr.contains("'KST-SCH-017' is a school, but a college is expected here"))
    #expect(result.stderr.contains("stages.csv:5:"))
    #expect(result.stderr.contains("06130199"))

    try bed.export("demand.csv", "bin,specialty,count,year\n151041000806,07150100,5,2027\n")
    let demand = bed.jol(["import", "demand", "demand.csv"])
    #expect(demand.exitCode == 65)
    // A BIN, which cannot be an IIN (its 5th and 6th digits are no day), is shown as it is.
    #expect(demand.stderr.contains("enterprise BIN 151041000806 is not registered"))
  }

  @Test func aSplitOldSpecialtyCodeIsAskedAboutNotGuessed() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("demand.csv", "bin,specialty,count,year\n940140000385,1304000,3,2028\n")
    let result = bed.jol(["import", "demand", "demand.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("demand.csv:2:"))
    #expect(
      result.stderr.contains(
        "old code 1304000 maps to several specialties: 06130100, 06120100; name the specialty itself"
      ))
  }

  @Test func unknownRegionsAndDistrictsAreErrors() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "roster.csv",
      """
      iin;surname;name;school;grade;class;language;district;region
      080315600016;Ахметова;Аружан;KST-SCH-017;9;Ә;kk;391000000;Атлантида
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10;А;kk;351010000;39
      100101500012;Иванов;Дмитрий;KST-SCH-005;4;Б;ru;3910;39
      """)
    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("'Атлантида' is not a known region"))
    #expect(
      result.stderr.contains(
        "district 351010000 is in Karaganda Region, but the row's region is Kostanay Region"))
    #expect(result.stderr.contains("'3910' is not a KATO code"))
  }

  @Test func districtsMustBeDistrictLevelKATOUnitsAndOldCodesAreRecoded() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "roster.csv",
      """
      iin;surname;name;school;grade;class;language;district;region
      080315600016;Ахметова;Аружан;KST-SCH-017;9;Ә;kk;391010000;39
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10;А;kk;390000000;39
      100101500012;Иванов;Дмитрий;KST-SCH-005;4;Б;ru;395500000;39
      """)
    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "391010000 is a settlement г.Костанай (level 3), not a district; expected the district-level code 391000000"
      ))
    #expect(result.stderr.contains("390000000 is the region itself, not a district"))
    #expect(result.stderr.contains("nearest: 395000000"))

    // An old code of 2022 is recorded as the new one; the event keeps the code as written.
    try bed.export(
      "roster.csv",
      """
      iin;surname;name;school;grade;class;language;district;region
      080315600016;Ахметова;Аружан;KST-SCH-017;9;Ә;kk;632800000;10
      """)
    let recoded = bed.jol(["import", "learners", "roster.csv"])
    #expect(recoded.exitCode == 0, "\(recoded.stderr)")
    let (state, vault) = try bed.stateAndVault()
    let person = try #require(vault.person(iin: "080315600016"))
    let learner = try #require(state.learner(person.learner))
    #expect(learner.registration?.district == "101000000")
    #expect(learner.registration?.region == "10")
    let log = bed.jol(["log", "export"]).stdout
    #expect(
      log.contains(#""district":"101000000""#)
        && log.contains(#""district_recoded_from":"632800000""#))
  }

  @Test func anOrganisationWrittenWithAnOldDistrictCodeIsNotRegisteredAgain() throws {
    let bed = try ImportTestbed()
    let old = """
      code;kind;name_kk;name_ru;district;languages
      SEM-SCH-001;school;№1 мектеп;Школа №1;632800000;kk
      """
    try bed.export("institutions.csv", old)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    let (state, _) = try bed.stateAndVault()
    let school = try #require(state.institutions[InstitutionID("SEM-SCH-001")]?.registration)
    #expect(school.district == "101000000")
    #expect(school.districtRecodedFrom == nil)
    // Again as written, or with the new code: the same registration, nothing appended.
    for text in [old, old.replacingOccurrences(of: "632800000", with: "101000000")] {
      try bed.export("institutions.csv", text)
      let again = try ImportTestbed.summary(
        bed.jol(["import", "institutions", "institutions.csv", "--format", "json"]))
      #expect(again["appended"] as? Int == 0)
    }
  }

  @Test func aMissingColumnIsReportedAtTheHeader() throws {
    let bed = try ImportTestbed()
    try bed.export("roster.csv", "ЖСН;Тегі\n080315600016;Ахметова\n")
    let result = bed.jol(["import", "learners", "roster.csv", "--format", "json"])
    #expect(result.exitCode == 65)
    let errors = try #require(try ImportTestbed.summary(result)["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors[0]["line"] as? Int == 1)
    #expect((errors[0]["message"] as? String)?.contains("Аты") == true)
  }
}
