import Foundation
import Testing

@testable import JolLog

/// Random operations against a model of the log: appends (single, grouped, retried, with right
/// and wrong expectations), reopens, and tails cut at random bytes of the last segment. The log
/// must always equal the model: acknowledged batches in order, cut back to whole batches only.
@Suite struct PropertyTests {
  private struct Model {
    /// (id, stream, batch end) of every record, in sequence order.
    var records: [(id: String, stream: String, batchEnd: UInt64)] = []
    var versions: [String: UInt64] = [:]

    mutating func add(_ batch: [ProposedRecord]) {
      let end = UInt64(records.count + batch.count)
      for record in batch {
        records.append((record.id, record.stream, end))
        versions[record.stream, default: 0] += 1
      }
    }

    mutating func keep(_ count: Int) {
      records.removeLast(records.count - count)
      versions = [:]
      for record in records { versions[record.stream, default: 0] += 1 }
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomOperationsMatchTheModel(seed: UInt64) throws {
    let directory = TemporaryDirectory("property")
    defer { directory.remove() }
    var random = SplitMix64(seed: seed)
    let options = EventLog.Options(segmentSize: 3000)
    var log = try EventLog.open(directory: directory.log, options: options)
    var model = Model()
    var sent: [[ProposedRecord]] = []
    var counter = 0
    func newBatch() -> [ProposedRecord] {
      (0..<Int.random(in: 1...6, using: &random)).map { _ in
        counter += 1
        return record("p\(counter)", stream: "s\(Int.random(in: 0..<5, using: &random))")
      }
    }
    for step in 0..<150 {
      switch Int.random(in: 0..<10, using: &random) {
      case 0..<4:
        let batch = newBatch()
        let stream = batch[0].stream
        let version = model.versions[stream] ?? 0
        let right = Bool.random(using: &random)
        let expectation: ExpectedVersion = right ? .exactly(version) : .exactly(version + 1)
        let outcome = logError { try log.append(batch, expecting: [stream: expectation]) }
        if right {
          #expect(outcome == nil, "step \(step)")
          model.add(batch)
          sent.append(batch)
        } else {
          #expect(
            outcome?.kind
              == .versionConflict(stream: stream, expected: expectation, actual: version))
        }
      case 4..<6:
        let batches = (0..<Int.random(in: 1...4, using: &random)).map { _ in newBatch() }
        try log.appendBatches(batches)
        for batch in batches { model.add(batch) }
        sent += batches
      case 6:
        if let old = sent.randomElement(using: &random) {
          #expect(try log.append(old).sequences == nil, "retry appends nothing")
        }
      case 7:
        log.close()
        log = try EventLog.open(directory: directory.log, options: options)
      default:
        // Cut the last segment at a random byte, as a crash might (acknowledged data is lost
        // here only because the test removes it; the log must fall back to whole batches).
        log.close()
        let last = directory.log + "/" + (try segmentFiles(directory.log)).last!
        var content = try bytes(of: last)
        let first = SegmentName.firstSequence(of: (last as NSString).lastPathComponent)!
        let cut = Int.random(in: 0...content.count, using: &random)
        let completeLines = content[..<cut].filter { $0 == 0x0A }.count
        content.removeLast(content.count - cut)
        try write(content, to: last)
        try? FileManager.default.removeItem(atPath: directory.log + "/index")
        let survivors = Int(first - 1) + completeLines
        var kept = survivors
        while kept > 0 && model.records[kept - 1].batchEnd != UInt64(kept) { kept -= 1 }
        model.keep(kept)
        sent = sent.filter { batch in model.records.contains { $0.id == batch[0].id } }
        log = try EventLog.open(directory: directory.log, options: options)
      }
      #expect(log.lastSequence == UInt64(model.records.count), "step \(step)")
    }
    let replayed = try replay(log)
    #expect(replayed.map(\.3) == model.records.map(\.id))
    #expect(replayed.map(\.1) == model.records.map(\.stream))
    for (stream, version) in model.versions { #expect(log.streamVersion(stream) == version) }
    #expect(try log.verify().records == UInt64(model.records.count))
    log.close()
  }
}
