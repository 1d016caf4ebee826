import Dispatch
import Synchronization

/// Tasks started on worker threads now and awaited later, so that the caller can do other work
/// meanwhile (a replay reads the log while the cores fold what it read before).
///
/// ``wait()`` runs on the caller's thread every task no worker has taken yet, then waits only
/// for the ones running: a worker the system starts late (every thread busy, as under a test
/// runner) finds nothing left to do, and nobody waits for it.
public final class StartedTasks: @unchecked Sendable {
  // Unchecked Sendable, and safe as used: the counter hands each task out once, and `body`
  // only touches what its task index owns (its contract).
  private let count: Int
  private let body: @Sendable (Int) -> Void
  private let next = Atomic<Int>(0)
  private let finished = Atomic<Int>(0)
  /// Signalled once, by whoever finishes the last task.
  private let allFinished = DispatchSemaphore(value: 0)
  private var waited = false

  /// Starts `body(0)`, …, `body(count - 1)` on up to `cores` worker threads (none when
  /// `cores` is 1: the caller runs them all in ``wait()``).
  public init(_ count: Int, cores: Int = Parallel.cores, _ body: @escaping @Sendable (Int) -> Void)
  {
    self.count = count
    self.body = body
    guard cores > 1 else { return }
    for _ in 0..<min(cores, count) {
      DispatchQueue.global().async { self.run() }
    }
  }

  deinit { wait() }

  /// Runs tasks until none is left to take.
  private func run() {
    while true {
      let task = next.add(1, ordering: .relaxed).oldValue
      guard task < count else { return }
      body(task)
      if finished.add(1, ordering: .acquiringAndReleasing).newValue == count {
        allFinished.signal()
      }
    }
  }

  /// Returns when every task has run; what they wrote is then visible to the caller.
  public func wait() {
    guard !waited else { return }
    waited = true
    guard count > 0 else { return }
    run()
    allFinished.wait()
  }
}
