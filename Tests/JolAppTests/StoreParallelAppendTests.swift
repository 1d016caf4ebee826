import JolLog
import JolModel
import Testing

@testable import JolApp

/// `Store.append` encodes events and their ids on every core, in pieces of batches: what lands
/// in the log must be what encoding them one after another gives — each event in its place,
/// numbered in its stream, with the id of the reference definition.
@Suite struct StoreParallelAppendTests {
  @Test func eventsEncodedInPiecesAreAppendedInOrder() throws {
    var random = SplitMix64(seed: 77)
    // Single-draft batches, as many as make several pieces; few learners, so streams recur.
    let drafts = (0..<700).map { _ in
      var draft = ImportFastPathTests.randomDraft(&random)
      draft.stream = .learner(LearnerID("L" + String(random.next() % 40)))
      return draft
    }
    let data = try temporaryDirectory() + "/data"
    let store = try Store.openForWriting(testContext(data: data))
    #expect(try store.append(drafts.map { [$0] }) == drafts.count)
    // Read as stored, not decoded: the random drafts need not be events a reader accepts.
    var recorded: [StoredRecord] = []
    try store.log?.forEach(from: 1) { recorded.append($0) }
    #expect(recorded.count == drafts.count)
    var versions: [StreamName: UInt64] = [:]
    for (draft, record) in zip(drafts, recorded) {
      let version = (versions[draft.stream] ?? 0) + 1
      versions[draft.stream] = version
      #expect(record.stream == draft.stream.description)
      #expect(record.streamVersion == version)
      #expect(record.id == ImportFastPathTests.referenceID(draft, version: version))
    }
  }
}
