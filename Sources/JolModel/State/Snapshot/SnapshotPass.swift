/// A snapshot read for one look at each of its learners, without holding them: what a command
/// that looks at each learner once needs (the pathway report's counts), in a fraction of the
/// memory and time of the state (``ClusterSnapshot/decode(_:)-(UnsafeRawBufferPointer)``).
///
/// ``init(_:keeping:)`` checks the snapshot (header, length, checksum) and reads everything but
/// the learners: the organisations, the covered sequence, the latest effective date (``state``).
/// ``forEachLearner(folding:workers:part:visit:)`` then builds the learners on every core,
/// folds into each its events of the log's tail, hands it to a visitor and drops it: in the
/// cache still when the visitor reads it, and its memory taken again by the next learner, where
/// a state of a million learners takes a gigabyte of fresh pages from the kernel.
///
/// The learners are checked as the decode checks them: a learner that does not read, one folded
/// beyond the covered sequence, an id seen twice — the pass then throws (and the visitor's
/// parts are to be dropped).
public struct SnapshotPass: @unchecked Sendable {
  /// The snapshot's state without its learners.
  public let state: ClusterState
  /// What holds the snapshot's bytes (a mapped file): they stay valid while the pass lives.
  private let owner: AnyObject?
  private let bytes: UnsafeRawBufferPointer
  private let tables: ClusterSnapshot.Tables
  private let chunks: LearnerChunks.Table

  /// Reads a snapshot but for its learners.
  /// - Parameter owner: what keeps `bytes` valid for as long as the pass is used.
  /// - Throws: ``SnapshotError``, as ``ClusterSnapshot/decode(_:)-(UnsafeRawBufferPointer)``
  ///   throws for the parts read.
  public init(_ bytes: UnsafeRawBufferPointer, keeping owner: AnyObject?) throws(SnapshotError) {
    let tables = try ClusterSnapshot.Tables(bytes)
    (chunks, state) = try tables.withBodyReader(bytes) { r throws(SnapshotError) in
      let chunks = try LearnerChunks.Table(reading: &r)
      r.seek(to: chunks.end, end: tables.offset)
      var state = ClusterState()
      try state.readAfterLearners(from: &r, covered: tables.covered)
      guard r.position == tables.offset else { throw r.malformed("the tables after the body") }
      return (chunks, state)
    }
    self.owner = owner
    self.bytes = bytes
    self.tables = tables
  }

  /// What a pass read: the visitor's parts, in the snapshot's order of their runs; of the
  /// tail's learners, those the snapshot holds; the last sequence and latest date folded into
  /// its learners.
  struct Passed<Part> {
    var parts: [Part]
    /// By the tail's number of each learner: whether the snapshot holds it.
    var met: [Bool]
    var lastSequence: UInt64 = 0
    var latestEffective: CivilDate?
  }

  /// Builds every learner of the snapshot, on `workers` threads, folds into it its events of
  /// `tail` in the tail's slice, and hands it to `visit` with the part of its thread's current run of chunks.
  ///
  /// `visit` is called on several threads at once: it must only read what it shares, and
  /// write its part.
  /// - Throws: ``SnapshotError`` for a learner that does not read, one folded beyond the
  ///   covered sequence (`inconsistent`), or an id seen twice (`malformed`);
  ///   ``UndecodableEvent`` for an event of the tail that does not decode. The parts are then
  ///   incomplete.
  func forEachLearner<Part>(
    folding tail: LearnerTail = LearnerTail(), workers: Int = LearnerChunks.defaultWorkers,
    part: () -> Part, visit: (inout Part, LearnerState) -> Void
  ) throws -> Passed<Part> {
    let runs = chunks.runs(workers: workers)
    var outcomes = [RunOutcome<Part>?](repeating: nil, count: runs.count)
    // The reader's errors carried out in a Result: `withoutActuallyEscaping` passes on untyped
    // ones only.
    try withoutActuallyEscaping(part) { part in
      withoutActuallyEscaping(visit) { visit in
        Result { () throws(SnapshotError) in
          try tables.withBodyReader(bytes) { r in
            outcomes.withUnsafeMutableBufferPointer { slots in
              let shared = Shared(
                chunks: chunks.chunks, runs: runs, reader: r, covered: tables.covered,
                tail: tail, part: part, visit: visit, slots: slots)
              Parallel.forEach(runs.count) { shared.read($0) }
            }
          }
        }
      }
    }.get()
    var passed = Passed<Part>(parts: [], met: Array(repeating: false, count: tail.learners.count))
    var hashes: [[UInt64]] = []
    for outcome in outcomes {
      guard let outcome else { preconditionFailure("every run of chunks is read") }
      if let failure = outcome.failure { throw failure }
      passed.parts.append(outcome.part)
      for number in outcome.met { passed.met[number] = true }
      passed.lastSequence = max(passed.lastSequence, outcome.lastSequence)
      if let latest = outcome.latestEffective {
        passed.latestEffective = max(passed.latestEffective ?? latest, latest)
      }
      hashes.append(outcome.hashes)
    }
    guard !Self.repeats(in: hashes) else {
      throw SnapshotError.malformed(offset: 0, expected: "learner ids seen once")
    }
    return passed
  }

