/// The learners of a region's state, for a command that looks at each once and adds up what it
/// sees (the pathway report's counts): a state in memory, or a snapshot read in one pass
/// (``SnapshotPass``) with the log's events after it.
///
/// From a snapshot, ``state`` holds from the start the organisations with the later events
/// folded in, and no learner. ``mapLearners(minimumPiece:part:visit:)`` then hands each
/// learner of the snapshot to the visitor as it is built, its later events in the slice folded
/// in (``LearnerTail``), and then the learners those events add, from ``state``, which then
/// holds them. The visitor sees the learners of the state ``ClusterState/fold(_:asOf:knownAt:)``
/// gives of the slice's events, each once (the order differs: what is added up must not
/// depend on it).
///
/// When the pass cannot serve — the snapshot's learners do not read, or a later event does not
/// decode — the learners are those of the state `fallback` reads, as if the pass had never been
/// tried: the caller's whole read, which meets the same fault and says what it is, or reads
/// around it.
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
    var fallback: () throws -> ClusterState
  }

  /// The learners of a state in memory.
  public init(_ state: ClusterState) {
    self.state = state
  }

  /// The learners of `slice` from a snapshot — of the current state, or a checkpoint — and the
  /// events after it (`tail`, in log order), those in the slice folded in, as a slice is folded
  /// into a state of its own events (``ClusterState/foldInParallel(cores:batchSize:slice:_:)``);
  /// nil when `slice` does not take in the snapshot's state (``TimeSlice/includesAll(of:)``:
  /// it holds events dated after the slice's date), or an event about an organisation does not
  /// decode (`fallback`'s read says why).
  /// - Parameters:
  ///   - decodingEveryEvent: every event of `tail` is decoded, those outside the slice too,
  ///     and one that does not decode leaves the pass to `fallback`: as the log's events after the
  ///     current state's snapshot are, which a reader folds whole. Else one dated outside the
  ///     slice is passed over undecoded, as the events after a checkpoint are.
  ///   - fallback: reads the state of `slice` whole, when the pass cannot serve.
  public init?(
    pass: SnapshotPass, tail: [EncodedEvent], slice: TimeSlice, decodingEveryEvent: Bool,
    fallback: @escaping () throws -> ClusterState
  ) {
    var state = pass.state
    guard slice.includesAll(of: state) else { return nil }
    var learners = LearnerTail(slice: slice, decodingEveryEvent: decodingEveryEvent)
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
    do {
      if decodingEveryEvent {
        for event in organisations {
          _ = try event.payload.withUnsafeBytes {
            try EventCodec.decodeChecked(stream: event.stream, payload: $0)
          }
        }
      }
      try state.foldInParallel(slice: slice) { add in
        for event in organisations { try add(event) }
      }
    } catch {
      return nil
    }
    self.state = state
    pending = Pending(pass: pass, tail: learners, fallback: fallback)
  }

  /// `visit` applied to every learner, a `part` for each share of the work, on every core.
  /// Afterwards ``state`` holds every learner a snapshot's pass did not hand over as it read
  /// them (or all of them): call it once.
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
    if let pending = pending.take() {
      let fallback = pending.fallback
      // Consumed: the tail and the mapped snapshot are let go before a fallback's whole read.
      if let passed = Self.pass(consume pending, organisations: state, part: part, visit: visit) {
        parts = passed.parts
        state = passed.rest
      } else {
        state = try fallback()
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
    _ pending: consuming Pending, organisations: ClusterState, part: () -> Part,
    visit: (inout Part, LearnerState) -> Void
  ) -> (parts: [Part], rest: ClusterState)? {
    let tail = pending.tail
    guard let passed = try? pending.pass.forEachLearner(folding: tail, part: part, visit: visit)
    else { return nil }
    // The learners new to the snapshot, folded on every core (a tail may add thousands).
    let new = passed.met.indices.filter { !passed.met[$0] }
    let folded = Parallel.map(slicing: new.indices, minimumPiece: 256) { slice in
      Result { () throws -> [LearnerState] in
        var learners: [LearnerState] = []
        for number in new[slice] {
          var learner = LearnerState(id: LearnerID(tail.learners.keys[number]))
          // A learner none of whose events is in the slice is not in its state.
          if try tail.fold(number, into: &learner) { learners.append(learner) }
        }
        return learners
      }
    }
    var added: [LearnerState] = []
    added.reserveCapacity(new.count)
    for piece in folded {
      guard case .success(let learners) = piece else { return nil }
      added += learners
    }
    // In order of their first event folded, as a fold adds them.
    added.sort { $0.firstSequence < $1.firstSequence }
    var rest = organisations
    rest.setLearners(added)
    // The last sequence and the latest date of the events the state holds, as a fold of the
    // slice's events gives them: the snapshot's learners', then the others'.
    rest.recountCoverage()
    rest.coveredSequence = max(rest.coveredSequence, passed.lastSequence)
    if let latest = passed.latestEffective {
      rest.latestEffective = max(rest.latestEffective ?? latest, latest)
    }
    guard tail.slice.includesAll(of: rest) else { return nil }
    return (passed.parts, rest)
  }
}

/// The log's events after a snapshot about learners, by learner, in log order: what a pass
/// over the snapshot folds into each learner it reads (``SnapshotPass``), and into the
/// learners it does not hold — those in the slice.
struct LearnerTail: Sendable {
  /// The events folded: those in it.
  let slice: TimeSlice
  /// Whether the events outside the slice are decoded too (``LearnerSource``).
  let decodingEveryEvent: Bool
  /// The learners' ids, numbered in order of their first event.
  private(set) var learners = KeyNumbers()
  /// Each learner's events, by number.
  private(set) var events: [[EncodedEvent]] = []

  init(slice: TimeSlice = TimeSlice(), decodingEveryEvent: Bool = true) {
    self.slice = slice
    self.decodingEveryEvent = decodingEveryEvent
  }

  var isEmpty: Bool { events.isEmpty }

  mutating func add(_ event: EncodedEvent, learner id: String) {
    let number = learners.number(id)
    if number == events.count { events.append([]) }
    events[number].append(event)
  }

  /// Folds the events of learner `number` in the slice into its state, in log order, as
  /// ``ClusterState/foldInParallel(cores:batchSize:slice:_:)`` folds them
  /// (``EventCodec/decode(in:undecodedOutside:stream:payload:sequence:)``); whether any was.
  /// - Throws: ``UndecodableEvent`` for the first event that does not decode.
  func fold(_ number: Int, into learner: inout LearnerState) throws -> Bool {
    var folded = false
    for event in events[number] {
      let decoded: EventPayload?
      do {
        decoded = try event.payload.withUnsafeBytes {
          try EventCodec.decode(
            in: slice, undecodedOutside: !decodingEveryEvent, stream: event.stream, payload: $0,
            sequence: event.sequence)?.payload
        }
      } catch {
        throw UndecodableEvent(sequence: event.sequence, reason: error)
      }
      guard let payload = decoded else { continue }
      learner.apply(payload.event, effective: payload.effective, sequence: event.sequence)
      folded = true
    }
    return folded
  }
}
