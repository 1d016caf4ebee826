import Dispatch
import Synchronization

extension Parallel {
  /// Pieces made ahead on the other cores while `consume` takes them, in order, on one: the
  /// consumer's serial work (planning rows, appending to the log) overlaps the making of the
  /// pieces after the one it is on, where ``map(slicing:minimumPiece:_:)`` followed by the
  /// consumer would leave the other cores idle while it runs.
  ///
  /// `consume` is given `take`, which returns piece `index`: it must ask for the pieces in
  /// order, `0, 1, 2, …`, each once at most. A piece nobody has started when it is asked for
  /// is made by the consumer then, and while another core finishes the piece asked for, the
  /// consumer makes a later one; so nothing waits for a core that is not there, and on one
  /// core `take` makes each piece when asked. The pieces are what one thread making them in
  /// turn would make. Pieces `consume` does not take are made all the same (unless it returned
  /// or threw first), and freed before this returns.
  ///
  /// `make` must depend only on its index and on values it does not change: it runs on several
  /// threads at once. `consume` runs on one thread, not necessarily the caller's.
  /// - Returns: what `consume` returns; rethrows what it throws, once every piece being made
  ///   is done (the ones not started are not made then).
  public static func pipeline<Piece, Result, Failure: Error>(
    pieces count: Int, make: (Int) -> Piece,
    consume: (_ take: (Int) -> Piece) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    guard count > 1, cores > 1 else {
      return try withoutActuallyEscaping(make) { make throws(Failure) in try consume(make) }
    }
    let slots = PipelineSlots<Piece>(count: count)
    defer { slots.deallocate() }
    // The consumer is one iteration, the makers the others; all return before this does, so
    // neither closure outlives the call. Should the iterations run one after another on one
    // thread, the consumer makes what nobody made, and a late maker finds nothing left.
    let outcome = withoutActuallyEscaping(make) { make in
      withoutActuallyEscaping(consume) { consume in
        let work = PipelineWork(make: make, consume: consume, slots: slots)
        forEach(cores) { iteration in
          if iteration == 0 { work.runConsumer() } else { work.makeAll() }
        }
        return work.outcome.take()
      }
    }
    return try outcome!.get()
  }
}

/// The pieces of one ``Parallel/pipeline(pieces:make:consume:)``, each made once, by whoever
/// claims it, and taken once by the consumer.
private final class PipelineSlots<Piece>: @unchecked Sendable {
  // Unchecked Sendable, and safe as used: a slot is written only by the thread that claimed it
  // (``claim()`` hands each index out once), and read by the consumer only after that thread
  // signalled `made[index]`.
  let count: Int
  let slots: UnsafeMutablePointer<Piece?>
  let made: [DispatchSemaphore]
  /// The next piece nobody has claimed; `count` or more once all are claimed or after a stop.
  private let next = Atomic<Int>(0)

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
    made = (0..<count).map { _ in DispatchSemaphore(value: 0) }
  }

  /// Frees the slots, with whatever was made and not taken.
  func deallocate() {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  /// Claims the next piece, or nil when none is left.
  func claim() -> Int? {
    let index = next.wrappingAdd(1, ordering: .acquiringAndReleasing).oldValue
    return index < count ? index : nil
  }

  /// Hands out no more pieces.
  func stop() { next.store(count, ordering: .releasing) }
}

/// What the threads of one pipeline share.
private final class PipelineWork<Piece, Result, Failure: Error>: @unchecked Sendable {
  // Unchecked Sendable, and safe as used: `make` only reads what it captures (the pipeline's
  // contract), `consume` runs on one thread, the slots are shared as ``PipelineSlots`` says, and
  // the outcome is written by the consumer's iteration and read after all iterations returned.
  let make: (Int) -> Piece
  let consume: ((Int) -> Piece) throws(Failure) -> Result
  let slots: PipelineSlots<Piece>
  var outcome: Swift.Result<Result, Failure>?

  init(
    make: @escaping (Int) -> Piece,
    consume: @escaping ((Int) -> Piece) throws(Failure) -> Result,
    slots: PipelineSlots<Piece>
  ) {
    self.make = make
    self.consume = consume
    self.slots = slots
  }

  /// Runs the consumer, keeps its outcome, and stops the makers.
  func runConsumer() {
    let result: Swift.Result<Result, Failure>
    do throws(Failure) {
      result = .success(try consume(take))
    } catch {
      result = .failure(error)
    }
    slots.stop()
    outcome = result
  }

  /// Makes pieces until none is left to claim.
  func makeAll() {
    while let index = slots.claim() { put(index) }
  }

  /// Makes piece `index` into its slot and tells the consumer.
  private func put(_ index: Int) {
    (slots.slots + index).pointee = make(index)
    slots.made[index].signal()
  }

  /// Piece `index`, taken out of its slot. Pieces are claimed in order and the consumer asks
  /// for them in order, so a claim made while `index` is not ready is either `index` itself
  /// (nobody started it: the consumer makes it) or a later piece (another core is making
  /// `index`: the consumer makes the later one meanwhile).
  private func take(_ index: Int) -> Piece {
    precondition(index < slots.count, "piece \(index) of \(slots.count)")
    while slots.made[index].wait(timeout: .now()) == .timedOut {
      guard let claimed = slots.claim() else {
        slots.made[index].wait()
        break
      }
      if claimed == index { return make(index) }
      put(claimed)
    }
    guard let piece = (slots.slots + index).pointee.take() else {
      preconditionFailure("piece \(index) taken twice")
    }
    return piece
  }
}
