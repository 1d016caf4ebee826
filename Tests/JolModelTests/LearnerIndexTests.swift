import Testing

@testable import JolModel

/// ``LearnerIndex`` finds every learner where the state holds them, whichever half their id
/// falls in, through growth; a restored snapshot's index is the same built by one thread or two,
/// and a snapshot whose learners repeat an id or go beyond its covered sequence is refused at the
/// first such learner in order.
struct LearnerIndexTests {
  /// Learners with ids of several lengths (short ones, and the 17 bytes of minted ids).
  static func learners(_ count: Int) -> [LearnerState] {
    (0..<count).map { number in
      let id =
        switch number % 3 {
        case 0: "L-\(number)"
        case 1: "L\(String(number, radix: 16))x\(number % 7)"
        default: "L" + String(repeating: "0", count: 12) + String(number, radix: 16)
        }
      var learner = LearnerState(id: LearnerID(id))
      learner.lastSequence = UInt64(number + 1)
      return learner
    }
  }

  @Test(arguments: [1, 2])
  func findsEveryLearnerAtItsPosition(workers: Int) throws {
    let learners = Self.learners(5_000)
    try learners.withUnsafeBufferPointer { buffer in
      let hashes = buffer.map { LearnerIndex.hash($0.id) }
      let index = try hashes.withUnsafeBufferPointer {
        try LearnerIndex.build(
          buffer, hashes: $0, upTo: buffer.count, capacity: 5_000, workers: workers
        ).get()
      }
      #expect(index.count == learners.count)
      for (position, learner) in learners.enumerated() {
        #expect(index.position(of: learner.id, in: buffer) == Int32(position))
      }
      #expect(index.position(of: LearnerID("L-1"), in: buffer) == nil)
      #expect(index.position(of: LearnerID("nobody"), in: buffer) == nil)
    }
    // Both halves are used.
    let second = learners.filter { LearnerIndex.half(of: $0.id) == 1 }.count
    #expect(second > 1_000 && second < 4_000)
  }

  /// Learners appended one by one, from no room at all: the halves grow many times and every
  /// learner is still found; an id already indexed is appended but not indexed, and is found
  /// where it was first.
  @Test func appendsOneByOneThroughGrowthAndRefusesARepeat() {
    var learners: [LearnerState] = []
    var index = LearnerIndex()
    #expect(index.isEmpty)
    for learner in Self.learners(20_000) {
      let added = index.append(learner, to: &learners)
      #expect(added)
    }
    let repeated = index.append(LearnerState(id: learners[7_777].id), to: &learners)
    #expect(!repeated)
    #expect(learners.count == 20_001 && index.count == 20_000)
    #expect(index.position(of: learners[7_777].id, in: learners) == 7_777)
    for position in stride(from: 0, to: 20_000, by: 7) {
      #expect(index.position(of: learners[position].id, in: learners) == Int32(position))
    }
    #expect(index.position(of: LearnerID("L-20000"), in: learners) == nil)
  }

  /// A state's lookups after learners are set, added by the fold, or added by a replay.
  @Test func theStateFindsItsLearners() {
    var state = ClusterState()
    state.setLearners(Self.learners(3_000))
    for position in [0, 1, 2, 1_500, 2_999] {
      #expect(state.learner(state.learners[position].id) == state.learners[position])
    }
    let added = state.learnerPosition(LearnerID("L-new"))
    #expect(added == 3_000 && state.learnerPosition(LearnerID("L-new")) == 3_000)
    #expect(state.learner(LearnerID("L-new"))?.id == LearnerID("L-new"))
    #expect(state.learner(LearnerID("L-absent")) == nil)
  }

  /// A restored snapshot's index, built from hashes of the ids' bytes as they are read, finds
  /// every learner by the id a command holds, whatever its length or letters.
  @Test(arguments: [1, 2])
  func aRestoredSnapshotFindsEveryLearnerByItsId(workers: Int) throws {
    var learners = Self.learners(4_000)
    learners[17].id = LearnerID("Ә-оқушы-17")
    learners[18].id = LearnerID("x")
    var state = ClusterState()
    state.setLearners(learners)
    state.coveredSequence = 4_000
    let restored = try ClusterSnapshot.decode(ClusterSnapshot.encode(state), workers: workers)
    for learner in learners { #expect(restored.learner(learner.id) == learner) }
    #expect(restored.learner(LearnerID("Ә-оқушы-18")) == nil)
  }

  /// The snapshot of `learners` (covering `covered`), decoded by `workers` threads.
  static func decode(_ learners: [LearnerState], covered: UInt64, workers: Int) throws {
    var state = ClusterState()
    state.setLearners(learners)
    state.coveredSequence = covered
    _ = try ClusterSnapshot.decode(ClusterSnapshot.encode(state), workers: workers)
  }

  @Test(arguments: [1, 2])
  func aRepeatedIdIsRefusedAtItsFirstRepetition(workers: Int) {
    var learners = Self.learners(3_000)
    // Two ids repeated, one of each half (the halves follow a seed of each process's own): the
    // repetition met first in order is named.
    let other = (11..<100).first {
      LearnerIndex.half(of: learners[$0].id) != LearnerIndex.half(of: learners[10].id)
    }!
    learners[2_500].id = learners[10].id
    learners[1_200].id = learners[other].id
    let named = learners[1_200].id
    #expect(
      throws: SnapshotError.malformed(
        offset: 0, expected: "learner ids seen once, not \(named) twice")
    ) { try Self.decode(learners, covered: 3_000, workers: workers) }
  }

  @Test(arguments: [1, 2])
  func aLearnerBeyondTheCoveredSequenceIsRefusedWhenMetFirst(workers: Int) {
    var learners = Self.learners(3_000)
    learners[2_000].id = learners[5].id
    // Learner 1 500 is met before the repetition at 2 000.
    learners[1_500].lastSequence = 9_999
    #expect(throws: SnapshotError.inconsistent(header: 3_000, state: 9_999)) {
      try Self.decode(learners, covered: 3_000, workers: workers)
    }
    // And after it, the repetition is the first problem.
    learners[1_500].lastSequence = 1
    learners[2_700].lastSequence = 9_999
    let named = learners[2_000].id
    #expect(
      throws: SnapshotError.malformed(
        offset: 0, expected: "learner ids seen once, not \(named) twice")
    ) { try Self.decode(learners, covered: 3_000, workers: workers) }
  }
}
