import Dispatch

/// Work split into independent pieces and run on every core, for bulk readers and renderers
/// (`jol policy eval` over a region's facts file). Results come back in piece order, so what
/// the caller builds from them is the same whatever the number of cores or the scheduling.
public enum Parallel {
  /// Calls `body` once for each index of `0..<count`, at the same time on every core; returns
  /// when all calls have. `body` must only read shared state, or write what its index owns.
  public static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
    // One piece needs no thread hand-off: small inputs stay on the caller's thread.
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
  }

  /// `body` of each index of `0..<count`, computed at the same time on every core, in index
  /// order.
  public static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result)
    -> [Result]
  {
    guard count > 0 else { return [] }
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = Slots(base: buffer.baseAddress!)
      forEach(count) { index in (slots.base + index).initialize(to: body(index)) }
      initialized = count
    }
  }

  /// The result slots of ``map(_:_:)``: each index writes its own slot only, once.
  private struct Slots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>
  }
}
