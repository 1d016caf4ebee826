import Dispatch
import Foundation

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

  /// The cores this process may run on.
  public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Pieces per core in ``map(slicing:minimumPiece:_:)``: more pieces than cores, so a core
  /// that finishes early takes another.
  static let piecesPerCore = 4

  /// `body` applied to consecutive slices of `range`, concurrently, the results in slice order:
  /// whatever the threads' timing, what one thread going through the slices in turn gives.
  /// `body` must depend only on its slice and on values it does not mutate.
  /// - Parameter minimumPiece: fewer elements than this in a slice are not worth a thread.
  /// - Complexity: that of `body` over the whole range, divided among the cores.
  public static func map<Result>(
    slicing range: Range<Int>, minimumPiece: Int = 256, _ body: (Range<Int>) -> Result
  ) -> [Result] {
    let pieces = max(1, min(cores * piecesPerCore, range.count / max(1, minimumPiece)))
    guard pieces > 1, cores > 1 else { return [body(range)] }
    var results = [Result?](repeating: nil, count: pieces)
    withoutActuallyEscaping(body) { body in
      results.withUnsafeMutableBufferPointer { slots in
        let shared = SharedSlices(body: body, slots: slots)
        forEach(pieces) { piece in
          shared.slots[piece] = shared.body(slice(piece, of: pieces, range))
        }
      }
    }
    return results.map { $0! }
  }

  /// What the threads of one ``map(slicing:minimumPiece:_:)`` share. Unchecked, and safe as
  /// used: each thread writes its own slot only, `body` only reads what it captures (its
  /// contract), and ``forEach(_:_:)`` returns after every thread is done, before the slots and
  /// `body` go away.
  private struct SharedSlices<Result>: @unchecked Sendable {
    let body: (Range<Int>) -> Result
    let slots: UnsafeMutableBufferPointer<Result?>
  }

  /// The `piece`th of `pieces` consecutive slices of `range`, their sizes differing by one at
  /// most.
  public static func slice(_ piece: Int, of pieces: Int, _ range: Range<Int>) -> Range<Int> {
    let count = range.count
    return range.lowerBound + count * piece / pieces..<range.lowerBound + count * (piece + 1)
      / pieces
  }
}
