import Dispatch

/// Work handed to numbered lanes that run side by side, each on its own thread, each doing what
/// it was given in the order it was given; no lane waits for another. A replay hands each core's
/// learners to one lane: a lane with less work in a batch goes on to its next batch while the
/// other finishes, where a barrier after every batch would leave it idle.
///
/// A lane holds at most `depth` pieces of work, waiting or running: handing it another blocks
/// the caller until one is done, so a fast reader cannot pile up the whole log in memory.
public final class Lanes: @unchecked Sendable {
  // Unchecked Sendable, and safe as used: the queues, semaphores and group are thread-safe,
  // and each piece of work only touches what its lane owns (the caller's contract).
  private let queues: [DispatchQueue]
  private let room: [DispatchSemaphore]
  private let group = DispatchGroup()

  /// `count` lanes of `depth` pieces each, on their own threads; with `threads` false, each
  /// piece runs on the caller's thread when handed over (one core: nothing to run beside).
  public init(_ count: Int, depth: Int = 4, threads: Bool = true) {
    queues = threads ? (0..<count).map { DispatchQueue(label: "jol.lane.\($0)") } : []
    room = threads ? (0..<count).map { _ in DispatchSemaphore(value: max(1, depth)) } : []
  }

  deinit { wait() }

  /// Runs `work` on lane `lane` after the work handed to it before.
  public func run(_ lane: Int, _ work: @escaping @Sendable () -> Void) {
    guard !queues.isEmpty else { return work() }
    room[lane].wait()
    group.enter()
    queues[lane].async { [room, group] in
      work()
      room[lane].signal()
      group.leave()
    }
  }

  /// Returns when all the work handed over so far has run and been released; what it wrote is
  /// then visible to the caller, and what it captured is no longer held. Call it (and let the
  /// lanes go) from the caller's thread, never from work on a lane: that lane would wait for
  /// itself.
  public func wait() {
    guard !queues.isEmpty else { return }
    group.wait()
    // A lane's thread releases a piece of work after running it, which may be after the group
    // was left. A piece runs only once the one before it has been released, so an empty piece
    // run on each lane is the sign that none is held any more: what the work captured (a copy
    // of the caller's state, say) would otherwise keep the caller's next write to it from
    // happening in place, copying the whole of it.
    for queue in queues { queue.sync {} }
  }
}
