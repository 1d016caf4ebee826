import Dispatch
import Foundation

/// Work on independent pieces spread over the machine's cores, with the results in the pieces'
/// order: whatever the threads' timing, the caller sees what one thread going through the pieces
/// in turn would have produced.
enum InOrder {
  /// Pieces per core: more pieces than cores, so a core that finishes early takes another.
  static let piecesPerCore = 4

  /// `body` applied to consecutive slices of `range`, concurrently, the results in slice order.
  /// `body` must depend only on its slice and on values it does not mutate.
  /// - Parameter minimumPiece: fewer elements than this in a slice are not worth a thread.
  /// - Complexity: that of `body` over the whole range, divided among the cores.
  static func map<Result>(
    _ range: Range<Int>, minimumPiece: Int = 256, _ body: (Range<Int>) -> Result
  ) -> [Result] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let pieces = max(1, min(cores * piecesPerCore, range.count / max(1, minimumPiece)))
    guard pieces > 1, cores > 1 else { return [body(range)] }
    var results = [Result?](repeating: nil, count: pieces)
    withoutActuallyEscaping(body) { body in
      results.withUnsafeMutableBufferPointer { slots in
        let shared = Shared(body: body, slots: slots)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
          shared.slots[piece] = shared.body(slice(piece, of: pieces, range))
        }
      }
    }
    return results.map { $0! }
  }

  /// What the threads of one ``map(_:minimumPiece:_:)`` share. Unchecked, and safe as used:
  /// each thread writes its own slot only, and `body` only reads what it captures (its
  /// contract); `concurrentPerform` returns after every thread is done, before the slots'
  /// array and `body` go away.
  private struct Shared<Result>: @unchecked Sendable {
    let body: (Range<Int>) -> Result
    let slots: UnsafeMutableBufferPointer<Result?>
  }

  /// The `piece`th of `pieces` consecutive slices of `range`, their sizes differing by one at
  /// most.
  static func slice(_ piece: Int, of pieces: Int, _ range: Range<Int>) -> Range<Int> {
    let count = range.count
    return range.lowerBound + count * piece / pieces..<range.lowerBound + count * (piece + 1)
      / pieces
  }
}
