import Foundation
import Synchronization
import Testing

@testable import JolModel

/// ``Parallel/pipeline(pieces:make:consume:)``: the consumer gets every piece it asks for, in
/// order, each made once, whatever the threads do; it may stop early or throw, and what was
/// made and not taken is freed.
struct PipelineTests {
  /// A piece whose making is counted and whose freeing is seen.
  final class Piece: Sendable {
    let index: Int
    let values: [Int]
    let counters: Counters

    init(_ index: Int, counters: Counters) {
      self.index = index
      // Uneven work, so that makers and consumer overtake one another.
      values = (0..<(index % 7) * 500).map { $0 &* index }
      self.counters = counters
      counters.made.add(1, ordering: .relaxed)
    }

    deinit { counters.freed.add(1, ordering: .relaxed) }
  }

  /// A counter shared with the pieces (an `Atomic` cannot be copied or captured by value).
  final class Counters: Sendable {
    let made = Atomic<Int>(0)
    let freed = Atomic<Int>(0)
  }

  @Test(arguments: [0, 1, 2, 3, 64, 1_000])
  func theConsumerTakesEveryPieceInOrderEachMadeOnce(count: Int) {
    let counters = Counters()
    let seen = Parallel.pipeline(
      pieces: count,
      make: { index in Piece(index, counters: counters) },
      consume: { (take: (Int) -> Piece) in
        var seen: [Int] = []
        for index in 0..<count {
          let piece = take(index)
          #expect(piece.values.count == (index % 7) * 500)
          seen.append(piece.index)
        }
        return seen
      })
    #expect(seen == Array(0..<count))
    #expect(counters.made.load(ordering: .relaxed) == count)
    #expect(counters.freed.load(ordering: .relaxed) == count)
  }

  @Test
  func aConsumerThatStopsEarlyLeavesNothingHeld() {
    let counters = Counters()
    let taken = Parallel.pipeline(
      pieces: 200,
      make: { Piece($0, counters: counters) },
      consume: { (take: (Int) -> Piece) in (0..<10).map { take($0).index } })
    #expect(taken == Array(0..<10))
    // Pieces made ahead and never taken are freed with the pipeline.
    #expect(counters.freed.load(ordering: .relaxed) >= 10)
    #expect(counters.freed.load(ordering: .relaxed) == counters.made.load(ordering: .relaxed))
  }

  struct Refused: Error, Equatable { let at: Int }

  @Test
  func whatTheConsumerThrowsIsRethrownAndNothingIsHeld() {
    let counters = Counters()
    #expect(throws: Refused(at: 17)) {
      try Parallel.pipeline(
        pieces: 100,
        make: { index in Piece(index, counters: counters) },
        consume: { (take: (Int) -> Piece) throws(Refused) in
          for index in 0..<100 where take(index).index == 17 { throw Refused(at: index) }
        })
    }
    #expect(counters.freed.load(ordering: .relaxed) == counters.made.load(ordering: .relaxed))
  }

  @Test
  func theConsumerMayWorkSlowlyWhileThePiecesAreMadeAhead() {
    // A consumer slower than the makers: pieces wait in their slots, and come out unchanged.
    let sums = Parallel.pipeline(
      pieces: 40,
      make: { index in (0..<1_000).reduce(index) { $0 &+ $1 } },
      consume: { (take: (Int) -> Int) in
        (0..<40).map { index -> Int in
          var spin = 0
          for value in 0..<20_000 { spin &+= value }
          return take(index) &+ (spin & 0)
        }
      })
    #expect(sums == (0..<40).map { index in (0..<1_000).reduce(index) { $0 &+ $1 } })
  }
}

/// ``Ahead``: the value computed on another thread is handed over once; what computing it
/// threw is rethrown; and dropping it waits for the work.
struct AheadTests {
  struct Failed: Error, Equatable {}

  @Test func theValueComputedAheadIsTaken() throws {
    let ahead = Ahead { (0..<100_000).reduce(0, &+) }
    var meanwhile = 0
    for value in 0..<1_000 { meanwhile &+= value }
    #expect(try ahead.take() == 4_999_950_000)
    #expect(meanwhile == 499_500)
  }

  @Test func whatTheWorkThrewIsRethrownWhenTaken() {
    let ahead = Ahead { () throws -> Int in throw Failed() }
    #expect(throws: Failed()) { try ahead.take() }
  }

  @Test func droppingItWaitsForTheWork() {
    let finished = Atomic<Bool>(false)
    do {
      _ = Ahead {
        usleep(50_000)
        finished.store(true, ordering: .releasing)
      }
    }
    let done = finished.load(ordering: .acquiring)
    #expect(done)
  }
}
