/// The learners of a snapshot, in chunks.
///
/// Layout: u32 chunk count C, then C × (u64 learners in the chunk, u64 offset of the chunk's
/// end), then the chunks one after the other (the first starts after this table), each the
/// learners' records back to back (`LearnerState+Snapshot.swift`).
///
/// The chunk table lets a reader split the work across cores. This one reads the chunks in
/// order: on the 2-core machines Jol runs on, shared with other work, decoding chunks in
/// parallel measured slower (page faults and allocator arenas contend) — 0.45–0.53 s of CPU
/// and as much wall time for 300 000 learners, against 0.32–0.36 s in order.
enum LearnerChunks {
  /// Learners per chunk.
  static let learnersPerChunk = 65_536

  static func write(
    _ learners: [LearnerState], to w: inout SnapshotWriter,
    learnersPerChunk: Int = learnersPerChunk
  ) {
    let chunkCount = (learners.count + learnersPerChunk - 1) / learnersPerChunk
    w.fixed(UInt32(chunkCount))
    let table = w.length
    for _ in 0..<chunkCount {
      w.fixed(UInt64(0))
      w.fixed(UInt64(0))
    }
    for chunk in 0..<chunkCount {
      let range = (chunk * learnersPerChunk)..<min(learners.count, (chunk + 1) * learnersPerChunk)
      for learner in learners[range] { learner.write(to: &w) }
      w.patch(UInt64(range.count), at: table + 16 * chunk)
      w.patch(UInt64(w.length), at: table + 16 * chunk + 8)
    }
  }

  /// Reads the learners; leaves `r` after the last chunk.
  ///
  /// Each learner is built in place in the result's storage: appending would copy it, which
  /// for a struct of a dozen arrays and strings means a retain and a release of each.
  static func read(from r: inout SnapshotReader) throws(SnapshotError) -> [LearnerState] {
    let chunkCount = Int(try r.fixed(UInt32.self))
    guard chunkCount <= (r.end - r.position) / 16 else { throw r.malformed("a chunk count") }
    var chunks: [(count: Int, end: Int)] = []
    var total = 0
    var start = r.position + 16 * chunkCount
    for _ in 0..<chunkCount {
      let count = try r.fixed(UInt64.self)
      let end = try r.fixed(UInt64.self)
      guard end >= UInt64(start), end <= UInt64(r.end), count <= end - UInt64(start) else {
        throw r.malformed("a chunk within the snapshot")
      }
      chunks.append((Int(count), Int(end)))
      total += Int(count)
      start = Int(end)
    }
    var failure: SnapshotError?
    let learners = [LearnerState](unsafeUninitializedCapacity: total) { buffer, initialized in
      do throws(SnapshotError) {
        for (index, chunk) in chunks.enumerated() {
          for _ in 0..<chunk.count {
            (buffer.baseAddress! + initialized).initialize(to: try LearnerState(reading: &r))
            initialized += 1
          }
          guard r.position == chunk.end else {
            throw r.malformed("the end of learner chunk \(index)")
          }
        }
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return learners
  }
}
