import Foundation
import JolModel
import Testing

@testable import JolApp

/// An import refreshes the snapshot from the state it planned against with its own events folded
/// in, instead of replaying them from the log: that state must be exactly the log's, for every
/// kind of file and event.
@Suite struct ImportSnapshotTests {
  @Test func theSnapshotAfterEachImportIsTheFoldOfTheLog() throws {
    var generator = SyntheticGenerator(seed: 14)
    // Enough learners that several imports each grow the log past the snapshot interval, so
    // each of them writes a snapshot of its own.
    let region = generator.region(learners: Int(Store.snapshotInterval) + 100)
    let directory = try temporaryDirectory()
    let data = directory + "/data"
    let options = ["--data", data, "--policies", repositoryRoot + "/Policies", "--lang", "en"]
    #expect(runJol(["init"] + options, workingDirectory: directory).exitCode == 0)
    var snapshotsWritten = 0
    var lastCovered: UInt64 = 0
    for file in SyntheticCSV().files(region) {
      try file.text.write(toFile: directory + "/" + file.name, atomically: true, encoding: .utf8)
      let result = runJol(["import", file.kind, file.name] + options, workingDirectory: directory)
      #expect(result.exitCode == 0, "\(file.name): \(result.stderr)")
      let path = data + "/snapshots/state.snapshot"
      guard FileManager.default.fileExists(atPath: path) else { continue }
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let snapshot = try ClusterSnapshot.decode(bytes)
      let store = try Store.openForReading(testContext(data: data))
      // The replay a writer made before: every event the snapshot covers, in log order.
      var replayed = ClusterState()
      try store.forEachEvent { if $0.sequence <= snapshot.coveredSequence { replayed.apply($0) } }
      #expect(snapshot == replayed, "after \(file.name)")
      if snapshot.coveredSequence != lastCovered {
        snapshotsWritten += 1
        lastCovered = snapshot.coveredSequence
        #expect(snapshot.coveredSequence == store.log?.lastSequence, "after \(file.name)")
        // Tied to the log's last record (encoded while the import appended, anchored after):
        // the next command reads it instead of replaying the log.
        let head = try #require(store.log?.head)
        #expect(
          try ClusterSnapshot.header(of: bytes).anchor
            == LogAnchor(
              segmentFirstSequence: head.segmentFirstSequence, offset: head.offset,
              checksum: head.checksum), "after \(file.name)")
      }
    }
    #expect(snapshotsWritten >= 2)
  }
}
