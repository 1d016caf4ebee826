import Testing

@testable import JolModel

/// The learners of a snapshot read by several threads (`LearnerChunks`): the state, and the
/// error of a damaged snapshot, are exactly those of reading in order.
@Suite struct SnapshotParallelTests {
  private static func decode(_ bytes: [UInt8], workers: Int) -> Result<ClusterState, SnapshotError>
  {
    Result { () throws(SnapshotError) in try ClusterSnapshot.decode(bytes, workers: workers) }
  }

  @Test func threadsReadTheStateReadInOrder() throws {
    var log = RandomLog(seed: 91)
    let state = SnapshotTests.fold(log.generate(900))
    #expect(state.learners.count > 10)
    for size in [1, 3, 7, 10_000] {
      let bytes = ClusterSnapshot.encode(state, learnersPerChunk: size)
      for workers in [1, 2, 3, 64] {
        #expect(
          try ClusterSnapshot.decode(bytes, workers: workers) == state,
          "chunks of \(size), \(workers) threads")
      }
    }
  }

  @Test func aDecodedStateHasRoomForTheTailsNewLearners() throws {
    var log = RandomLog(seed: 95)
    let state = SnapshotTests.fold(log.generate(300))
    let decoded = try ClusterSnapshot.decode(ClusterSnapshot.encode(state, learnersPerChunk: 4))
    #expect(decoded.learners.capacity >= decoded.learners.count + decoded.learners.count / 8)
  }

  @Test func damageIsTheSameErrorWhateverTheThreads() {
    // Damage behind a valid checksum, anywhere: the threads' answer — a state or the error of
    // the first damaged chunk — is the in-order reader's.
    var log = RandomLog(seed: 92)
    let bytes = ClusterSnapshot.encode(SnapshotTests.fold(log.generate(600)), learnersPerChunk: 2)
    var random = SplitMix64(seed: 93)
    var errors = 0
    for _ in 0..<300 {
      let (damaged, offset) = SnapshotTests.damagedBehindValidChecksum(bytes, using: &random)
      let inOrder = Self.decode(damaged, workers: 1)
      if case .failure = inOrder { errors += 1 }
      #expect(Self.decode(damaged, workers: 2) == inOrder, "byte \(offset)")
      #expect(Self.decode(damaged, workers: 5) == inOrder, "byte \(offset)")
    }
    #expect(errors > 30)
  }

  @Test func aDamagedChecksumIsRefusedBeforeAnyThreadReads() {
    var log = RandomLog(seed: 94)
    var bytes = ClusterSnapshot.encode(SnapshotTests.fold(log.generate(300)), learnersPerChunk: 3)
    bytes[ClusterSnapshot.headerSize + 40] ^= 0x01
    guard case .failure(.checksumMismatch) = Self.decode(bytes, workers: 2) else {
      Issue.record("a damaged byte passed the checksum")
      return
    }
  }
}
