import Dispatch

/// The learners of a snapshot in chunks that decode in parallel: restoring a million learners
/// is allocation-bound work that splits cleanly, and a command waits for it at start.
///
/// Layout: u32 chunk count C, then C × (u64 learners in the chunk, u64 offset of the chunk's
/// end), then the chunks one after the other (the first starts after this table), each the
/// learners' records back to back (`LearnerState+Snapshot.swift`).
enum LearnerChunks {
  /// Learners per chunk: enough that a chunk's overhead does not matter, few enough that a
  /// million learners give every core work.
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

  /// Reads the learners, chunks in parallel; leaves `r` after the last chunk.
  static func read(from r: inout SnapshotReader) throws(SnapshotError) -> [LearnerState] {
    let chunkCount = Int(try r.fixed(UInt32.self))
    guard chunkCount <= (r.end - r.position) / 16 else { throw r.malformed("a chunk count") }
    var chunks: [(first: Int, count: Int, start: Int, end: Int)] = []
    var total = 0
    var start = r.position + 16 * chunkCount
    for _ in 0..<chunkCount {
      let count = try r.fixed(UInt64.self)
      let end = try r.fixed(UInt64.self)
      guard end >= UInt64(start), end <= UInt64(r.end), count <= end - UInt64(start) else {
        throw r.malformed("a chunk within the snapshot")
      }
      chunks.append((total, Int(count), start, Int(end)))
      total += Int(count)
      start = Int(end)
    }
    // The reader only borrows the snapshot's bytes, which outlive the workers; each worker
    // reads its own chunk with its own copy.
    let reader = UncheckedSendable(r)
    let chunkList = chunks
    var failure: SnapshotError?
    let learners = [LearnerState](unsafeUninitializedCapacity: total) { buffer, initialized in
      let results = ChunkResults(count: chunkCount)
      let base = UncheckedSendable(buffer.baseAddress)
      DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
        let chunk = chunkList[index]
        var chunkReader = reader.value
        chunkReader.seek(to: chunk.start, end: chunk.end)
        do throws(SnapshotError) {
          for offset in 0..<chunk.count {
            (base.value! + chunk.first + offset).initialize(
              to: try LearnerState(reading: &chunkReader))
            results.done[index] += 1
          }
          guard chunkReader.position == chunk.end else {
            throw chunkReader.malformed("the end of learner chunk \(index)")
          }
        } catch {
          results.errors[index] = error
        }
      }
      if let error = results.errors.lazy.compactMap({ $0 }).first {
        for (index, chunk) in chunkList.enumerated() {
          (base.value! + chunk.first).deinitialize(count: results.done[index])
        }
        initialized = 0
        failure = error
        return
      }
      initialized = total
    }
    if let failure { throw failure }
    r.seek(to: start, end: r.end)
    return learners
  }
}

/// Per-chunk outcomes, each slot written by one worker only (raw memory: an array's
/// copy-on-write check would be a data race between workers).
private final class ChunkResults: @unchecked Sendable {
  let done: UnsafeMutableBufferPointer<Int>
  let errors: UnsafeMutableBufferPointer<SnapshotError?>

  init(count: Int) {
    done = .allocate(capacity: count)
    done.initialize(repeating: 0)
    errors = .allocate(capacity: count)
    errors.initialize(repeating: nil)
  }

  deinit {
    done.deallocate()
    _ = errors.deinitialize()
    errors.deallocate()
  }
}

/// A value handed to the workers of `concurrentPerform`, which touch disjoint parts of it.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
