import Foundation
import JolModel
import Synchronization
import Testing

@testable import JolApp

/// `jol import applications FILE` (``ImportApplicationsCommand``), run in-process: the command
/// is mounted under `jol import` by the import commands' group.
@Suite struct RoundApplicationsImportTests {
  /// Runs the command directly with captured standard output.
  func importApplications(_ fixture: DecideFixture, _ csv: String, _ flags: [String] = [])
    throws -> (exit: ExitCode, output: String, error: String)
  {
    let file = try temporaryDirectory("jol-applications") + "/applications.csv"
    try csv.write(toFile: file, atomically: true, encoding: .utf8)
    let output = Mutex("")
    var context = fixture.context
    context.console.writeOut = { text in output.withLock { $0 += text } }
    var options: [String: [String]] = [:]
    for flag in flags { options[flag] = [""] }
    do {
      let code = try ImportApplicationsCommand().run(
        ParsedArguments(positionals: [file], options: options), context)
      return (code, output.withLock { $0 }, "")
    } catch let error as CommandError {
      return (error.exitCode, output.withLock { $0 }, error.message.en)
    }
  }

  /// The bytes of every file of the data directory's log.
  func logBytes(_ fixture: DecideFixture) throws -> [String: Data] {
    let log = fixture.data + "/log"
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: log) {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: log + "/" + name, isDirectory: &isDirectory)
      if !isDirectory.boolValue {
        files[name] = FileManager.default.contents(atPath: log + "/" + name)
      }
    }
    return files
  }

  @Test func validFileRecordsApplicationsOnceEvenWhenImportedTwice() throws {
    let fixture = try DecideFixture()
    let a = try fixture.collegeStudent("L-A", serial: 51, gpa: "4.9", appliedTo: nil)
    let b = try fixture.collegeStudent("L-B", serial: 52, gpa: "4.8", appliedTo: nil)
    let csv = """
      ИИН;policy;date;preferences
      \(a.value);akim-named-scholarship;2026-09-10;akim-named-scholarship > dual-training-grant
      \(b.value);akim-named-scholarship;2026-09-12;

      """
    let dry = try importApplications(fixture, csv, ["dry-run"])
    #expect(dry.exit == .ok, "\(dry.error)")
    #expect(
      try fixture.events().allSatisfy {
        if case .applicationSubmitted = $0.event { false } else { true }
      })

    let first = try importApplications(fixture, csv)
    #expect(first.exit == .ok, "\(first.error)")
    #expect(first.output.contains("recorded: 2"), "\(first.output)")
    let applications = try fixture.events().compactMap { event -> ApplicationSubmitted? in
      if case .applicationSubmitted(let application) = event.event { application } else { nil }
    }
    #expect(applications.count == 2)
    #expect(applications.first?.preferences == ["akim-named-scholarship", "dual-training-grant"])

    let before = try logBytes(fixture)
    let second = try importApplications(fixture, csv)
    #expect(second.exit == .ok)
    #expect(second.output.contains("recorded: 0; already in the log: 2"), "\(second.output)")
    #expect(try logBytes(fixture) == before)

    // The imported applications make the learners applicants of the round.
    let round = fixture.jol(RoundCommandTests.run + ["--dry-run", "--format", "json"])
    let entries = try jsonObjects(round.stdout).filter { $0["subject"] != nil }
    #expect(entries.count == 2)
  }

  @Test func everyErrorIsReportedAndNothingIsWritten() throws {
    let fixture = try DecideFixture()
    let a = try fixture.collegeStudent("L-A", serial: 61, gpa: "4.9", appliedTo: nil)
    let stranger = IIN.synthesize(birthDate: CivilDate("2008-01-01")!, sex: .male, serial: 7)!
    let csv = """
      iin,policy,date,pref1,pref2
      \(a.value),akim-named-scholarshp,2026-09-10,,
      \(stranger.value),akim-named-scholarship,2026-09-10,,
      \(a.value),akim-named-scholarship,2026-13-01,,
      \(a.value),akim-named-scholarship,2026-09-10,akim-named-scholarship,no-such-grant
      123,akim-named-scholarship,2026-09-10,,

      """
    let before = try logBytes(fixture)
    let result = try importApplications(fixture, csv)
    #expect(result.exit == .dataError)
    #expect(result.error.contains(":2:"), "\(result.error)")
    #expect(
      result.error.contains("did you mean") || result.error.contains("akim-named-scholarship?"))
    #expect(result.error.contains(":3:") && result.error.contains(stranger.masked))
    #expect(!result.error.contains(stranger.value))
    #expect(result.error.contains(":4:") && result.error.contains("2026-13-01"))
    #expect(result.error.contains(":5:") && result.error.contains("no-such-grant"))
    #expect(result.error.contains(":6:"))
    #expect(try logBytes(fixture) == before)
  }
}
