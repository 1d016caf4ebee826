import Foundation
import JolModel
import Testing

@testable import JolApp

/// Paths: a data directory that does not exist is not an empty region, `init` and imports
/// create only where nothing is (or an empty directory), permissions are owner-only, and Jol
/// follows no symbolic link inside its data directory.
@Suite struct DataDirectoryTests {
  @Test(arguments: [
    ["log", "verify"], ["log", "stats"], ["log", "export"], ["learner", "show", "L1"],
    ["eligibility", "check", "--all"], ["round", "show", "r1"],
    ["round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15"],
    ["forget", "070514500011", "--reason", "request 1"],
  ])
  func aMissingDataDirectoryIsNotAnEmptyRegion(_ command: [String]) throws {
    let missing = try temporaryDirectory() + "/mistyped"
    let result = runJol(
      command + ["--data", missing, "--policies", repositoryRoot + "/Policies", "--lang", "en"])
    #expect(result.exitCode == 66, "\(command): \(result.stderr)")
    #expect(result.stderr.contains("no data directory at \(missing)"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: missing), "nothing created")
  }

  @Test func anEmptyPathIsAUsageError() {
    #expect(runJol(["log", "verify", "--data", ""]).exitCode == 64)
    #expect(runJol(["log", "verify"], environment: ["JOL_DATA": ""]).exitCode == 64)
    #expect(runJol(["policy", "check", "--policies", " "]).exitCode == 64)
  }

  @Test func initAndImportsRefuseADirectoryHoldingOtherThings() throws {
    let home = try temporaryDirectory()
    try Data("notes".utf8).write(to: URL(fileURLWithPath: home + "/notes.txt"))
    let before = try fingerprint(home)
    let initialised = runJol(["init", "--data", home, "--lang", "en"])
    #expect(initialised.exitCode == 73)
    #expect(initialised.stderr.contains("not empty and not a Jol data directory"))
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    let imported = runJol(
      ["import", "institutions", bed.directory + "/institutions.csv", "--data", home])
    #expect(imported.exitCode == 73, "\(imported.stderr)")
    #expect(try fingerprint(home) == before)
    // The filesystem root is such a directory.
    let root = runJol(["init", "--data", "/"])
    #expect(root.exitCode == 73)
    #expect(!FileManager.default.fileExists(atPath: "/log"))
  }

  @Test func initTightensLoosePermissions() throws {
    let empty = try temporaryDirectory()
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: empty)
    #expect(runJol(["init", "--data", empty, "--lang", "en"]).stdout.contains("Created"))
    #expect(try permissions(empty) == 0o700)
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: empty)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: empty + "/vault")
    let again = runJol(["init", "--data", empty, "--lang", "en"])
    #expect(again.stdout.contains("already exists"))
    #expect(try permissions(empty) == 0o700)
    #expect(try permissions(empty + "/vault") == 0o700)
  }

  @Test func aSymlinkedLockIsNotWrittenThrough() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let victim = bed.directory + "/victim.txt"
    try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.removeItem(atPath: bed.data + "/log/lock")
    try FileManager.default.createSymbolicLink(
      atPath: bed.data + "/log/lock", withDestinationPath: victim)
    try bed.export("roster2.csv", ImportFixtures.rosterRussian)
    let result = bed.jol(["import", "learners", "roster2.csv"])
    #expect(result.exitCode != 0)
    #expect(result.stderr.contains("symbolic link"), "\(result.stderr)")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
  }

  @Test(arguments: ["log", "vault", "snapshots"])
  func aSymlinkedDirectoryIsRefused(_ name: String) throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let elsewhere = bed.directory + "/elsewhere"
    try FileManager.default.createDirectory(
      atPath: bed.data + "/" + name, withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: bed.data + "/" + name, toPath: elsewhere)
    try FileManager.default.createSymbolicLink(
      atPath: bed.data + "/" + name, withDestinationPath: elsewhere)
    for command in [["log", "verify"], ["import", "learners", "roster.csv"]] {
      let result = bed.jol(command)
      #expect(result.exitCode == 65, "\(name), \(command): \(result.stderr)")
      #expect(result.stderr.contains("symbolic link"), "\(result.stderr)")
    }
  }

  private func permissions(_ path: String) throws -> Int {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
  }
}

