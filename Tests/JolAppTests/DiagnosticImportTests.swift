import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol import diagnostics`, end to end: results stored as events with raw answers, scores and
/// leading directions; every bad input at its line and column, exit 65, nothing written; a
/// second import of the same file appends nothing.
@Suite struct DiagnosticImportTests {
  static let allA = (1...20).map { "\($0)a" }.joined(separator: " ")
  static let allB = (1...20).map { "\($0)b" }.joined(separator: " ")

  /// A testbed with the fixture institutions and roster (080315600016, 070514500011 and
  /// 100101500012 registered).
  static func testbed() throws -> ImportTestbed {
    let testbed = try ImportTestbed()
    try testbed.importBasics()
    return testbed
  }

  /// The diagnostic results in the state, by IIN.
  static func diagnostics(_ testbed: ImportTestbed, _ iin: String) throws -> [DiagnosticSummary] {
    let (state, vault) = try testbed.stateAndVault()
    let learner = try #require(vault.person(iin: iin)?.learner)
    return state.learner(learner)?.diagnostics ?? []
  }

  @Test func aGoodFileIsStoredAndAReimportAppendsNothing() throws {
    let testbed = try Self.testbed()
    try testbed.export(
      "7a.csv", "pupil;answers\n080315600016;\(Self.allB)\n070514500011;\(Self.allA)\n")
    let first = testbed.jol(
      [
        "import", "diagnostics", "--instrument", "five-types", "7a.csv", "--date", "2026-10-01",
        "--format", "json",
      ])
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(try ImportTestbed.summary(first)["appended"] as? Int == 2)
    let results = try Self.diagnostics(testbed, "080315600016")
    #expect(results.count == 1)
    let result = try #require(results.first)
    #expect(result.instrument.description == "five-types@1")
    #expect(result.date == CivilDate("2026-10-01"))
    #expect(result.leading == ["signs"])
    #expect(result.leadingDirections == ["ict", "services"])
    #expect(result.scores.first { $0.scale == "signs" }?.band == "medium")
    #expect(result.flags == ["straight_lining"])
    let again = testbed.jol(
      [
        "import", "diagnostics", "--instrument", "five-types@1", "7a.csv", "--date", "2026-10-01",
        "--format", "json",
      ])
    #expect(again.exitCode == 0)
    #expect(try ImportTestbed.summary(again)["appended"] as? Int == 0)
    #expect(try ImportTestbed.summary(again)["duplicates"] as? Int == 2)
    #expect(try Self.diagnostics(testbed, "080315600016").count == 1)
  }

  @Test func theRawAnswersAreKeptInTheLog() throws {
    let testbed = try Self.testbed()
    try testbed.export("7a.csv", "ЖСН;q1;q2;q3\n080315600016;a;b;\n")
    let result = testbed.jol(
      ["import", "diagnostics", "--instrument", "riasec-60", "7a.csv", "--date", "2026-10-01"])
    // riasec-60 has 60 items: 57 missing is too many.
    #expect(result.exitCode == 65)
    try testbed.export(
      "7b.csv",
      "pupil,answers\n080315600016,\((1...60).map { "\($0):\($0 % 5)" }.joined(separator: " "))\n")
    let good = testbed.jol(
      ["import", "diagnostics", "--instrument", "riasec-60", "7b.csv", "--date", "2026-10-01"])
    #expect(good.exitCode == 0, "\(good.stderr)")
    let log = testbed.jol(["log", "export"])
    let line = try #require(
      log.stdout.split(separator: "\n").first { $0.contains("diagnostic_completed") })
    #expect(line.contains(#""instrument":"riasec-60@1""#))
    #expect(line.contains(#""12":"2""#))
    #expect(line.contains(#""leading_directions":"#))
  }

  /// Each bad input of a file, the line and column expected, and a word of the message.
  @Test(
    "every bad input is an error at its line and column, exit 65, nothing written",
    arguments: [
      ("pupil;answers\n080315600016;1c 2a\n", "7a.csv:2:15", "no option 'c'"),
      ("pupil;answers\n080315600016;1a 2b 2a\n", "7a.csv:2:20", "answered twice"),
      ("pupil;answers\n080315600016;1a 2b 3a\n", "7a.csv:2:14", "too many unanswered"),
      ("pupil;q1;q2\n080315600016;a;c\n", "7a.csv:2:16", "no option 'c'"),
      ("pupil;answers\n100101500013;\(allA)\n", "7a.csv:2:1", "IIN"),
      ("pupil;answers\n000229500018;\(allA)\n", "7a.csv:2:1", "is not in the register"),
    ])
  func badInput(_ csv: String, _ place: String, _ words: String) throws {
    let testbed = try Self.testbed()
    try testbed.write("7a.csv", Array(csv.utf8))
    let before = try fingerprint(testbed.data)
    let result = testbed.jol(
      ["import", "diagnostics", "--instrument", "five-types", "7a.csv", "--date", "2026-10-01"])
    #expect(result.exitCode == 65)
    let line = result.stderr.split(separator: "\n").first { $0.hasPrefix(place + ":") }
    #expect(line?.contains(words) == true, "\(result.stderr)")
    #expect(try fingerprint(testbed.data) == before)
  }

  @Test func aRatingOutOfRangeIsAnErrorAtItsCell() throws {
    let testbed = try Self.testbed()
    let cells = (1...60).map { $0 == 3 ? "5" : "2" }.joined(separator: ";")
    let header = (1...60).map { "q\($0)" }.joined(separator: ";")
    try testbed.write("r.csv", Array("pupil;\(header)\n080315600016;\(cells)\n".utf8))
    let result = testbed.jol(
      ["import", "diagnostics", "--instrument", "riasec-60", "r.csv", "--date", "2026-10-01"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("r.csv:2:18:"), "\(result.stderr)")
  }

  @Test func anUnknownInstrumentOrVersionIsExit65AndWritesNothing() throws {
    let testbed = try Self.testbed()
    try testbed.write("7a.csv", Array("pupil;answers\n080315600016;\(Self.allA)\n".utf8))
    let before = try fingerprint(testbed.data)
    for reference in ["five-typs", "five-types@9"] {
      let result = testbed.jol(
        ["import", "diagnostics", "--instrument", reference, "7a.csv", "--date", "2026-10-01"])
      #expect(result.exitCode == 65)
      #expect(result.stderr.contains(reference == "five-typs" ? "five-types" : "no version 9"))
    }
    #expect(try fingerprint(testbed.data) == before)
  }

  @Test func theFactDiagnosticDirectionIsDerivedFromAnImportedResult() throws {
    let testbed = try Self.testbed()
    // All 'a': nature 6 leads alone.
    try testbed.export(
      "7a.csv", "pupil;answers\n080315600016;\(Self.allA)\n")
    #expect(
      testbed.jol([
        "import", "diagnostics", "--instrument", "five-types", "7a.csv", "--date", "2026-10-01",
      ]).exitCode == 0)
    let (state, vault) = try testbed.stateAndVault()
    let learner = try #require(vault.person(iin: "080315600016")?.learner)
    let learnerState = try #require(state.learner(learner))
    // One leading scale pointing to two directions: the first, most fitting, is the fact.
    #expect(
      learnerState.diagnostics.first?.leadingDirections == ["agriculture", "medicine_social"])
    #expect(
      Facts(learner: learnerState, asOf: CivilDate("2026-11-01")!).diagnosticDirection
        == "agriculture")
    #expect(Facts(learner: learnerState, asOf: CivilDate("2026-09-30")!).diagnosticDirection == nil)
  }
}
