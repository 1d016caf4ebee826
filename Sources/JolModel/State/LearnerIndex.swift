/// Where each learner is in ``ClusterState/learners``: two dictionaries, each holding the ids
/// whose last byte has one parity, so that the index of a restored snapshot is built by two
/// cores at once — a million inserts are a fifth of a start-up on one core.
struct LearnerIndex: Sendable {
  private var even: [LearnerID: Int32] = [:]
  private var odd: [LearnerID: Int32] = [:]

  /// Which half holds `id`.
  private static func isOdd(_ id: LearnerID) -> Bool { (id.rawValue.utf8.last ?? 0) & 1 == 1 }

  /// The position of `id`, if indexed.
  subscript(id: LearnerID) -> Int32? {
    get { Self.isOdd(id) ? odd[id] : even[id] }
    set {
      if Self.isOdd(id) { odd[id] = newValue } else { even[id] = newValue }
    }
  }

  var isEmpty: Bool { even.isEmpty && odd.isEmpty }
  var count: Int { even.count + odd.count }

  /// Room for about `count` ids (half in each half, and some over for an uneven split).
  mutating func reserveCapacity(_ count: Int) {
    even.reserveCapacity(Self.halfCapacity(count))
    odd.reserveCapacity(Self.halfCapacity(count))
  }

  /// The room each half reserves for `count` ids in all.
  private static func halfCapacity(_ count: Int) -> Int { count / 2 + count / 16 + 8 }

  /// What building the index of a restored snapshot met first, in position order.
  enum Problem: Equatable {
    /// The learner at `position` has folded events beyond the snapshot's covered sequence.
    case beyondCovered(position: Int, lastSequence: UInt64)
    /// The learner at `position` has the id of a learner before it.
    case repeated(position: Int)

    var position: Int {
      switch self {
      case .beyondCovered(let position, _), .repeated(let position): position
      }
    }
  }

  /// The index of `learners` (each half built by a thread of its own when `workers` > 1), after
  /// checking that no learner has folded events beyond `covered`; room for `capacity` ids.
  /// - Returns: the index, or the problem a reader in position order meets first.
  static func build(
    _ learners: UnsafeBufferPointer<LearnerState>, covered: UInt64, capacity: Int, workers: Int
  ) -> Result<LearnerIndex, ProblemError> {
    let shared = SharedLearners(learners: learners)
    let half = { @Sendable (odd: Bool) -> ([LearnerID: Int32], Problem?) in
      var index: [LearnerID: Int32] = [:]
      index.reserveCapacity(halfCapacity(capacity))
      for position in shared.learners.indices {
        let id = shared.learners[position].id
        guard isOdd(id) == odd else { continue }
        let lastSequence = shared.learners[position].lastSequence
        if lastSequence > covered {
          return (index, .beyondCovered(position: position, lastSequence: lastSequence))
        }
        if index.updateValue(Int32(position), forKey: id) != nil {
          return (index, .repeated(position: position))
        }
      }
      return (index, nil)
    }
    let halves =
      workers > 1 ? Parallel.map(2) { half($0 == 1) } : [half(false), half(true)]
    if let problem = halves.compactMap(\.1).min(by: { $0.position < $1.position }) {
      return .failure(ProblemError(problem: problem))
    }
    var index = LearnerIndex()
    index.even = halves[0].0
    index.odd = halves[1].0
    return .success(index)
  }

  /// A ``Problem`` as an error.
  struct ProblemError: Error {
    var problem: Problem
  }

  /// The learners both threads read. Unchecked Sendable, and safe as used: only read.
  private struct SharedLearners: @unchecked Sendable {
    let learners: UnsafeBufferPointer<LearnerState>
  }
}
