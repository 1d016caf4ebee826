/// The learners of a snapshot, in chunks.
///
/// Layout: u32 chunk count C, then C × (u64 learners in the chunk, u64 offset of the chunk's
/// end), then the chunks one after the other (the first starts after this table), each the
/// learners' records back to back (`LearnerState+Snapshot.swift`).
///
/// The chunk table lets a reader split the work across cores: the chunks are read in runs,
/// a few per core, each core taking the next run when it is done with one (so that a core slowed
/// by the machine's other work leaves the other less to do alone at the end), each learner built
/// in its place in the result. In a fresh process (a command starting) much of a decode's time
/// is the kernel giving the new heap its pages, which the cores do side by side; the result, and
/// the error of a damaged snapshot, are those of reading in order.
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
    // Through a pointer, not `for learner in learners`: that would copy (retain and release)
    // every field of every learner.
    learners.withUnsafeBufferPointer { learners in
      for chunk in 0..<chunkCount {
        let range =
          (chunk * learnersPerChunk)..<min(learners.count, (chunk + 1) * learnersPerChunk)
        for position in range { learners[position].write(to: &w) }
        w.patch(UInt64(range.count), at: table + 16 * chunk)
        w.patch(UInt64(w.length), at: table + 16 * chunk + 8)
      }
    }
  }

  /// The learners of a snapshot, with what indexing them needs, worked out while each learner
  /// is fresh in the cache rather than in another pass over a gigabyte of states.
  struct Read {
    var learners: [LearnerState]
    /// Each learner's ``LearnerIndex/hash(_:)``, by position.
    var hashes: [UInt64]
    /// The first learner in order that has folded events beyond the covered sequence, if any.
    var firstBeyondCovered: (position: Int, lastSequence: UInt64)?
  }

  /// Reads the learners of a snapshot covering `covered`; leaves `r` after the last chunk.
  /// `workers` threads (at most one per core) read contiguous runs of chunks, ``runsPerWorker``
  /// runs each (one run in all with one worker); the error is that of the first damaged chunk in
  /// order, as a reader in order would meet it.
  ///
  /// Each learner is built in place in the result's storage: appending would copy it, which
  /// for a struct of a dozen arrays and strings means a retain and a release of each.
  static func read(from r: inout SnapshotReader, covered: UInt64, workers: Int = defaultWorkers)
    throws(SnapshotError) -> Read
  {
    let table = try Table(reading: &r)
    let (chunks, total) = (table.chunks, table.learners)
    let runs = table.runs(workers: workers)
    var outcomes = [Outcome](repeating: Outcome(), count: runs.count)
    let reader = r
    // Room for the learners the log's tail adds: without it the first new learner would move
    // every state into a buffer twice the size, in a fresh process one page fault per 4 KiB.
    // Room never written takes no memory.
    let capacity = total + total / 8 + 16
    var hashes = [UInt64](repeating: 0, count: total)
    let learners = [LearnerState](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      let base = buffer.baseAddress
      outcomes.withUnsafeMutableBufferPointer { outcomes in
        hashes.withUnsafeMutableBufferPointer { hashes in
          let shared = Shared(
            chunks: chunks, runs: runs, reader: reader, covered: covered,
            target: Target(learners: base, hashes: hashes.baseAddress), outcomes: outcomes)
          Parallel.forEach(runs.count) { shared.read($0) }
        }
      }
      if outcomes.allSatisfy({ $0.failure == nil }) {
        initialized = total
      } else {
        // Nothing is returned: every learner built is released.
        for (run, outcome) in zip(runs, outcomes) {
          (base! + chunks[run.lowerBound].first).deinitialize(count: outcome.built)
        }
      }
    }
    if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
    r.seek(to: table.end, end: r.end)
    return Read(
      learners: learners, hashes: hashes,
      firstBeyondCovered: outcomes.lazy.compactMap(\.firstBeyondCovered).first)
  }

  /// The number of threads a decode uses: the cores, at most two (the machines Jol runs on;
  /// more threads than cores only contend).
  static let defaultWorkers = min(2, max(1, Parallel.cores))

  /// A chunk: its first learner's position in the result, its learners, its bytes.
  struct Chunk {
    var first: Int
    var count: Int
    var start: Int
    var end: Int
  }

  /// The chunk table, read and checked: every chunk within the snapshot, after the one before.
  struct Table {
    var chunks: [Chunk] = []
    /// The learners of all chunks.
    var learners = 0
    /// The offset after the last chunk (after the table when there is none).
    var end: Int

    /// Reads the table; leaves `r` after it, at the first chunk.
    init(reading r: inout SnapshotReader) throws(SnapshotError) {
      let chunkCount = Int(try r.fixed(UInt32.self))
      guard chunkCount <= (r.end - r.position) / 16 else { throw r.malformed("a chunk count") }
      chunks.reserveCapacity(chunkCount)
      end = r.position + 16 * chunkCount
      for _ in 0..<chunkCount {
        let count = try r.fixed(UInt64.self)
        let chunkEnd = try r.fixed(UInt64.self)
        guard chunkEnd >= UInt64(end), chunkEnd <= UInt64(r.end), count <= chunkEnd - UInt64(end)
        else {
          throw r.malformed("a chunk within the snapshot")
        }
        chunks.append(Chunk(first: learners, count: Int(count), start: end, end: Int(chunkEnd)))
        learners += Int(count)
        end = Int(chunkEnd)
      }
    }

    /// The runs of chunks `workers` threads read (``runsPerWorker`` each; one with one worker).
    func runs(workers: Int) -> [Range<Int>] {
      LearnerChunks.runs(
        of: chunks, count: workers > 1 ? min(chunks.count, workers * runsPerWorker) : 1)
    }
  }

  /// What reading a run of chunks came to: the learners built (a prefix of the run's), the
  /// error that stopped it, and the run's first learner beyond the covered sequence.
  fileprivate struct Outcome {
    var built = 0
    var failure: SnapshotError?
    var firstBeyondCovered: (position: Int, lastSequence: UInt64)?
  }

  /// Where the threads put what they read: each learner, and its hash, at its position.
  fileprivate struct Target {
    let learners: UnsafeMutablePointer<LearnerState>?
    let hashes: UnsafeMutablePointer<UInt64>?
  }

  /// What the threads share. Each run of chunks is read with its own copy of the reader (the
  /// bytes and tables it points at are only read), and writes only its learners and hashes, and
  /// its own outcome.
  fileprivate struct Shared: @unchecked Sendable {
    let chunks: [Chunk]
    let runs: [Range<Int>]
    let reader: SnapshotReader
    let covered: UInt64
    let target: Target
    let outcomes: UnsafeMutableBufferPointer<Outcome>

    func read(_ run: Int) {
      LearnerChunks.withReader(reader, ownStrings: run > 0) { reader in
        outcomes[run] = LearnerChunks.read(
          chunks[runs[run]], with: reader, covered: covered, into: target)
      }
    }
  }

  /// Calls `body` with `reader`, or with a copy of it that reads its own copies of the shared
  /// strings. Every learner holds strings of the shared table (a subject, a school), each a
  /// reference counted with an atomic add. Two cores counting the same strings would pass their
  /// cache lines to and fro millions of times: each run of chunks after the first reads a copy of
  /// its own.
  static func withReader<Result>(
    _ reader: SnapshotReader, ownStrings: Bool, _ body: (SnapshotReader) -> Result
  ) -> Result {
    guard ownStrings else { return body(reader) }
    let own = reader.sharedStrings.map(LearnerChunks.ownCopy)
    return own.withUnsafeBufferPointer { strings in
      var reader = reader
      reader.sharedStrings = strings
      return body(reader)
    }
  }

  /// A string equal to `text` in storage of its own (a short one is held inline anyway).
  private static func ownCopy(_ text: String) -> String {
    let utf8 = text.utf8
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      buffer.initialize(fromContentsOf: utf8)
    }
  }

  /// Runs per worker: with two runs, one per core, a core slowed by other work left the other
  /// idle for a fifth of the decode (session 12, in a profile of a 1.2 M-learner start-up).
  static let runsPerWorker = 4

  /// Splits the chunks into at most `count` contiguous runs of about equal bytes.
  private static func runs(of chunks: [Chunk], count: Int) -> [Range<Int>] {
    guard count > 1, let first = chunks.first, let last = chunks.last else {
      return [0..<chunks.count]
    }
    let bytes = last.end - first.start
    var runs: [Range<Int>] = []
    var lower = 0
    for run in 1..<count {
      let target = first.start + bytes * run / count
      var upper = lower + 1
      while upper < chunks.count - (count - run) && chunks[upper].start < target { upper += 1 }
      runs.append(lower..<upper)
      lower = upper
    }
    runs.append(lower..<chunks.count)
    return runs
  }

  /// Reads a run of chunks into their places in `target`, with a reader of its own.
  fileprivate static func read(
    _ run: ArraySlice<Chunk>, with reader: SnapshotReader, covered: UInt64, into target: Target
  ) -> Outcome {
    var r = reader
    var outcome = Outcome()
    guard let first = run.first, let learners = target.learners, let hashes = target.hashes
    else { return outcome }
    r.seek(to: first.start, end: reader.end)
    do throws(SnapshotError) {
      for (index, chunk) in zip(run.indices, run) {
        for _ in 0..<chunk.count {
          let position = first.first + outcome.built
          let (id, hash) = try LearnerState.readID(from: &r)
          (learners + position).initialize(to: LearnerState(id: id))
          outcome.built += 1
          try learners[position].readRecord(from: &r)
          hashes[position] = hash
          let lastSequence = learners[position].lastSequence
          if lastSequence > covered && outcome.firstBeyondCovered == nil {
            outcome.firstBeyondCovered = (position, lastSequence)
          }
        }
        guard r.position == chunk.end else {
          throw r.malformed("the end of learner chunk \(index)")
        }
      }
    } catch {
      outcome.failure = error
    }
    return outcome
  }
}
