/// A snapshot read for one look at each of its learners, without holding them: what a command
/// that looks at each learner once needs (the pathway report's counts), in a fraction of the
/// memory and time of the state (``ClusterSnapshot/decode(_:)-(UnsafeRawBufferPointer)``).
///
/// ``init(_:keeping:)`` checks the snapshot (header, length, checksum) and reads everything but
/// the learners: the organisations, the covered sequence, the latest effective date (``state``).
/// ``forEachLearner(holdingBack:workers:part:visit:)`` then builds the learners on every core,
/// hands each to a visitor and drops it: in the cache still when the visitor reads it, and its
/// memory taken again by the next learner, where a state of a million learners takes a gigabyte
/// of fresh pages from the kernel.
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

  /// The number of learners the snapshot holds.
  public var learnerCount: Int { chunks.learners }

  /// Builds every learner of the snapshot, on `workers` threads, and hands each to `visit` with
  /// the part of its thread's current run of chunks, but for those whose ids are in
  /// `holdingBack`: these are returned, in the snapshot's order.
  ///
  /// `visit` is called on several threads at once: it must only read what it shares, and
  /// write its part. The parts come back in the snapshot's order of their runs.
  /// - Throws: ``SnapshotError`` for a learner that does not read, one folded beyond the
  ///   covered sequence (`inconsistent`), or an id seen twice (`malformed`); the parts are then
  ///   incomplete.
  func forEachLearner<Part>(
    holdingBack: Set<LearnerID> = [], workers: Int = LearnerChunks.defaultWorkers,
    part: () -> Part, visit: (inout Part, LearnerState) -> Void
  ) throws(SnapshotError) -> (parts: [Part], heldBack: [LearnerState]) {
    let runs = chunks.runs(workers: workers)
    let held = HeldBack(holdingBack)
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
                held: held, part: part, visit: visit, slots: slots)
              Parallel.forEach(runs.count) { shared.read($0) }
            }
          }
        }
      }
    }.get()
    var parts: [Part] = []
    var heldBack: [LearnerState] = []
    var hashes: [[UInt64]] = []
    for outcome in outcomes {
      guard let outcome else { continue }
      if let failure = outcome.failure { throw failure }
      parts.append(outcome.part)
      heldBack += outcome.heldBack
      hashes.append(outcome.hashes)
    }
    guard !Self.repeats(in: hashes) else {
      throw .malformed(offset: 0, expected: "learner ids seen once")
    }
    return (parts, heldBack)
  }

  /// Whether a hash comes twice among `hashes`. Two ids of the same ``LearnerIndex/hash(_:)``
  /// count as a repeat: one chance in many billions for distinct ids, and a caller that meets
  /// it reads the snapshot's state whole, which tells them apart.
  static func repeats(in hashes: [[UInt64]]) -> Bool {
    let count = hashes.reduce(0) { $0 + $1.count }
    var size = 16
    while size < 2 * count { size *= 2 }
    let mask = UInt64(size - 1)
    // Open addressing, 0 for an empty slot (a hash of 0 is taken as 1).
    var slots = [UInt64](repeating: 0, count: size)
    return slots.withUnsafeMutableBufferPointer { slots in
      for run in hashes {
        for hash in run {
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

  /// The ids held back, with their hashes for a lookup that hashes no string.
  fileprivate struct HeldBack {
    let ids: Set<LearnerID>
    let hashes: Set<UInt64>

    init(_ ids: Set<LearnerID>) {
      self.ids = ids
      hashes = Set(ids.map { LearnerIndex.hash($0) })
    }

    func contains(_ id: LearnerID, hash: UInt64) -> Bool {
      !hashes.isEmpty && hashes.contains(hash) && ids.contains(id)
    }
  }

  /// What reading one run of chunks came to.
  fileprivate struct RunOutcome<Part> {
    var part: Part
    var heldBack: [LearnerState] = []
    /// The ``LearnerIndex/hash(_:)`` of each learner's id, for the check that none repeats.
    var hashes: [UInt64] = []
    var failure: SnapshotError?
  }

  /// What the threads share. Unchecked Sendable, and safe as used: the reader's bytes and
  /// tables are only read, each run writes only its own slot, and `visit` is called by the
  /// caller's contract.
  fileprivate struct Shared<Part>: @unchecked Sendable {
    let chunks: [LearnerChunks.Chunk]
    let runs: [Range<Int>]
    let reader: SnapshotReader
    let covered: UInt64
    let held: HeldBack
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
      do throws(SnapshotError) {
        for (index, chunk) in zip(run.indices, run) {
          for _ in 0..<chunk.count {
            let (id, hash) = try LearnerState.readID(from: &r)
            var learner = LearnerState(id: id)
            try learner.readRecord(from: &r)
            guard learner.lastSequence <= covered else {
              throw .inconsistent(header: covered, state: learner.lastSequence)
            }
            outcome.hashes.append(hash)
            if held.contains(id, hash: hash) {
              outcome.heldBack.append(learner)
            } else {
              visit(&outcome.part, learner)
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
}
