/// The learners of a region's state, for a command that looks at each once and adds up what it
/// sees (the pathway report's counts): a state in memory, or a snapshot read in one pass
/// (``SnapshotPass``) with the log's events after it.
///
/// From a snapshot, ``state`` holds from the start the organisations with the later events
/// folded in, and no learner. ``mapLearners(minimumPiece:part:visit:)`` then hands each
/// learner of the snapshot to the visitor as it is built, but for those the later events are
/// about: these are held back, the events folded into them (and into the learners they add),
/// and they are visited after, from ``state``, which then holds them. The visitor sees the
/// learners of the state ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` would give,
/// each once (the order differs: what is added up must not depend on it).
///
/// When the pass cannot serve — the snapshot's learners do not read, or the later events do not
/// fold or are dated after the slice's date — the learners are those of the state `fallback`
/// reads, as if the pass had never been tried: the caller's whole read, which meets the same
/// fault and says what it is, or reads around it.
public struct LearnerSource {
  /// The state. With a pass not yet made, it holds no learner, and its covered sequence and
  /// latest date are those of the snapshot and the organisations' later events: its
  /// organisations are whole.
  public private(set) var state: ClusterState
  private var pending: Pending?

  /// What the pass over a snapshot still has to do.
  private struct Pending {
    var pass: SnapshotPass
    /// The events after the snapshot about learners, in log order.
    var events: [EncodedEvent]
    var touched: Set<LearnerID>
    var slice: TimeSlice
    var fallback: () throws -> ClusterState
  }

  /// The learners of a state in memory.
  public init(_ state: ClusterState) {
    self.state = state
  }

  /// The learners of a snapshot with the events after it (`tail`, in log order); nil when these
  /// are outside `slice` (dated after its date), when those about organisations do not fold
  /// (`fallback`'s read says why), or when `slice` does not take in the snapshot's state
  /// (``TimeSlice/includesAll(of:)``).
  /// - Parameter fallback: reads the state of `slice` whole, when the pass cannot serve.
  public init?(
    pass: SnapshotPass, tail: [EncodedEvent], slice: TimeSlice,
    fallback: @escaping () throws -> ClusterState
  ) {
    var state = pass.state
    var events: [EncodedEvent] = []
    var organisations: [EncodedEvent] = []
    var touched = Set<LearnerID>()
    for event in tail {
      // A learner's stream holds the events about that learner alone, and no other stream
      // does (``EventCodec`` checks each event's stream kind).
      if let stream = StreamName(event.stream), stream.kind == .learner {
        events.append(event)
        touched.insert(LearnerID(stream.id))
      } else {
        organisations.append(event)
      }
    }
    guard slice.includesAll(of: state), !Self.anyOutside(slice, events) else { return nil }
    do {
      try state.foldInParallel { add in
        for event in organisations { try add(event) }
      }
    } catch {
      return nil
    }
    guard slice.includesAll(of: state) else { return nil }
    self.state = state
    pending = Pending(
      pass: pass, events: events, touched: touched, slice: slice, fallback: fallback)
  }

  /// Whether an event's dates, read without decoding it whole, put it outside `slice`.
  private static func anyOutside(_ slice: TimeSlice, _ events: [EncodedEvent]) -> Bool {
    events.contains { event in
      event.payload.withUnsafeBytes {
        EventCodec.isOutside(slice, payload: $0, sequence: event.sequence)
      }
    }
  }

  /// `visit` applied to every learner, a `part` for each share of the work, on every core.
  /// Afterwards ``state`` holds every learner a snapshot's pass did not hand over as it read
  /// them (or all of them).
  ///
  /// `visit` is called on several threads at once: it must only read what it shares, and write
  /// its part. What the parts add up to must not depend on the learners' order or how they
  /// are shared out.
  /// - Parameter minimumPiece: fewer learners of ``state`` than this are visited on one core.
  /// - Throws: only what `fallback` throws.
  public mutating func mapLearners<Part>(
    minimumPiece: Int = 8192, part: () -> Part, visit: (inout Part, LearnerState) -> Void
  ) throws -> [Part] {
    var parts: [Part] = []
    if let pending {
      self.pending = nil
      if let passed = Self.pass(pending, organisations: state, part: part, visit: visit) {
        parts = passed.parts
        state = passed.rest
      } else {
        state = try pending.fallback()
      }
    }
    let state = self.state
    return parts
      + Parallel.map(slicing: state.learners.indices, minimumPiece: minimumPiece) { slice in
        var current = part()
        state.forEachLearner(in: slice) { visit(&current, $0) }
        return current
      }
  }

  /// The pass over the snapshot, and the state of the learners it held back, the later events
  /// folded in; nil when the pass cannot serve.
  private static func pass<Part>(
    _ pending: Pending, organisations: ClusterState, part: () -> Part,
    visit: (inout Part, LearnerState) -> Void
  ) -> (parts: [Part], rest: ClusterState)? {
    guard
      let passed = try? pending.pass.forEachLearner(
        holdingBack: pending.touched, part: part, visit: visit)
    else { return nil }
    var rest = organisations
    rest.setLearners(passed.heldBack)
    do {
      try rest.foldInParallel { add in
        for event in pending.events { try add(event) }
      }
    } catch {
      return nil
    }
    guard pending.slice.includesAll(of: rest) else { return nil }
    return (passed.parts, rest)
  }
}
