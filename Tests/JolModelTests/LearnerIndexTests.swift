import Testing

@testable import JolModel

/// ``LearnerIndex`` finds every learner where the state holds them, whichever half their id
/// falls in; a restored snapshot's index is the same built by one thread or two, and a snapshot
/// whose learners repeat an id or go beyond its covered sequence is refused at the first such
/// learner in order.
struct LearnerIndexTests {
  /// Learners with ids of both halves (last bytes of each parity), of several lengths.
  static func learners(_ count: Int) -> [LearnerState] {
    (0..<count).map { number in
      var learner = LearnerState(
        id: LearnerID(
          number % 3 == 0 ? "L-\(number)" : "L\(String(number, radix: 16))x\(number % 7)"))
      learner.lastSequence = UInt64(number + 1)
      return learner
    }
  }

  @Test(arguments: [1, 2])
  func findsEveryLearnerAtItsPosition(workers: Int) throws {
    let learners = Self.learners(5_000)
    let index = try learners.withUnsafeBufferPointer {
      try LearnerIndex.build($0, covered: 5_000, capacity: 5_000, workers: workers).get()
    }
    #expect(index.count == learners.count)
    for (position, learner) in learners.enumerated() {
      #expect(index[learner.id] == Int32(position))
    }
    #expect(index[LearnerID("L-1")] == nil && index[LearnerID("nobody")] == nil)
    // Both halves are used: ids end in bytes of each parity.
    let odd = learners.filter { $0.id.rawValue.utf8.last! & 1 == 1 }.count
    #expect(odd > 0 && odd < learners.count)
  }

  @Test func setAndRemoveInEitherHalf() {
    var index = LearnerIndex()
    #expect(index.isEmpty)
    index.reserveCapacity(10)
    for (position, id) in ["a", "b", "L-1", "L-2"].enumerated() {
      index[LearnerID(id)] = Int32(position)
    }
    #expect(index.count == 4 && !index.isEmpty)
    #expect(index[LearnerID("b")] == 1 && index[LearnerID("L-2")] == 3)
    index[LearnerID("b")] = nil
    #expect(index[LearnerID("b")] == nil && index.count == 3)
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
    // Two ids repeated, one of each half: the repetition met first in order is named.
    learners[2_500].id = learners[10].id
    learners[1_200].id = learners[11].id
    let named = learners[1_200].id
    #expect((named.rawValue.utf8.last! & 1) != (learners[2_500].id.rawValue.utf8.last! & 1))
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
