import Foundation
import JolModel
import Testing

@testable import JolApp

/// A report read in one pass over the snapshot (``Store/learners(_:)``, ``LearnerSource``) is the
/// report of the log's fold: with events after the snapshot about learners it holds, a learner
/// new to it and an organisation; for dates it serves and dates it does not; with a damaged
/// snapshot.
@Suite struct LearnerPassStoreTests {
  let checkpoints = CheckpointStoreTests()

  /// The pathway report, or merge file, of `data` as of `date`, from the command line.
  func report(_ data: String, asOf date: String, format: String = "json") -> String {
    let result = runJol([
      "report", "pathways", "--as-of", date, "--format", format, "--data", data, "--lang", "ru",
    ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    return result.stdout
  }

  /// A copy of `data` without its snapshots: its reports are the log's fold.
  func withoutSnapshots(_ data: String) throws -> String {
    let copy = try temporaryDirectory()
    try FileManager.default.removeItem(atPath: copy)
    try FileManager.default.copyItem(atPath: data, toPath: copy)
    try FileManager.default.removeItem(atPath: copy + "/snapshots")
    return copy
  }

  @Test func aReportFromAPassIsTheReportOfTheFold() throws {
    let data = try checkpoints.regionWithEventsAfterACheckpoint()
    let events = try checkpoints.events(data)
    let store = try Store.openForReading(testContext(data: data))
    // Not vacuous: the snapshot is behind the log, and the events after it are about learners
    // it holds, one it does not, and an organisation.
    let snapshot = try Data(contentsOf: URL(fileURLWithPath: store.snapshotPath))
    let covered = try ClusterSnapshot.coveredSequence(of: Array(snapshot))
    #expect(covered > 0 && covered < UInt64(events.count))
    let folded = try withoutSnapshots(data)
    let latest = try #require(events.map(\.effective).max())
    for (date, passes) in [
      (latest, true), (latest.adding(days: 90), true), (latest.adding(days: -1), false),
      (CivilDate("2026-06-30")!, false), (CheckpointStoreTests.yearEnd, true),
    ] {
      let slice = TimeSlice(asOf: date)
      var learners = try store.learners(slice)
      #expect((store.lastStateRead == .pass) == passes, "\(date)")
      let visited = try learners.mapLearners(minimumPiece: 1) {
        [LearnerState]()
      } visit: {
        $0.append($1)
      }
      let expected = ClusterState.fold(events, asOf: date)
      #expect(
        Set(visited.joined()) == Set(expected.learners), "\(date): every learner, as folded")
      for format in ["json", "csv", "merge"] {
        #expect(
          report(data, asOf: date.description, format: format)
            == report(folded, asOf: date.description, format: format), "\(date), \(format)")
      }
    }
  }

  @Test func aSnapshotFarBehindTheLogIsNotPassedOver() throws {
    let data = try checkpoints.region(seed: 35)
    let store = try Store.openForReading(testContext(data: data))
    let old = try Data(contentsOf: URL(fileURLWithPath: store.snapshotPath))
    // More events than a pass holds after a snapshot, then the snapshot before them put back.
    let learner = try #require(try checkpoints.events(data).first { $0.stream.kind == .learner })
    let many = (0..<2_000).map { day in
      [
        EventDraft(
          stream: learner.stream, effective: CivilDate("2026-01-01")!.adding(days: day % 200),
          event: .categoryDeclared(CategoryChange(category: .rural)))
      ]
    }
    try checkpoints.writer(data).append(many)
    try old.write(to: URL(fileURLWithPath: store.snapshotPath))
    let reader = try Store.openForReading(testContext(data: data))
    let last = try #require(reader.log?.lastSequence)
    #expect(
      last - (try ClusterSnapshot.coveredSequence(of: Array(old)))
        > Store.checkpointTailRead(events: last))
    let date = "2027-01-01"
    _ = try reader.learners(TimeSlice(asOf: CivilDate(date)!))
    #expect(reader.lastStateRead == .current)
    #expect(report(data, asOf: date) == report(try withoutSnapshots(data), asOf: date))
  }

  @Test func aDamagedSnapshotGivesTheReportOfTheFold() throws {
    let data = try checkpoints.region(seed: 34)
    try checkpoints.writer(data).append(checkpoints.tail(try checkpoints.events(data)))
    let folded = try withoutSnapshots(data)
    let store = try Store.openForReading(testContext(data: data))
    var bytes = try Data(contentsOf: URL(fileURLWithPath: store.snapshotPath))
    bytes[bytes.count / 2] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: store.snapshotPath))
    let date = "2027-01-01"
    _ = try store.learners(TimeSlice(asOf: CivilDate(date)!))
    #expect(store.lastStateRead != .pass)
    #expect(report(data, asOf: date) == report(folded, asOf: date))
  }

  /// `diagnose report --school` through a pass over the snapshot says what the log's fold says,
  /// for every school, its classes, and a class it does not have.
  @Test func aSchoolsDiagnosticReportFromAPassIsTheFolds() throws {
    let data = try OneLearnerReadTests.demoData()
    // The demo's log is too short for a writer to keep a snapshot: a checkpoint is passed over.
    #expect(checkpoints.checkpoint(data, asOf: "2026-11-28").exitCode == 0)
    let folded = try withoutSnapshots(data)
    let store = try Store.openForReading(testContext(data: data))
    _ = try store.learners(TimeSlice(asOf: CivilDate("2026-11-28")!))
    #expect(store.lastStateRead == .pass)
    let state = try store.state()
    let schools = state.institutions.values.filter { $0.registration?.kind == .school }
    #expect(schools.count > 1)
    let diagnose = { (data: String, arguments: [String]) in
      runJol(
        ["diagnose", "report"] + arguments + [
          "--as-of", "2026-11-28", "--format", "json", "--data", data, "--lang", "kk",
        ])
    }
    var reported = 0
    for school in schools.map(\.id.rawValue).sorted() {
      var asked = [["--school", school], ["--school", school, "--class", "11Я"]]
      for learner in state.learners {
        if case .school(let placement)? = learner.period(on: CivilDate("2026-11-28")!)?.placement,
          placement.institution.rawValue == school
        {
          asked.append(["--school", school, "--class", SchoolClass.label(placement)])
          break
        }
      }
      for arguments in asked {
        let (passed, whole) = (diagnose(data, arguments), diagnose(folded, arguments))
        #expect(passed.exitCode == whole.exitCode, "\(arguments)")
        #expect(passed.stdout == whole.stdout, "\(arguments)")
        #expect(passed.stderr == whole.stderr.replacingOccurrences(of: folded, with: data))
        if passed.exitCode == 0 { reported += 1 }
      }
    }
    #expect(reported > 1)
  }
}
