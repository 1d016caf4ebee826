import Foundation
import JolModel
import Synchronization
import Testing

@testable import JolApp

/// `jol init` and `jol import …`: every kind from spreadsheet exports with Kazakh and Russian
/// headers, what is written where, and what is not.
@Suite struct ImportCommandTests {
  @Test func initCreatesTheDataDirectoryOwnerOnlyAndIsIdempotent() throws {
    let bed = try ImportTestbed()
    let first = bed.jol(["init"])
    #expect(first.exitCode == 0)
    #expect(first.stdout.contains(bed.data))
    for sub in ["", "/log", "/vault", "/snapshots"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: bed.data + sub)
      #expect(attributes[.posixPermissions] as? Int == 0o700, "\(sub)")
    }
    let before = try fingerprint(bed.data)
    let second = bed.jol(["init"])
    #expect(second.exitCode == 0)
    #expect(second.stdout.contains("already exists"))
    // The lock file holds the writer's pid; a second init does not open the log for writing.
    #expect(try fingerprint(bed.data) == before)
  }

  /// An import leaves its rows and plan to a console that keeps them until the process exits
  /// (the `jol` process's), whether it wrote or had nothing to write; the data is the same.
  @Test func anImportLeavesItsPlanToAConsoleThatKeepsIt() throws {
    let bed = try ImportTestbed()
    #expect(bed.jol(["init"]).exitCode == 0)
    try bed.export("institutions.csv", ImportFixtures.institutions)
    let kept = Mutex<[Int]>([])
    var console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 1_795_928_400 },
      workingDirectory: bed.directory)
    console.keepUntilExit = { value in
      // The plan's batches: one per row that changes something.
      let plan = Mirror(reflecting: value).children.lazy.compactMap { $0.value as? ImportPlan }
      kept.withLock { $0.append(plan.first?.batches.count ?? -1) }
    }
    let arguments = [
      "import", "institutions", "institutions.csv", "--data", bed.data, "--policies",
      repositoryRoot + "/Policies",
    ]
    #expect(Jol.run(arguments, console: console) == 0)
    #expect(Jol.run(arguments, console: console) == 0)
    #expect(kept.withLock { $0 } == [5, 0], "written, then nothing to write")
    let (state, _) = try bed.stateAndVault()
    #expect(state.institutions.count + state.enterprises.count == 5)
  }

  @Test func institutionsFromASpreadsheetExportWithKazakhHeaders() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    let result = bed.jol(["import", "institutions", "institutions.csv", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let summary = try ImportTestbed.summary(result)
    #expect(summary["rows"] as? Int == 5)
    #expect(summary["appended"] as? Int == 5)
    let (state, _) = try bed.stateAndVault()
    let college = try #require(state.institutions[InstitutionID("KST-COL-01")]?.registration)
    #expect(college.kind == .college)
    #expect(college.languages == [.kk, .ru])
    // The old code 1114000 is the classifier's 07150500.
    #expect(
      college.specialties == [
        SpecialtyOffer(specialty: SpecialtyCode(rawValue: "07150100"), intake: 75),
        SpecialtyOffer(specialty: SpecialtyCode(rawValue: "07150500"), intake: 50),
      ])
    let enterprise = try #require(state.enterprises[EnterpriseID("940140000385")]?.registration)
    #expect(enterprise.capacity == 40)
    #expect(enterprise.names.ru == "ТОО «Сарыарка Агромаш»")
  }

  @Test func rosterWithKazakhHeadersGoesToTheVaultAndTheLog() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let (state, vault) = try bed.stateAndVault()
    let person = try #require(vault.person(iin: "080315600016"))
    #expect(person.surname == "Ахметова")
    #expect(person.patronymic == "Серікқызы")
    #expect(person.phone == "+7 701 123 45 67")
    #expect(person.learner.rawValue.count == 17 && person.learner.rawValue.hasPrefix("L"))
    let learner = try #require(state.learner(person.learner))
    #expect(learner.registration?.district == "391000000")
    #expect(learner.registration?.region == "39")
    let placement = SchoolPlacement(
      institution: "KST-SCH-017", grade: 9, className: "Ә", language: .kk)
    #expect(learner.current?.placement == .school(placement))
    #expect(learner.current?.from == CivilDate("2026-09-01"))
    #expect(learner.categories(on: CivilDate("2026-10-01")!) == [.largeFamily, .rural])
    #expect(learner.categories.first { $0.category == .rural }?.from == CivilDate("2024-09-01"))
    #expect(learner.consents.count == 1)
    let consent = try #require(vault.consents[learner.consents[0].reference])
    #expect(consent.givenBy == .representative)
    #expect(consent.representative == "Ахметов Серік")
    let second = try #require(vault.person(iin: "070514500011"))
    #expect(state.learner(second.learner)?.current?.placement.stage == .school)
    #expect(
      vault.consents.values.contains { $0.learner == second.learner && $0.givenBy == .learner })
    #expect(vault.people.count == 3)
  }

  @Test func rosterWithRussianHeadersAndSeparateClassLetter() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.write("roster-ru.csv", Array(ImportFixtures.rosterRussian.utf8))
    let result = bed.jol(["import", "learners", "roster-ru.csv"], lang: "ru")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("записано событий: 2"))
    let (state, vault) = try bed.stateAndVault()
    let learner = try #require(vault.person(iin: "000229500018")?.learner)
    #expect(
      state.learner(learner)?.current?.placement
        == .school(
          SchoolPlacement(institution: "KST-SCH-005", grade: 11, className: "В", language: .ru)))
    #expect(state.learner(learner)?.categories(on: CivilDate("2026-09-01")!) == [.lowIncome])
  }

  @Test func stagesGradesAndDemandWithLocalWords() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("stages.csv", ImportFixtures.stages)
    try bed.export("grades.csv", ImportFixtures.grades)
    try bed.export("demand.csv", ImportFixtures.demand)
    for kind in ["stages", "grades", "demand"] {
      let result = bed.jol(["import", kind, kind + ".csv"])
      #expect(result.exitCode == 0, "\(kind): \(result.stderr)")
    }
    let (state, vault) = try bed.stateAndVault()
    let aruzhan = try learnerState("080315600016", state, vault)
    #expect(aruzhan.history.count == 2)
    #expect(aruzhan.history[0].until == CivilDate("2027-06-30"))
    #expect(aruzhan.history[0].exitReason == .graduated)
    #expect(
      aruzhan.current?.placement
        == .college(
          CollegePlacement(
            institution: "KST-COL-01", specialty: SpecialtyCode(rawValue: "06130100"),
            form: .fullTime, funding: .stateOrder, language: .ru)))
    #expect(aruzhan.lastTerm?.gpa == FixedDecimal("4.5"))
    #expect(aruzhan.lastTerm?.attendance == FixedDecimal("96"))
    // "Математика:5; Физика:4": the lowest of the two grades read, and both recorded.
    #expect(aruzhan.lastTerm?.lowestGrade == 4)
    #expect(
      aruzhan.recordedTerm("2026-1")?.digest
        == TermResult(
          term: "2026-1", gpa: FixedDecimal("4.5")!, attendance: FixedDecimal("96")!,
          grades: [
            SubjectGrade(subject: "Математика", grade: 5),
            SubjectGrade(subject: "Физика", grade: 4),
          ]
        ).digest)
    let nursultan = try learnerState("070514500011", state, vault)
    #expect(
      nursultan.current?.placement
        == .enterprise(EnterprisePlacement(enterprise: "940140000385", kind: .employment)))
    #expect(nursultan.lastTerm?.attendance == FixedDecimal("88.5"))
    let demand = try #require(state.enterprises[EnterpriseID("940140000385")]).demand
    #expect(demand.map(\.count) == [12, 3])
    #expect(demand[1].specialty == SpecialtyCode(rawValue: "07150500"))
  }

  @Test func theSameFileTwiceAppendsNothingAndWritesNothing() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("stages.csv", ImportFixtures.stages)
    try bed.export("grades.csv", ImportFixtures.grades)
    try bed.export("demand.csv", ImportFixtures.demand)
    for kind in ["stages", "grades", "demand"] { _ = bed.jol(["import", kind, kind + ".csv"]) }
    let before = try fingerprint(bed.data)
    for (kind, file, rows) in [
      ("institutions", "institutions.csv", 5), ("learners", "roster.csv", 3),
      ("stages", "stages.csv", 3), ("grades", "grades.csv", 2), ("demand", "demand.csv", 2),
    ] {
      let result = bed.jol(["import", kind, file, "--format", "json"])
      #expect(result.exitCode == 0)
      let summary = try ImportTestbed.summary(result)
      #expect(summary["appended"] as? Int == 0, "\(kind)")
      #expect(summary["duplicates"] as? Int == rows, "\(kind)")
    }
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func aChangedRowAppendsOnlyItsCorrection() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    // A year later: Aruzhan is in 10Ә, no longer of a large family; the others are unchanged.
    let nextYear = ImportFixtures.rosterKazakh
      .replacingOccurrences(
        of: "9Ә;қазақ;391000000;Қостанай облысы;\"ауыл (01.09.2024); көп балалы\";01.09.2026",
        with: "10Ә;қазақ;391000000;Қостанай облысы;ауыл (01.09.2024);01.09.2027")
    try bed.export("roster.csv", nextYear)
    let result = bed.jol(["import", "learners", "roster.csv", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let summary = try ImportTestbed.summary(result)
    #expect(summary["appended"] as? Int == 2)
    #expect(summary["duplicates"] as? Int == 2)
    let (state, vault) = try bed.stateAndVault()
    let learner = try learnerState("080315600016", state, vault)
    #expect(learner.history.count == 2)
    #expect(learner.current?.entryReason == .promoted)
    #expect(learner.categories(on: CivilDate("2027-09-01")!) == [.rural])
    #expect(learner.categories(on: CivilDate("2027-08-31")!) == [.largeFamily, .rural])

    // A correction of the same day replaces the placement recorded that day.
    try bed.export("roster.csv", nextYear.replacingOccurrences(of: "10Ә;", with: "10Б;"))
    let corrected = try ImportTestbed.summary(
      bed.jol(["import", "learners", "roster.csv", "--format", "json"]))
    #expect(corrected["appended"] as? Int == 1)
    let (after, _) = try bed.stateAndVault()
    let current = after.learner(learner.id)?.current
    #expect(
      current?.placement
        == .school(
          SchoolPlacement(institution: "KST-SCH-017", grade: 10, className: "Б", language: .kk)))
    #expect(current?.entryReason == .promoted)
    #expect(after.learner(learner.id)?.history.count == 2)

    // A changed term result is appended as a correction.
    try bed.export("grades.csv", ImportFixtures.grades)
    _ = bed.jol(["import", "grades", "grades.csv"])
    try bed.export("grades.csv", ImportFixtures.grades.replacingOccurrences(of: "4,5", with: "4,6"))
    let grades = try ImportTestbed.summary(
      bed.jol(["import", "grades", "grades.csv", "--format", "json"]))
    #expect(grades["appended"] as? Int == 1)
    #expect(grades["duplicates"] as? Int == 1)
    #expect(try bed.stateAndVault().0.learner(learner.id)?.lastTerm?.gpa == FixedDecimal("4.6"))
  }

  @Test func personalDataNeverReachesTheLogOrDerivedFiles() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.write("roster-ru.csv", Array(ImportFixtures.rosterRussian.utf8))
    _ = bed.jol(["import", "learners", "roster-ru.csv"])
    for kind in ["stages", "grades"] {
      try bed.export(
        kind + ".csv", kind == "stages" ? ImportFixtures.stages : ImportFixtures.grades)
      _ = bed.jol(["import", kind, kind + ".csv"])
    }
    var checked = 0
    for directory in ["log", "snapshots"] {
      let path = bed.data + "/" + directory
      for entry in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path + "/" + entry))
        let text = String(decoding: data, as: UTF8.self)
        for value in ImportFixtures.personalData {
          #expect(!text.contains(value), "\(directory)/\(entry) holds \(value)")
        }
        checked += 1
      }
    }
    #expect(checked >= 1)
    // The vault is where they are.
    let people = try String(contentsOfFile: bed.data + "/vault/people.csv", encoding: .utf8)
    #expect(people.contains("Ахметова") && people.contains("080315600016"))
    let attributes = try FileManager.default.attributesOfItem(
      atPath: bed.data + "/vault/people.csv")
    #expect(attributes[.posixPermissions] as? Int == 0o600)
  }

  @Test func theExecutableImportsAndReportsErrorsWithExitCodes() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    try bed.export("bad.csv", ImportFixtures.rosterWithErrors)
    let common = ["--data", bed.data, "--policies", repositoryRoot + "/Policies", "--lang", "kk"]
    let ok = try runJolExecutable(
      ["import", "institutions", "institutions.csv"] + common, workingDirectory: bed.directory)
    #expect(ok.exitCode == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("5 оқиға жазылды"))
    let bad = try runJolExecutable(
      ["import", "learners", "bad.csv"] + common, workingDirectory: bed.directory)
    #expect(bad.exitCode == 65)
    #expect(bad.stderr.contains("ЖСН 08031*****17: бақылау цифры 6 болуы керек"))
    let missing = try runJolExecutable(
      ["import", "learners", "nope.csv"] + common, workingDirectory: bed.directory)
    #expect(missing.exitCode == 66)
  }
}
