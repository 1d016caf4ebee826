import Dispatch

/// A value computed on another core while the caller goes on with other work: an import loads
/// the data directory's state while it parses its file. ``take()`` waits for the value, or for
/// what computing it threw, and hands it over. On one core the value is computed at once.
///
/// Taken or not, the work is waited for when the `Ahead` goes away: nothing of it outlives
/// its owner (a command that ends early leaves no thread reading its data directory).
public final class Ahead<Value> {
  private let shared = Shared()
  private var waited = false

  /// Starts `work` on another thread.
  public init(_ work: @escaping () throws -> Value) {
    guard Parallel.cores > 1 else {
      shared.outcome = Result { try work() }
      waited = true
      return
    }
    let (shared, box) = (shared, Work(run: work))
    DispatchQueue.global(qos: .userInitiated).async {
      shared.outcome = Result { try box.run() }
      shared.done.signal()
    }
  }

  deinit { wait() }

  /// The value, once computed; rethrows what computing it threw. Call it once.
  public func take() throws -> Value {
    wait()
    guard let outcome = shared.outcome.take() else { preconditionFailure("Ahead taken twice") }
    return try outcome.get()
  }

  private func wait() {
    if waited { return }
    shared.done.wait()
    waited = true
  }

  /// What the work's thread and the owner share. Unchecked Sendable, and safe as used:
  /// `outcome` is written once by the work before `done` is signalled, and read by the owner
  /// only after waiting for `done`.
  private final class Shared: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var outcome: Result<Value, any Error>?
  }

  /// The work, handed to the other thread, which alone runs it.
  private struct Work: @unchecked Sendable {
    let run: () throws -> Value
  }
}
