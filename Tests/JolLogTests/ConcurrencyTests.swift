import Dispatch
import Foundation
import Synchronization
import Testing

@testable import JolLog

@Suite struct ConcurrencyTests {
  /// Many threads race to append to one stream, each expecting the version it read; for every
  /// version exactly one wins, and the stream's versions stay dense.
  @Test func exactlyOneWinnerPerExpectedVersion() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log)
    defer { log.close() }
    let rounds = 12
    let threads = 8
    let outcomes = Mutex<[UInt64: [Int]]>([:])  // expected version → winning threads
    let unexpected = Mutex<[String]>([])
    for round in 0..<rounds {
      let expected = log.streamVersion("race")
      DispatchQueue.concurrentPerform(iterations: threads) { thread in
        do {
          try log.append(
            [record("r\(round)-t\(thread)", stream: "race")],
            expecting: ["race": expected == 0 ? .noStream : .exactly(expected)])
          outcomes.withLock { $0[expected, default: []].append(thread) }
        } catch let error as LogError {
          if case .versionConflict(_, _, let actual) = error.kind, actual == expected + 1 { return }
          unexpected.withLock { $0.append(error.description) }
        } catch {
          unexpected.withLock { $0.append("\(error)") }
        }
      }
    }
    #expect(unexpected.withLock { $0 }.isEmpty)
    let winners = outcomes.withLock { $0 }
    #expect(winners.keys.sorted() == (0..<UInt64(rounds)).map { $0 })
    #expect(winners.values.allSatisfy { $0.count == 1 })
    let versions = try replay(log).map(\.2)
    #expect(versions == Array(1...UInt64(rounds)))
  }

  /// Free-for-all: threads append to their own and shared streams while others replay; the
  /// log ends dense and verified.
  @Test func appendsAndReplaysInParallel() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 8192))
    defer { log.close() }
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 6) { thread in
      do {
        for number in 0..<25 {
          if thread % 3 == 2 {
            var previous: UInt64 = 0
            try log.forEach { stored in
              if stored.sequence != previous + 1 { failures.withLock { $0.append("gap") } }
              previous = stored.sequence
            }
          } else {
            try log.append([
              record("t\(thread)-\(number)", stream: "own-\(thread)"),
              record("t\(thread)-\(number)-shared", stream: "shared"),
            ])
          }
        }
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 }.isEmpty)
    #expect(log.lastSequence == 4 * 25 * 2)
    #expect(log.streamVersion("shared") == 100)
    #expect(try log.verify().records == 200)
  }

  /// Readers opening while a writer appends and rolls segments over never take the writer's
  /// work in progress for damage, and always see a prefix of whole batches.
  @Test func readersRacingAWriterNeverSeeFalseDamage() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let options = EventLog.Options(segmentSize: 2048)
    let writer = try EventLog.open(directory: directory.log, options: options)
    let done = Atomic<Bool>(false)
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      defer { group.leave() }
      var previous: UInt64 = 0
      while !done.load(ordering: .acquiring) {
        do {
          let reader = try EventLog.open(
            directory: directory.log, mode: .readOnly, options: options)
          let last = reader.lastSequence
          if last < previous { failures.withLock { $0.append("went back: \(previous) → \(last)") } }
          if last % 3 != 0 { failures.withLock { $0.append("not whole batches: \(last)") } }
          previous = last
          reader.close()
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
    }
    for number in 0..<300 { try writer.append(batch("w\(number)", count: 3)) }
    done.store(true, ordering: .releasing)
    group.wait()
    writer.close()
    #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0.prefix(3) })")
    #expect(try segmentFiles(directory.log).count > 20)
  }
}
