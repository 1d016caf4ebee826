/// The state as of a date, derived from the log's current state: what changes is only what some
/// event dated after it says.
extension ClusterState {
  /// Makes this state — the log's current state, every event of it folded in — the state as of
  /// `date` (as ``fold(_:asOf:knownAt:)`` folds the log's events effective on or before it),
  /// unless more than `limit` learners have events dated after it: then it returns false and
  /// leaves the state as it was, for the caller to fold the log instead.
  ///
  /// A learner whose events are all dated on or before `date` is as it is. The others are
  /// folded anew from their events, which `events` reads (for the learners it is given, each
  /// one's events in log order, in the order given): those with none on or before `date` leave
  /// the state, and the learners are put back in order of their first event among those
  /// folded. Organisations are folded anew from their kept events on or before `date`.
  ///
  /// The learners are read and folded `learnersReadAtOnce` at a time, each time in slices on
  /// every core, one call of `events` per slice: `events` is called from several threads at
  /// once, and the events of at most `learnersReadAtOnce` learners are held at a time. The
  /// learners are taken in `readOrder` when given: a log's stream index reads only its part
  /// between the keys asked for, so learners close in its order are best read together
  /// (`EventLog.indexOrder(ofStream:)`); in any other order, each call would read most of it.
  /// - Parameter minimumPiece: fewer learners than this are read on one core (tests lower it).
  /// - Throws: what `events` throws (for the first slice that failed); the state must not be
  ///   used then.
  /// - Complexity: O(learners) to find the ones to fold again, and O(their events); O(learners)
  ///   again when one leaves the state or comes later in it.
  public mutating func restrict(
    asOf date: CivilDate, events: ([LearnerID]) throws -> [[EventEnvelope]], limit: Int,
    readOrder: ((LearnerID) -> UInt64)? = nil, learnersReadAtOnce: Int = 16_384,
    minimumPiece: Int = 1024
  ) throws -> Bool {
    guard let latest = latestEffective, latest > date else { return true }
    var changed: [Int] = []
    learners.withUnsafeBufferPointer { learners in
      for position in learners.indices
      where learners[position].latestEffective.map({ $0 > date }) ?? false {
        changed.append(position)
      }
    }
    guard changed.count <= limit else { return false }
    precondition(learnersReadAtOnce > 0, "learners are read one at a time at least")
    if let readOrder {
      let keys = changed.map { readOrder(learners[$0].id) }
      changed = changed.indices.sorted { keys[$0] < keys[$1] }.map { changed[$0] }
    }
    let ids = changed.map { learners[$0].id }
    var reordered = false
    for start in stride(from: 0, to: ids.count, by: learnersReadAtOnce) {
      let chunk = start..<min(ids.count, start + learnersReadAtOnce)
      let slices = Parallel.map(slicing: chunk, minimumPiece: minimumPiece) { slice in
        Result { () throws -> [LearnerState] in
          let read = try events(Array(ids[slice]))
          precondition(read.count == slice.count, "events gives one list per learner asked for")
          return zip(ids[slice], read).map { LearnerState.fold($1, learner: $0, asOf: date) }
        }
      }
      for (position, folded) in zip(changed[chunk], try slices.flatMap { try $0.get() }) {
        reordered = reordered || folded.firstSequence != learners[position].firstSequence
        learners[position] = folded
      }
    }
    for (key, kept) in organisationEvents where kept.last!.effective > date {
      let before = kept.filter { $0.effective <= date }
      organisationEvents[key] = before.isEmpty ? nil : before
      refold(key)
    }
    if reordered {
      // Unchanged learners are in order of their first events; each changed one goes where its
      // first event on or before the date puts it; those with none (0) leave.
      let moved = changed.map { learners[$0] }.filter { $0.firstSequence != 0 }
        .sorted { $0.firstSequence < $1.firstSequence }
      var isChanged = [Bool](repeating: false, count: learners.count)
      for position in changed { isChanged[position] = true }
      var merged: [LearnerState] = []
      merged.reserveCapacity(learners.count)
      var next = moved.startIndex
      for position in learners.indices where !isChanged[position] {
        while next < moved.endIndex && moved[next].firstSequence < learners[position].firstSequence
        {
          merged.append(moved[next])
          next += 1
        }
        merged.append(learners[position])
      }
      merged += moved[next...]
      setLearners(merged)
    }
    recountCoverage()
    return true
  }

  /// Sets ``coveredSequence`` and ``latestEffective`` to the last sequence and the latest date of
  /// the events the state holds: what a fold of only those events gives, when the state was
  /// read from more of the log than it holds (a checkpoint, or a state restricted to a date).
  /// - Complexity: O(learners + organisations' events).
  public mutating func recountCoverage() {
    var latest: CivilDate?
    var last: UInt64 = 0
    // Through a pointer: `forEachLearner` would copy every learner.
    learners.withUnsafeBufferPointer { learners in
      for position in learners.indices {
        last = max(last, learners[position].lastSequence)
        if let date = learners[position].latestEffective { latest = max(latest ?? date, date) }
      }
    }
    for kept in organisationEvents.values {
      for event in kept {
        last = max(last, event.sequence)
        latest = max(latest ?? event.effective, event.effective)
      }
    }
    latestEffective = latest
    coveredSequence = last
  }
}
