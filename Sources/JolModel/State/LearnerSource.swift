/// The learners of a region's state, for a command that looks at each once and adds up what it
/// sees (the pathway report's counts): a state in memory, or a snapshot read in one pass
/// (``SnapshotPass``) with the log's events after it.
///
/// From a snapshot, ``state`` holds from the start the organisations with the later events
/// folded in, and no learner. ``mapLearners(minimumPiece:part:visit:)`` then hands each
/// learner of the snapshot to the visitor as it is built, its later events folded in
/// (``LearnerTail``), and then the learners those events add, from ``state``, which then holds
/// them. The visitor sees the learners of the state
/// ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` would give, each once (the order
/// differs: what is added up must not depend on it).
///
/// When the pass cannot serve — the snapshot's learners do not read, or the later events do not
/// decode or are dated after the slice's date — the learners are those of the state `fallback`
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
    var tail: LearnerTail
    var slice: TimeSlice
    var fallback: () throws -> ClusterState
  }

  /// The learners of a state in memory.
  public init(_ state: ClusterState) {
    self.state = state
  }

  /// The learners of `slice` from a snapshot — of the current state, or a checkpoint — and the
  /// events after it (`tail`, in log order), those in the slice folded in, as
  /// ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` folds a slice into a state of its
  /// own events; nil when `slice` does not take in the snapshot's state
  /// (``TimeSlice/includesAll(of:)``: it holds events dated after the slice's date), or the
  /// events about organisations do not fold (`fallback`'s read says why).
  /// - Parameter fallback: reads the state of `slice` whole, when the pass cannot serve.
  public init?(
    pass: SnapshotPass, tail: [EncodedEvent], slice: TimeSlice,
    fallback: @escaping () throws -> ClusterState
  ) {
    var state = pass.state
    var learners = LearnerTail(slice: slice)
    var organisations: [EncodedEvent] = []
    for event in tail {
      // A learner's stream holds the events about that learner alone, and no other stream
      // does (``EventCodec`` checks each event's stream kind).
      if let stream = StreamName(event.stream), stream.kind == .learner {
        learners.add(event, learner: stream.id)
      } else {
        organisations.append(event)
      }
    }
    guard slice.includesAll(of: state) else { return nil }
    do {
      try state.foldInParallel(slice: slice) { add in
        for event in organisations { try add(event) }
      }
    } catch {
      return nil
    }
    self.state = state
    pending = Pending(pass: pass, tail: learners, slice: slice, fallback: fallback)
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

  /// The pass over the snapshot, and the state of the learners the tail adds to it; nil when
  /// the pass cannot serve.
  private static func pass<Part>(
    _ pending: Pending, organisations: ClusterState, part: () -> Part,
    visit: (inout Part, LearnerState) -> Void
  ) -> (parts: [Part], rest: ClusterState)? {
    let tail = pending.tail
    guard let passed = try? pending.pass.forEachLearner(folding: tail, part: part, visit: visit)
    else { return nil }
    var rest = organisations
    var latest = passed.latestEffective
    // The learners new to the snapshot, folded on every core (a tail may add thousands).
    let new = passed.met.indices.filter { !passed.met[$0] }
    let folded = Parallel.map(slicing: new.indices, minimumPiece: 256) { slice in
      Result { () throws -> ([LearnerState], CivilDate?) in
        var learners: [LearnerState] = []
        var latest: CivilDate?
        for number in new[slice] {
          var learner = LearnerState(id: LearnerID(tail.learners.keys[number]))
          // A learner none of whose events is in the slice is not in its state.
          guard let date = try tail.fold(number, into: &learner) else { continue }
          latest = max(latest ?? date, date)
          learners.append(learner)
        }
        return (learners, latest)
      }
    }
    var added: [LearnerState] = []
    added.reserveCapacity(new.count)
    for piece in folded {
      guard case .success(let (learners, date)) = piece else { return nil }
      added += learners
      if let date { latest = max(latest ?? date, date) }
    }
    // In order of their first event folded, as a fold adds them.
    added.sort { $0.firstSequence < $1.firstSequence }
    rest.setLearners(added)
    rest.coveredSequence = max(rest.coveredSequence, tail.lastSequence)
    if let latest { rest.latestEffective = max(rest.latestEffective ?? latest, latest) }
    guard pending.slice.includesAll(of: rest) else { return nil }
    return (passed.parts, rest)
  }
}

/// The log's events after a snapshot about learners, by learner, in log order: what a pass
/// over the snapshot folds into each learner it reads (``SnapshotPass``), and into the
/// learners it does not hold — those in the slice.
struct LearnerTail: Sendable {
  /// The events folded: those in it.
  let slice: TimeSlice
  /// The learners' ids, numbered in order of their first event.
  private(set) var learners = KeyNumbers()
  /// Each learner's events, by number.
  private(set) var events: [[EncodedEvent]] = []
  /// The sequence of the last event (0 for none).
  private(set) var lastSequence: UInt64 = 0

  init(slice: TimeSlice = TimeSlice()) {
    self.slice = slice
  }

  var isEmpty: Bool { events.isEmpty }

  mutating func add(_ event: EncodedEvent, learner id: String) {
    let number = learners.number(id)
    if number == events.count { events.append([]) }
    events[number].append(event)
    lastSequence = max(lastSequence, event.sequence)
  }

  /// Folds the events of learner `number` in the slice into its state, in log order, as
  /// ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` folds them: one its dates put
  /// outside the slice passed over undecoded; returns the latest effective date folded.
  /// - Throws: ``UndecodableEvent`` for the first event that does not decode.
  func fold(_ number: Int, into learner: inout LearnerState) throws -> CivilDate? {
    var latest: CivilDate?
    for event in events[number] {
      let payload: EventPayload?
      do {
        payload = try event.payload.withUnsafeBytes { bytes throws -> EventPayload? in
          if EventCodec.isOutside(slice, payload: bytes, sequence: event.sequence) { return nil }
          return try EventCodec.decodeChecked(stream: event.stream, payload: bytes).payload
        }
      } catch {
        throw UndecodableEvent(sequence: event.sequence, reason: error)
      }
      guard let payload,
        slice.includes(
          sequence: event.sequence, effective: payload.effective, recordedAt: payload.recordedAt)
      else { continue }
      learner.apply(payload.event, effective: payload.effective, sequence: event.sequence)
      latest = max(latest ?? payload.effective, payload.effective)
    }
    return latest
  }
}
