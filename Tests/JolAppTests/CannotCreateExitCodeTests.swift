import Foundation
import Testing

@testable import JolApp

#if canImport(Glibc)
  import Glibc
#endif

/// Issue #7 ("Trust"): when Jol cannot create a file or directory the exit code is 73
/// (EX_CANTCREAT), by one rule for every command; 74 stays for other I/O errors. Tests run as
/// root, which ignores permissions: a path through a regular file (ENOTDIR) and a directory
/// where a file must be created (EISDIR) stand for a read-only or full disk.
@Suite struct CannotCreateExitCodeTests {
  @Test(arguments: [
    ("mkdir", EACCES, ExitCode.cannotCreate), ("mkdir", ENOENT, .cannotCreate),
    ("open", EACCES, .cannotCreate), ("open", EROFS, .cannotCreate),
    ("open", ENOSPC, .cannotCreate),
    ("open", ENOTDIR, .cannotCreate), ("open", EISDIR, .cannotCreate),
    ("open", EDQUOT, .cannotCreate), ("rename", EROFS, .cannotCreate),
    ("open", EIO, .ioError), ("write", ENOSPC, .ioError), ("read", EIO, .ioError),
    ("fsync", EIO, .ioError), ("opendir", ENOTDIR, .ioError),
  ])
  func oneRuleForFailedCalls(operation: String, code: Int32, expected: ExitCode) {
    #expect(ExitCode.forFailedCall(operation, errno: code) == expected)
  }

  /// A working directory with a regular file `file` in it.
  func directoryWithAFile() throws -> String {
    let directory = try temporaryDirectory("jol-73")
    try "not a directory".write(toFile: directory + "/file", atomically: true, encoding: .utf8)
    return directory
  }

  @Test func aDataDirectoryUnderARegularFileCannotBeCreated() throws {
    let directory = try directoryWithAFile()
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    let data = directory + "/file/data"
    let imported = runJol(
      [
        "import", "institutions", bed.directory + "/institutions.csv", "--data", data, "--lang",
        "en",
      ])
    #expect(imported.exitCode == 73, "\(imported.stderr)")
    #expect(imported.stderr.contains(data))
    let initialised = runJol(["init", "--data", data, "--lang", "en"])
    #expect(initialised.exitCode == 73, "\(initialised.stderr)")
  }

  @Test func aVaultThatCannotBeCreatedIs73AndTheLogUntouched() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    try bed.export("roster.csv", ImportFixtures.rosterKazakh)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    try? FileManager.default.removeItem(atPath: bed.data + "/vault")
    try "in the way".write(toFile: bed.data + "/vault", atomically: true, encoding: .utf8)
    let log = contentsOfTree(bed.data + "/log")

    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 73, "\(result.stderr)")
    #expect(result.stderr.contains(bed.data + "/vault"))
    #expect(result.stderr.contains("Not a directory"))
    #expect(contentsOfTree(bed.data + "/log") == log)
  }

  @Test func aLockFileThatCannotBeCreatedIs73() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    try bed.export("roster.csv", ImportFixtures.rosterKazakh)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    let lock = bed.data + "/log/lock"
    try FileManager.default.removeItem(atPath: lock)
    try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: false)

    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 73, "\(result.stderr)")
    #expect(result.stderr.contains("lock"))
  }

  @Test func aDemoDirectoryUnderARegularFileCannotBeCreated() throws {
    let directory = try directoryWithAFile()
    let result = runJol(
      [
        "demo", "--dir", directory + "/file/demo", "--learners", "20", "--policies",
        repositoryRoot + "/Policies", "--lang", "en",
      ], workingDirectory: directory)
    #expect(result.exitCode == 73, "\(result.stderr)")
    #expect(result.stderr.contains("could not create " + directory + "/file/demo"))
  }

  @Test func otherIOErrorsStay74() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    // A log that is a file, not a directory: reading fails, nothing was to be created.
    try FileManager.default.removeItem(atPath: bed.data + "/log")
    try "in the way".write(toFile: bed.data + "/log", atomically: true, encoding: .utf8)
    let result = bed.jol(["log", "stats"])
    #expect(result.exitCode == 74, "\(result.stderr)")
  }
}
