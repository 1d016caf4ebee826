import Foundation
import JolModel
import Testing

@testable import JolLog

/// Random operations against a model of the log: appends (single, grouped, retried, with right
/// and wrong expectations), reopens, crashes that tear the last unacknowledged write at a random
/// byte, and damage to acknowledged bytes. The log must always equal the model: acknowledged
/// batches in order, a torn write cut back to whole batches, damage refused and never cut.
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
    // The commit marker and the last segment's name and size before the latest write.
    var beforeWrite: (marker: [UInt8], segment: String, size: Int)? = nil
    func rememberBeforeWrite() throws {
      let last = try segmentFiles(directory.log).last
      beforeWrite = try last.map {
        (
          try bytes(of: directory.log + "/commit"), $0,
          try bytes(of: directory.log + "/" + $0).count
        )
      }
    }
    for step in 0..<150 {
      let operation = Int.random(in: 0..<10, using: &random)
      if operation < 6 { try rememberBeforeWrite() }
      switch operation {
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
      case 8:
        // Damage to an acknowledged byte of the last segment: refused, nothing changed.
        log.close()
        let last = directory.log + "/" + (try segmentFiles(directory.log)).last!
        let content = try bytes(of: last)
        var damaged = content
        let position = Int.random(in: 0..<content.count, using: &random)
        damaged[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
        try write(damaged, to: last)
        let refusal = logError { _ = try EventLog.open(directory: directory.log, options: options) }
        guard case .corrupt? = refusal?.kind else {
          Issue.record(
            "step \(step): damage at byte \(position) not reported: \(String(describing: refusal))")
          return
        }
        #expect(try bytes(of: last) == damaged, "step \(step): a damaged log is not cut")
        try write(content, to: last)
        log = try EventLog.open(directory: directory.log, options: options)
      default:
        // A crash during the latest write, in the same segment: its bytes cut at a random
        // point, its marker never written. The log falls back to whole batches.
        guard let before = beforeWrite,
          let lastName = try segmentFiles(directory.log).last, lastName == before.segment
        else { continue }
        log.close()
        let last = directory.log + "/" + lastName
        var content = try bytes(of: last)
        let first = SegmentName.firstSequence(of: lastName)!
        let cut = Int.random(in: before.size...content.count, using: &random)
        let completeLines = content[..<cut].filter { $0 == 0x0A }.count
        content.removeLast(content.count - cut)
        try write(content, to: last)
        try write(before.marker, to: directory.log + "/commit")
        try? FileManager.default.removeItem(atPath: directory.log + "/index")
        let survivors = Int(first - 1) + completeLines
        var kept = survivors
        while kept > 0 && model.records[kept - 1].batchEnd != UInt64(kept) { kept -= 1 }
        model.keep(kept)
        sent = sent.filter { batch in model.records.contains { $0.id == batch[0].id } }
        beforeWrite = nil
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
