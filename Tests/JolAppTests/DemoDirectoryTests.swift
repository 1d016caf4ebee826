import Foundation
import Testing

/// Issue #7 ("Trust"): `jol demo` deletes only what an earlier demo wrote, and writes its
/// spreadsheets of fictional personal data owner-only, like the vault.
@Suite struct DemoDirectoryTests {
  /// Runs the demo (20 learners) in `directory`.
  func demo(_ directory: String) -> JolOutput {
    runJol(
      [
        "demo", "--dir", directory, "--learners", "20", "--policies",
        repositoryRoot + "/Policies", "--lang", "en",
      ], workingDirectory: directory)
  }

  func write(_ text: String, _ path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

  func permissions(_ path: String) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func aSecondRunRemovesOnlyWhatTheFirstWrote() throws {
    let directory = try temporaryDirectory("jol-demo") + "/demo"
    #expect(demo(directory).exitCode == 0)
    try write("keep", directory + "/notes.txt")
    try write("mine", directory + "/intake/mine.csv")

    let again = demo(directory)
    #expect(again.exitCode == 0, "\(again.stdout.suffix(1500))")
    // The data directory was made afresh: every learner is new again.
    #expect(again.stdout.contains("20 new learners"))
    #expect(read(directory + "/notes.txt") == "keep")
    #expect(read(directory + "/intake/mine.csv") == "mine")

    // A file of someone's own inside the demo's data directory is kept too; the directory is
    // then no longer the demo's alone, and Jol does not create a data directory among others.
    try write("mine too", directory + "/data/README.txt")
    let blocked = demo(directory)
    #expect(blocked.exitCode != 0)
    #expect(blocked.stdout.contains("jol init --data data → 73"), "\(blocked.stdout.suffix(800))")
    #expect(read(directory + "/data/README.txt") == "mine too")
    try FileManager.default.removeItem(atPath: directory + "/data/README.txt")
    #expect(demo(directory).exitCode == 0)

    let marker = try #require(read(directory + "/.jol-demo"))
    #expect(marker.contains("intake/roster.csv\n"))
    #expect(marker.contains("data/log\n"))
    for theirs in ["notes.txt", "mine.csv", "README.txt"] { #expect(!marker.contains(theirs)) }
  }

  @Test func theIntakeSpreadsheetsAreOwnerOnly() throws {
    let directory = try temporaryDirectory("jol-demo") + "/demo"
    #expect(demo(directory).exitCode == 0)
    let intake = directory + "/intake"
    let files = try FileManager.default.contentsOfDirectory(atPath: intake)
    #expect(files.contains("roster.csv"))
    #expect(files.contains("roster-with-mistakes.csv"))
    for file in files {
      #expect(try permissions(intake + "/" + file) == 0o600, "\(file)")
    }
    #expect(try permissions(directory + "/.jol-demo") == 0o600)
    #expect(try permissions(intake) == 0o700)
    #expect(try permissions(directory) == 0o700)
  }

  @Test func aMarkerThatListsNothingStandsForTheDemosOwnNames() throws {
    // An interrupted run, or a demo of an earlier version: the marker is empty.
    let directory = try temporaryDirectory("jol-demo")
    try write("", directory + "/.jol-demo")
    try FileManager.default.createDirectory(
      atPath: directory + "/intake", withIntermediateDirectories: true)
    try write("old", directory + "/intake/roster.csv")
    try write("mine", directory + "/intake/mine.csv")
    try write("keep", directory + "/notes.txt")
    let result = demo(directory)
    #expect(result.exitCode == 0, "\(result.stdout.suffix(1500))")
    #expect(read(directory + "/intake/roster.csv")?.hasPrefix("old") == false)
    #expect(read(directory + "/intake/mine.csv") == "mine")
    #expect(read(directory + "/notes.txt") == "keep")
  }

  @Test func aMarkerNeverReachesOutsideTheDirectory() throws {
    let root = try temporaryDirectory("jol-demo")
    let outside = root + "/outside"
    try FileManager.default.createDirectory(
      atPath: outside + "/log", withIntermediateDirectories: true)
    try write("precious", outside + "/log/x")
    try write("precious", root + "/sibling.txt")
    let directory = root + "/demo"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    // `link` leads outside: removing link/log/x would remove outside/log/x.
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link", withDestinationPath: outside)
    try write(
      "# jol demo\n../sibling.txt\n" + root + "/sibling.txt\nlink/log/x\nlink/log\n",
      directory + "/.jol-demo")

    let result = demo(directory)
    #expect(result.exitCode == 0, "\(result.stdout.suffix(1500))")
    #expect(read(root + "/sibling.txt") == "precious")
    #expect(read(outside + "/log/x") == "precious")
  }
}