/// Smaller promises the hostile review checked: no whole IIN in any message, a symbolic link
/// inside the log refused as not Jol's, no round outside its policy's window, invisible
/// characters refused in names.
@Suite struct ReviewFindingsTests {
  @Test(arguments: [
    ["round", "show", "100409500097"],
    ["round", "run", "--policy", "100409500097", "--as-of", "2026-10-01"],
    ["policy", "show", "100409500097"], ["learner", "show", "L1", "--as-of", "100409500097"],
    ["100409500097"], ["import", "learners", "/tmp/100409500097.csv"],
  ])
  func noMessageShowsAWholeIIN(_ command: [String]) throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let result = bed.jol(command)
    #expect(result.exitCode != 0)
    #expect(!result.stderr.contains("100409500097"), "\(command): \(result.stderr)")
    #expect(result.stderr.contains("10040*****97"), "\(command): \(result.stderr)")
  }

  @Test func aSymlinkedSegmentIsRefusedAsNotJols() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let segment = bed.data + "/log/00000000000000000001.jsonl"
    try FileManager.default.moveItem(atPath: segment, toPath: bed.directory + "/elsewhere.jsonl")
    try FileManager.default.createSymbolicLink(
      atPath: segment, withDestinationPath: bed.directory + "/elsewhere.jsonl")
    let result = bed.jol(["log", "stats"])
    #expect(result.exitCode == 65, "\(result.stderr)")
    #expect(result.stderr.contains("symbolic link"))
  }

  @Test func noRoundOutsideThePolicysWindow() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let before = try fingerprint(bed.data)
    let result = bed.jol([
      "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2027-09-01",
    ])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("not in effect on 2027-09-01"), "\(result.stderr)")
    #expect(try fingerprint(bed.data) == before)
  }

  @Test(arguments: [
    "Ахм\u{200B}етова", "Ахм\u{00AD}етова", "\u{FEFF}Ахметова", "Ахм\u{E0041}етова",
    "Ахм\u{034F}етова", "Ахм\u{FE0F}етова", "Ахм\u{3164}етова", "Ахм\u{180B}етова",
  ])
  func invisibleCharactersInNamesAreRefused(_ surname: String) throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    try bed.export(
      "roster.csv",
      ImportFixtures.rosterKazakh.replacingOccurrences(of: "Ахметова", with: surname))
    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 65, "\(result.stderr)")
    #expect(result.stderr.contains("U+"), "\(result.stderr)")
  }

  /// A FIFO or a link where a derived file belongs never blocks or leads a writer: it is not
  /// read, and the writer replaces it.
  @Test func aFIFOOrLinkForTheSnapshotNeitherBlocksNorLeads() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let snapshot = bed.data + "/snapshots/state.snapshot"
    try FileManager.default.createDirectory(
      atPath: bed.data + "/snapshots", withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: snapshot)
    #expect(mkfifo(snapshot, 0o600) == 0)
    try bed.export("new.csv", ImportFixtures.rosterRussian)
    let process = Process()
    process.executableURL = try jolExecutable()
    process.arguments = ["import", "learners", bed.directory + "/new.csv", "--data", bed.data]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    let hung = process.isRunning
    if hung { process.terminate() }
    process.waitUntilExit()
    #expect(!hung, "a FIFO at the snapshot blocked the writer")
    #expect(process.terminationStatus == 0)
    // A link there is not followed.
    let victim = bed.directory + "/victim"
    try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
    try? FileManager.default.removeItem(atPath: snapshot)
    try FileManager.default.createSymbolicLink(atPath: snapshot, withDestinationPath: victim)
    #expect(bed.jol(["learner", "show", "000229500018"]).exitCode == 0)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
  }
}

/// A class letter is one or two letters: a grade cell holding more is an error, never a class.
@Suite struct ClassLetterTests {
  @Test(arguments: [
    ("9; 10", false), ("9 10", false), ("9 Ә Б", false), ("9Ә", true), ("10 Б", true),
  ])
  func theGradeCell(_ grade: String, _ accepted: Bool) throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    try bed.export(
      "roster.csv",
      "iin;surname;name;school;grade;language;district;region;date\n"
        + "100101500012;Иванов;Дмитрий;KST-SCH-005;\"\(grade)\";ru;391000000;39;01.09.2026\n")
    let result = bed.jol(["import", "learners", "roster.csv", "--dry-run"])
    #expect(result.exitCode == (accepted ? 0 : 65), "\(grade): \(result.stderr)")
  }

  @Test func withAClassColumnTheGradeIsANumber() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    try bed.export(
      "roster.csv",
      "iin;surname;name;school;grade;class;language;district;region;date\n"
        + "100101500012;Иванов;Дмитрий;KST-SCH-005;\"9; 10\";А;ru;391000000;39;01.09.2026\n"
        + "100101500022;Иванова;Анна;KST-SCH-005;9;А; Б;ru;391000000;39;01.09.2026\n")
    let result = bed.jol(["import", "learners", "roster.csv", "--dry-run"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("roster.csv:2:"))
    #expect(result.stderr.contains("roster.csv:3:"), "\(result.stderr)")
  }
}
