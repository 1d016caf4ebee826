import Foundation
import JolModel
import Synchronization
import Testing

@testable import JolApp

/// `jol import applications FILE`: one import kind of the shared pipeline (``ApplicationImport``),
/// run as a user runs it — every error listed, the summary of every import.
@Suite struct RoundApplicationsImportTests {
  /// Runs `jol import applications` on a file holding `csv`; the JSON summary when asked.
  func importApplications(_ fixture: DecideFixture, _ csv: String, _ flags: [String] = [])
    throws -> (exit: ExitCode, output: String, error: String)
  {
    let file = try temporaryDirectory("jol-applications") + "/applications.csv"
    try csv.write(toFile: file, atomically: true, encoding: .utf8)
    let result = fixture.jol(["import", "applications", file] + flags)
    return (ExitCode(rawValue: result.exitCode) ?? .ioError, result.stdout, result.stderr)
  }

  /// The bytes of every file of the data directory's log.
  func logBytes(_ fixture: DecideFixture) throws -> [String: Data] {
    let log = fixture.data + "/log"
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: log) {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: log + "/" + name, isDirectory: &isDirectory)
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
    let dry = try importApplications(fixture, csv, ["--dry-run"])
    #expect(dry.exit == .ok, "\(dry.error)")
    #expect(
      try fixture.events().allSatisfy {
        if case .applicationSubmitted = $0.event { false } else { true }
      })

    let first = try importApplications(fixture, csv, ["--format", "json"])
    #expect(first.exit == .ok, "\(first.error)")
    let summary = try #require(try jsonObjects(first.output).first)
    #expect(summary["appended"] as? Int == 2, "\(first.output)")
    #expect(summary["kind"] as? String == "applications")
    let applications = try fixture.events().compactMap { event -> ApplicationSubmitted? in
      if case .applicationSubmitted(let application) = event.event { application } else { nil }
    }
    #expect(applications.count == 2)
    #expect(applications.first?.preferences == ["akim-named-scholarship", "dual-training-grant"])

    let before = try logBytes(fixture)
    let second = try importApplications(fixture, csv, ["--format", "json"])
    #expect(second.exit == .ok)
    let again = try #require(try jsonObjects(second.output).first)
    #expect(again["appended"] as? Int == 0)
    #expect(again["duplicates"] as? Int == 2, "\(second.output)")
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

  @Test func agreementColumnsAreRecordedWithTheApplication() throws {
    let fixture = try DecideFixture()
    try fixture.enterprise("940140000385")
    let a = try fixture.collegeStudent("L-A", serial: 71, gpa: "4.1", appliedTo: nil)
    let b = try fixture.collegeStudent("L-B", serial: 72, gpa: "4.1", appliedTo: nil)
    let c = try fixture.collegeStudent("L-C", serial: 76, gpa: "4.1", appliedTo: nil)
    let d = try fixture.collegeStudent("L-D", serial: 74, gpa: "4.1", appliedTo: nil)
    let csv = """
      iin,policy,date,enterprise,agreement,work_obligation_years
      \(a.value),dual-training-grant,2026-08-20,940140000385,yes,3
      \(b.value),dual-training-grant,2026-08-20,940140000385,15.08.2026,5
      \(c.value),dual-training-grant,2026-08-20,,нет,
      \(d.value),dual-training-grant,2026-08-20,,,

      """
    let result = try importApplications(fixture, csv)
    #expect(result.exit == .ok, "\(result.error)")
    let applications = try fixture.events().compactMap { event -> (String, ApplicationSubmitted)? in
      if case .applicationSubmitted(let application) = event.event {
        (event.stream.description, application)
      } else {
        nil
      }
    }
    let byLearner = Dictionary(applications.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    #expect(
      byLearner["learner/L-A"]
        == ApplicationSubmitted(
          policy: "dual-training-grant", enterprise: "940140000385", agreement: true,
          workObligationYears: 3))
    #expect(
      byLearner["learner/L-B"]
        == ApplicationSubmitted(
          policy: "dual-training-grant", enterprise: "940140000385", agreement: true,
          workObligationYears: 5), "a date of signing means signed")
    #expect(
      byLearner["learner/L-C"]
        == ApplicationSubmitted(policy: "dual-training-grant", agreement: false))
    #expect(byLearner["learner/L-D"] == ApplicationSubmitted(policy: "dual-training-grant"))

    // The Russian headers name the same columns.
    let e = try fixture.collegeStudent("L-E", serial: 77, gpa: "4.1", appliedTo: nil)
    let russian = """
      ИИН;Грант;Дата заявки;Предприятие (БИН);Трёхсторонний договор;Срок отработки (лет)
      \(e.value);dual-training-grant;2026-08-21;940140000385;Да;4

      """
    #expect(try importApplications(fixture, russian).exit == .ok)
    let last = try fixture.events().last
    #expect(
      last?.event
        == .applicationSubmitted(
          ApplicationSubmitted(
            policy: "dual-training-grant", enterprise: "940140000385", agreement: true,
            workObligationYears: 4)))
  }

  @Test func agreementErrorsAreReportedAtTheirFieldAndNothingIsWritten() throws {
    let fixture = try DecideFixture()
    try fixture.enterprise("940140000385")
    let a = try fixture.collegeStudent("L-A", serial: 81, gpa: "4.1", appliedTo: nil)
    // 151041000806 is a valid BIN of no registered enterprise; 940140000384 fails its check digit.
    let csv = """
      iin,policy,date,enterprise,agreement,work_obligation_years
      \(a.value),dual-training-grant,2026-08-20,940140000384,yes,3
      \(a.value),dual-training-grant,2026-08-20,151041000806,yes,3
      \(a.value),dual-training-grant,2026-08-20,940140000385,yes,three
      \(a.value),dual-training-grant,2026-08-20,940140000385,yes,2.5
      \(a.value),dual-training-grant,2026-08-20,940140000385,yes,21
      \(a.value),dual-training-grant,2026-08-20,940140000385,maybe,3
      \(a.value),dual-training-grant,2026-08-20,,иә,3
      \(a.value),dual-training-grant,2026-08-20,940140000385,2026-08-25,3
      \(a.value),dual-training-grant,2026-08-20,940140000385,yes,3

      """
    let before = try logBytes(fixture)
    let result = try importApplications(fixture, csv)
    #expect(result.exit == .dataError)
    #expect(result.exit.rawValue == 65)
    let lines = result.error.split(separator: "\n").map(String.init)
    /// The message at line `number`, in the field of the column numbered `column`.
    func line(_ number: Int, column: Int) -> String? {
      lines.first { $0.contains(".csv:\(number):") && $0.contains("field \(column) «") }
    }
    #expect(line(2, column: 4)?.contains("check digit") == true, "\(result.error)")
    #expect(line(3, column: 4)?.contains("151041000806 is not registered") == true)
    #expect(line(4, column: 6)?.contains("'three'") == true)
    #expect(line(5, column: 6)?.contains("'2.5'") == true)
    #expect(line(6, column: 6)?.contains("0…20") == true)
    #expect(line(7, column: 5)?.contains("'maybe'") == true)
    #expect(line(8, column: 5)?.contains("no enterprise") == true)
    #expect(line(9, column: 5)?.contains("2026-08-25") == true)
    #expect(
      lines.filter { $0.contains(".csv:") && $0.contains("field ") }.count == 8,
      "the valid last row is no error: \(result.error)")
    #expect(try logBytes(fixture) == before)
  }
}
