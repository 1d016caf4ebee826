/// Where each learner is in ``ClusterState/learners``: a hash table of positions whose keys are
/// the learners' own ids, so the ids are neither copied nor kept twice.
///
/// The table is two halves, each holding the ids whose hash has one lowest bit, so that the index
/// of a restored snapshot is built by two cores at once. A half is open-addressed with linear
/// probing; a slot holds 0 (empty), or the learner's position + 1 in its low 32 bits and 32 bits
/// of the id's hash above, so that a probe compares an id only when those bits agree.
///
/// Against a `Dictionary` of ids (the index before session 12), a start-up on 1.2 M learners
/// hashes each id once with a short hash instead of SipHash, keeps 8 bytes a slot instead of
/// 20, and copies no id.
///
/// The index does not hold the learners: a learner is appended to them through it
/// (``append(_:to:)``), and ids are looked up in them.
struct LearnerIndex: Sendable {
  private var halves = [Half(), Half()]

  /// Learners indexed.
  var count: Int { halves[0].count + halves[1].count }
  var isEmpty: Bool { count == 0 }

  /// An empty index.
  init() {}

  /// An index of `learners`; a later learner repeating an earlier one's id is not indexed.
  init(indexing learners: [LearnerState]) {
    reserveCapacity(learners.count, of: learners)
    learners.withUnsafeBufferPointer { learners in
      for position in learners.indices { _ = add(position, of: learners) }
    }
  }

  /// The position of `id` among `learners` (the learners the index was built over).
  func position(of id: LearnerID, in learners: UnsafeBufferPointer<LearnerState>) -> Int32? {
    let hash = Self.hash(id)
    return halves[Int(hash & 1)].find(id, hash: hash, in: learners)
  }

  /// The position of `id` among `learners` (the learners the index was built over).
  func position(of id: LearnerID, in learners: [LearnerState]) -> Int32? {
    learners.withUnsafeBufferPointer { position(of: id, in: $0) }
  }

  /// Appends `learner` to `learners` (the learners the index was built over) and indexes it;
  /// false, indexing nothing, when its id is indexed already.
  @discardableResult
  mutating func append(_ learner: consuming LearnerState, to learners: inout [LearnerState])
    -> Bool
  {
    learners.append(learner)
    return learners.withUnsafeBufferPointer { add($0.count - 1, of: $0) }
  }

  /// Indexes `learners[position]`, a learner appended after the ones indexed; false, indexing
  /// nothing, when its id is indexed already.
  private mutating func add(_ position: Int, of learners: UnsafeBufferPointer<LearnerState>)
    -> Bool
  {
    let hash = Self.hash(learners[position].id)
    return halves[Int(hash & 1)].insert(Int32(position), hash: hash, in: learners)
  }

  /// Room for about `count` learners in all.
  mutating func reserveCapacity(_ count: Int, of learners: [LearnerState]) {
    learners.withUnsafeBufferPointer { learners in
      for half in 0..<2 {
        halves[half].reserve(Self.halfCapacity(count), in: learners)
      }
    }
  }

  /// The room each half takes for `count` ids in all (half in each, and some over for an
  /// uneven split).
  private static func halfCapacity(_ count: Int) -> Int { count / 2 + count / 16 + 8 }

  /// The half `id` falls in (tests).
  static func half(of id: LearnerID) -> Int { Int(hash(id) & 1) }

  // MARK: Building a restored snapshot's index

  /// The index of a restored snapshot's `learners` up to `limit`, each half built by a thread of
  /// its own when `workers` > 1, from the ids' hashes worked out as the learners were read
  /// (`hashes`, by position: a pass over the states themselves would wait on memory for each);
  /// room for `capacity` learners.
  /// - Returns: the index, or the first position in order whose id repeats one before it.
  static func build(
    _ learners: UnsafeBufferPointer<LearnerState>, hashes: UnsafeBufferPointer<UInt64>,
    upTo limit: Int, capacity: Int, workers: Int
  ) -> Result<LearnerIndex, Repeated> {
    let shared = SharedLearners(learners: learners, hashes: hashes)
    let half = { @Sendable (which: UInt64) -> (Half, repeated: Int?) in
      var half = Half()
      half.reserve(halfCapacity(capacity), in: shared.learners)
      for position in 0..<limit {
        let hash = shared.hashes[position]
        guard hash & 1 == which else { continue }
        if !half.insert(Int32(position), hash: hash, in: shared.learners) {
          return (half, position)
        }
      }
      return (half, nil)
    }
    let built = workers > 1 ? Parallel.map(2) { half(UInt64($0)) } : [half(0), half(1)]
    if let position = built.compactMap(\.repeated).min() {
      return .failure(Repeated(position: position))
    }
    var index = LearnerIndex()
    index.halves = built.map(\.0)
    return .success(index)
  }