  /// Whether a hash comes twice among `hashes`. Two ids of the same ``LearnerIndex/hash(_:)``
  /// count as a repeat: one chance in many billions for distinct ids, and a caller that meets
  /// it reads the snapshot's state whole, which tells them apart. The hashes are looked at in
  /// two halves by their top bit, each on a core of its own.
  static func repeats(in hashes: [[UInt64]]) -> Bool {
    Parallel.map(2) { half in repeats(in: hashes, topBit: UInt64(half)) }.contains(true)
  }

  /// ``repeats(in:)`` among the hashes whose top bit is `topBit`.
  private static func repeats(in hashes: [[UInt64]], topBit: UInt64) -> Bool {
    let count = hashes.reduce(0) { total, run in total + run.count { $0 >> 63 == topBit } }
    var size = 16
    while size < 2 * count { size *= 2 }
    let mask = UInt64(size - 1)
    // Open addressing, 0 for an empty slot (a hash of 0 is taken as 1).
    var slots = [UInt64](repeating: 0, count: size)
    return slots.withUnsafeMutableBufferPointer { slots in
      for run in hashes {
        for hash in run where hash >> 63 == topBit {
          let key = hash == 0 ? 1 : hash
          var slot = Int(truncatingIfNeeded: key & mask)
          while slots[slot] != 0 {
            if slots[slot] == key { return true }
            slot = (slot + 1) & Int(mask)
          }
          slots[slot] = key
        }
      }
      return false
    }
  }

  /// What reading one run of chunks came to.
  fileprivate struct RunOutcome<Part> {
    var part: Part
    /// The tail's numbers of the learners met.
    var met: [Int] = []
    /// The last sequence and latest date of the learners read.
    var lastSequence: UInt64 = 0
    var latestEffective: CivilDate?
    /// The ``LearnerIndex/hash(_:)`` of each learner's id, for the check that none repeats.
    var hashes: [UInt64] = []
    var failure: (any Error)?
  }

  /// What the threads share. Unchecked Sendable, and safe as used: the reader's bytes and
  /// tables are only read, each run writes only its own slot, and `visit` is called by the
  /// caller's contract.
  fileprivate struct Shared<Part>: @unchecked Sendable {
    let chunks: [LearnerChunks.Chunk]
    let runs: [Range<Int>]
    let reader: SnapshotReader
    let covered: UInt64
    let tail: LearnerTail
    let part: () -> Part
    let visit: (inout Part, LearnerState) -> Void
    let slots: UnsafeMutableBufferPointer<RunOutcome<Part>?>

    func read(_ run: Int) {
      LearnerChunks.withReader(reader, ownStrings: run > 0) { reader in
        slots[run] = read(chunks[runs[run]], with: reader)
      }
    }

    private func read(_ run: ArraySlice<LearnerChunks.Chunk>, with reader: SnapshotReader)
      -> RunOutcome<Part>
    {
      var r = reader
      var outcome = RunOutcome(part: part())
      guard let first = run.first else { return outcome }
      outcome.hashes.reserveCapacity(run.reduce(0) { $0 + $1.count })
      r.seek(to: first.start, end: reader.end)
      do {
        for (index, chunk) in zip(run.indices, run) {
          for _ in 0..<chunk.count {
            let (id, hash) = try LearnerState.readID(from: &r)
            var learner = LearnerState(id: id)
            try learner.readRecord(from: &r)
            guard learner.lastSequence <= covered else {
              throw SnapshotError.inconsistent(header: covered, state: learner.lastSequence)
            }
            outcome.hashes.append(hash)
            if !tail.isEmpty, let number = tail.learners.number(ifPresent: id.rawValue, hash: hash)
            {
              _ = try tail.fold(number, into: &learner)
              outcome.met.append(number)
            }
            outcome.lastSequence = max(outcome.lastSequence, learner.lastSequence)
            if let latest = learner.latestEffective {
              outcome.latestEffective = max(outcome.latestEffective ?? latest, latest)
            }
            visit(&outcome.part, learner)
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
}
