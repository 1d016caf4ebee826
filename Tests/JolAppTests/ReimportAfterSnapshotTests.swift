import Foundation
import JolModel
import Testing

@testable import JolApp

/// Re-imports recognised from the snapshot: once a snapshot covers the results, an import reads
/// only the log's tail, so what recognises a result already recorded — a diagnostic's answers, a
/// term's results — must be kept in the snapshot's state.
@Suite struct ReimportAfterSnapshotTests {
  static let allA = (1...20).map { "\($0)a" }.joined(separator: " ")
  /// ``allA`` with the first answer changed.
  static let firstB = "1b " + (2...20).map { "\($0)a" }.joined(separator: " ")

  /// Writes a snapshot covering the whole log (as a writer does every 1 000 events) and returns
  /// the state it holds, checked equal to the full fold.
  static func snapshot(_ bed: ImportTestbed) throws -> ClusterState {
    let store = try Store.openForWriting(testContext(data: bed.data))
    let state = try store.currentState()
    try store.saveSnapshot(state)
    let path = bed.data + "/snapshots/state.snapshot"
    let restored = try ClusterSnapshot.decode(
      Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    var events: [EventEnvelope] = []
    try store.forEachEvent { events.append($0) }
    #expect(restored == ClusterState.fold(events))
    #expect(restored.coveredSequence == events.last?.sequence)
    return restored
  }

  func importDiagnostics(_ bed: ImportTestbed, _ text: String) throws -> [String: Any] {
    try bed.export("7a.csv", text)
    let result = bed.jol(
      [
        "import", "diagnostics", "--instrument", "five-types@1", "7a.csv", "--date", "2026-10-01",
        "--format", "json",
      ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    return try ImportTestbed.summary(result)
  }

  @Test func diagnosticsBeforeTheSnapshotAreStillAlreadyRecorded() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let sheets = "pupil;answers\n080315600016;\(Self.allA)\n070514500011;\(Self.allA)\n"
    #expect(try importDiagnostics(bed, sheets)["appended"] as? Int == 2)
    let restored = try Self.snapshot(bed)
    let noAnswers = DiagnosticCompleted.digest(of: [:])
    #expect(restored.learners.flatMap(\.diagnostics).filter { $0.answers != noAnswers }.count == 2)

    let before = try fingerprint(bed.data)
    let again = try importDiagnostics(bed, sheets)
    #expect(again["appended"] as? Int == 0)
    #expect(again["duplicates"] as? Int == 2)
    #expect(try fingerprint(bed.data) == before)

    // One pupil's sheet changed, the same day: another result, kept beside the first.
    let changed = try importDiagnostics(
      bed, "pupil;answers\n080315600016;\(Self.allA)\n070514500011;\(Self.firstB)\n")
    #expect(changed["appended"] as? Int == 1)
    #expect(changed["duplicates"] as? Int == 1)
    let (state, vault) = try bed.stateAndVault()
    #expect(try learnerState("070514500011", state, vault).diagnostics.count == 2)
    #expect(try learnerState("080315600016", state, vault).diagnostics.count == 1)
  }

  @Test func gradesBeforeTheSnapshotAreStillAlreadyRecorded() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("grades.csv", ImportFixtures.grades)
    #expect(bed.jol(["import", "grades", "grades.csv"]).exitCode == 0)
    let restored = try Self.snapshot(bed)
    #expect(restored.learners.filter { !$0.terms.isEmpty }.count == 2)

    let before = try fingerprint(bed.data)
    let again = try ImportTestbed.summary(
      bed.jol(["import", "grades", "grades.csv", "--format", "json"]))
    #expect(again["appended"] as? Int == 0)
    #expect(again["duplicates"] as? Int == 2)
    #expect(try fingerprint(bed.data) == before)

    // A changed result is its correction; importing the first results again corrects it back.
    let corrected = ImportFixtures.grades.replacingOccurrences(of: "4,5", with: "4,6")
    for (text, gpa) in [(corrected, "4.6"), (ImportFixtures.grades, "4.5")] {
      try bed.export("grades.csv", text)
      let summary = try ImportTestbed.summary(
        bed.jol(["import", "grades", "grades.csv", "--format", "json"]))
      #expect(summary["appended"] as? Int == 1)
      #expect(summary["duplicates"] as? Int == 1)
      let (state, vault) = try bed.stateAndVault()
      #expect(try learnerState("080315600016", state, vault).lastTerm?.gpa == FixedDecimal(gpa))
    }
  }
}