  /// The learner at `position` has the id of a learner before it.
  struct Repeated: Error {
    var position: Int
  }

  /// What both threads read. Unchecked Sendable, and safe as used: only read.
  private struct SharedLearners: @unchecked Sendable {
    let learners: UnsafeBufferPointer<LearnerState>
    let hashes: UnsafeBufferPointer<UInt64>
  }

  // MARK: The hash

  /// A 64-bit hash of the id (``KeyHash``: ids are short, `L` and 16 hex digits).
  static func hash(_ id: LearnerID) -> UInt64 { KeyHash.hash(id.rawValue) }

  /// ``hash(_:)`` of the id whose UTF-8 bytes these are.
  static func hash(utf8 bytes: UnsafeRawBufferPointer) -> UInt64 { KeyHash.hash(utf8: bytes) }
}

/// One half of a ``LearnerIndex``: slots of `tag << 32 | position + 1`, probed linearly, at most
/// 5/8 full.
private struct Half: Sendable {
  var slots: [UInt64] = []
  var count = 0

  /// The slot `hash` starts probing at in a table of `size` slots: the hash's high bits scaled
  /// to the table (its low bits choose the half and make the tag).
  @inline(__always)
  private static func home(_ hash: UInt64, size: Int) -> Int {
    Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(size)).high)
  }

  /// The 32 bits of `hash` a slot keeps.
  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF }

  /// The position an entry holds.
  @inline(__always)
  private static func position(_ entry: UInt64) -> Int {
    Int(UInt32(truncatingIfNeeded: entry)) - 1
  }

  func find(_ id: LearnerID, hash: UInt64, in learners: UnsafeBufferPointer<LearnerState>)
    -> Int32?
  {
    guard !slots.isEmpty else { return nil }
    let tag = Self.tag(hash)
    return slots.withUnsafeBufferPointer { slots in
      var slot = Self.home(hash, size: slots.count)
      while true {
        let entry = slots[slot]
        if entry == 0 { return nil }
        if entry >> 32 == tag, learners[Self.position(entry)].id == id {
          return Int32(Self.position(entry))
        }
        slot += 1
        if slot == slots.count { slot = 0 }
      }
    }
  }

  /// Puts `position` in; false when `learners[position]`'s id is there already. Grows first
  /// when the half would pass 5/8 full.
  mutating func insert(
    _ position: Int32, hash: UInt64, in learners: UnsafeBufferPointer<LearnerState>
  ) -> Bool {
    if (count + 1) * 8 > slots.count * 5 { reserve(2 * count + 1, in: learners) }
    let tag = Self.tag(hash)
    let placed = slots.withUnsafeMutableBufferPointer { slots in
      var slot = Self.home(hash, size: slots.count)
      while true {
        let entry = slots[slot]
        if entry == 0 {
          slots[slot] = tag << 32 | UInt64(UInt32(position) + 1)
          return true
        }
        // The ids are read only when the tags agree: reading one is a trip to memory and,
        // for an id too long to be held inline, a count on its storage.
        if entry >> 32 == tag, learners[Self.position(entry)].id == learners[Int(position)].id {
          return false
        }
        slot += 1
        if slot == slots.count { slot = 0 }
      }
    }
    if placed { count += 1 }
    return placed
  }

  /// Room for `capacity` entries; the entries there are placed again (their hashes from
  /// `learners`).
  mutating func reserve(_ capacity: Int, in learners: UnsafeBufferPointer<LearnerState>) {
    let size = max(16, capacity * 8 / 5 + 1)
    guard size > slots.count else { return }
    var grown = [UInt64](repeating: 0, count: size)
    grown.withUnsafeMutableBufferPointer { grown in
      for entry in slots where entry != 0 {
        let hash = LearnerIndex.hash(learners[Self.position(entry)].id)
        var slot = Self.home(hash, size: size)
        while grown[slot] != 0 {
          slot += 1
          if slot == size { slot = 0 }
        }
        grown[slot] = entry
      }
    }
    slots = grown
  }
}
