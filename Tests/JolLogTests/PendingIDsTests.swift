import Testing

@testable import JolLog

/// The ids of an append call are found by their hash, and told apart by their text when two
/// share a hash: a colliding id is neither taken for another nor lost.
@Suite struct PendingIDsTests {
  @Test func idsSharingAHashAreToldApart() {
    var pending = PendingIDs()
    #expect(!pending.contains("a", hash: 7))
    pending.insert("a", hash: 7)
    #expect(pending.contains("a", hash: 7))
    #expect(!pending.contains("b", hash: 7))
    pending.insert("b", hash: 7)
    pending.insert("b", hash: 7)
    #expect(pending.contains("b", hash: 7))
    #expect(!pending.contains("c", hash: 7))
    #expect(!pending.contains("a", hash: 8))
  }

  @Test func anIDTwiceInOneCallIsAppendedOnce() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    let first = record("E1", stream: "s")
    let other = record("E2", stream: "s")
    let results = try log.appendBatches([[first, other], [first], [other, first]])
    #expect(results.map(\.appendedIDs) == [["E1", "E2"], [], []])
    #expect(results.map(\.skippedIDs) == [[], ["E1"], ["E2", "E1"]])
    #expect(log.lastSequence == 2)
  }
}
