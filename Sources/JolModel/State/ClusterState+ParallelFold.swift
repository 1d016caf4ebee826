import Synchronization

/// The fold of a long run of events on every core. Each learner's events are folded by one
/// core, the one their subject's key (``foldKey(ofSubjectIn:)``) sends them to, in log order;
/// a learner's fold never reads another's, so the state is the one a one-thread fold gives:
/// the same learner states, in the same order (of first appearance), the same organisations.
///
/// The caller's thread reads the records and hands them out in batches, each core's share to
/// that core's lane (``Lanes``): the cores decode and fold while it reads on, and a core never
/// waits for another between batches. Events about organisations (few) are folded on the
/// caller's thread at the end, in date order: their fold does not depend on the order
/// (``applyToOrganisations(_:)``), and in date order each is folded in place unless the state
/// already holds an event of its organisation dated later. Decoding happens where the folding
/// does, so an event's memory stays with the core that uses it.
///
/// With a time slice (the state as of a date, as known at a point), only the events in the slice
/// are folded, and the state is the one ``fold(_:asOf:knownAt:)`` gives of them: that fold takes
/// the events in date order, and a learner's events folded in log order give the state date
/// order gives (`LearnerState+Apply.swift`; `LearnerFoldOrderTests`), so each learner's are
/// still folded in log order on its core; the learners come in order of their first event in
/// the log, as in every state.
extension ClusterState {
  /// A stream's key for ``foldInParallel(cores:batchSize:slice:_:)``: a hash of the subject id, the
  /// bytes after the first `/` of the stream name (`learner/L-1` → `L-1`). Every stream about
  /// one subject has the same key, whatever its kind.
  static func foldKey(ofSubjectIn stream: String) -> UInt64 {
    // FNV-1a: short ids, no seed (the key must be the same in every process and on every
    // thread), and a good enough spread over two to sixteen cores.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inSubject = false
    for byte in stream.utf8 {
      if inSubject {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      } else if byte == UInt8(ascii: "/") {
        inSubject = true
      }
    }
    return hash
  }

  /// Folds in every event `produce` hands over, in log order, as a one-thread fold of them in
  /// that order would.
  ///
  /// `produce` is called once, with a function to call for each event in log order.
  /// - Parameter slice: when given, only the events in it are folded, as
  ///   ``fold(_:asOf:knownAt:)`` folds them: into an empty state, or one every event of which
  ///   is in the slice (``TimeSlice/includesAll(of:)``: a checkpoint as of the slice's date,
  ///   folded from the events before these). An event outside it is passed over undecoded when
  ///   its dates say so (``EventCodec/isOutside(_:payload:sequence:)``): a fault in the rest of
  ///   it does not matter to the state as of the date, as it does not when a snapshot covers it.
  /// - Throws: the first failure in log order — ``UndecodableEvent`` for an event that does not
  ///   decode, or `produce`'s own (a damaged log) when every event before it decoded. The
  ///   state must not be used then.
  public mutating func foldInParallel(
    cores: Int = Parallel.cores, batchSize: Int = 8192, slice: TimeSlice? = nil,
    _ produce: (_ add: (EncodedEvent) throws -> Void) throws -> Void
  ) throws {
    precondition(
      slice.map { $0.includesAll(of: self) } ?? true,
      "a slice is folded into a state of its own events")
    let parts = max(1, cores)
    let partials = PartialSlots(parts)
    defer { partials.release() }
    // Taken out of the state while the cores write into it, so that its buffer is this call's
    // alone; put back however the call ends.
    var learners = self.learners
    self.learners = []
    defer { self.learners = learners }
    try learners.withUnsafeMutableBufferPointer { existing in
      let shared = FoldShared(existing: existing, index: learnerIndex, slice: slice)
      // Each core's learners on a lane of their own: a core with less work in a batch goes
      // on to its next one instead of waiting for the other.
      let lanes = Lanes(parts, threads: cores > 1)
      var filling = [FoldBatch](repeating: FoldBatch(), count: parts)
      var filled = 0
      /// Hands the records read since the last hand-over to their cores' lanes.
      func handOver() {
        for part in 0..<parts where !filling[part].events.isEmpty {
          let batch = filling[part]
          lanes.run(part) { partials.fold(batch, into: part, shared) }
        }
        filling = [FoldBatch](repeating: FoldBatch(), count: parts)
        filled = 0
      }
      var failed = false
      /// Waits for every lane; throws the first failure in log order, if any.
      func finish() throws {
        lanes.wait()
        if let failure = partials.firstFailure {
          failed = true
          throw failure
        }
      }
      do {
        try produce { event in
          filling[Int(Self.foldKey(ofSubjectIn: event.stream) % UInt64(parts))].add(event)
          filled += 1
          guard filled >= batchSize else { return }
          // A core that met an event that does not decode has stopped: so does the reading.
          if partials.stopped { try finish() }
          handOver()
        }
      } catch {
        // The records read before a failure of the reader are folded first: one that does
        // not decode among them is the earlier failure.
        if !failed {
          handOver()
          try finish()
        }
        throw error
      }
      handOver()
      try finish()
    }
    // The last event folded (every event handed over is, but for a slice's others, or the call
    // has thrown).
    coveredSequence = max(coveredSequence, partials.slots.map(\.lastFolded).max() ?? 0)
    for partial in partials.slots {
      guard let latest = partial.latestEffective else { continue }
      latestEffective = max(latestEffective ?? latest, latest)
    }
    // New learners, in order of their first event, after the ones the state had.
    var organisations: [EventEnvelope] = []
    var order: [(first: UInt64, part: Int, position: Int)] = []
    for (part, partial) in partials.slots.enumerated() {
      organisations += partial.organisations
      order += partial.learners.indices.map { (partial.learners[$0].firstSequence, part, $0) }
    }
    order.sort { $0.first < $1.first }
    learners.reserveCapacity(learners.count + order.count)
    learnerIndex.reserveCapacity(learners.count + order.count, of: learners)
    // Each learner is swapped out of its partial for an empty one: a copy would retain every
    // array and string it holds, and freeing the partial would release them again.
    for (_, part, position) in order {
      var learner = LearnerState(id: LearnerID(""))
      swap(&learner, &partials.slots[part].learners[position])
      learnerIndex.append(consume learner, to: &learners)
    }
    organisations.sort { ($0.effective, $0.sequence) < ($1.effective, $1.sequence) }
    for envelope in organisations { applyToOrganisations(envelope) }
  }
}

/// What one core builds in ``ClusterState/foldInParallel(cores:batchSize:slice:_:)``: the
/// learners new to the state whose key sends them to it, and the organisations' events.
private struct FoldPartial {
  var learners: [LearnerState] = []
  /// Where each of ``learners`` is.
  var index = LearnerIndex()
  var organisations: [EventEnvelope] = []
  /// The highest sequence folded here.
  var lastFolded: UInt64 = 0
  /// The latest effective date folded here.
  var latestEffective: CivilDate?
  /// The first record that did not decode; nothing after it was folded.
  var failure: UndecodableEvent?
}

/// What every core reads: the state's learners (each core writes only those its key sends
/// it) and their index. Unchecked Sendable, and safe as used: the cores write disjoint
/// learners, and the caller touches none of it until they are done.
private struct FoldShared: @unchecked Sendable {
  let existing: UnsafeMutableBufferPointer<LearnerState>
  let index: LearnerIndex
  /// The events to fold, when not all (``ClusterState/foldInParallel(cores:batchSize:slice:_:)``).
  let slice: TimeSlice?
}

/// The partials, one per core, each written by its own core during a batch. Unchecked
/// Sendable, and safe as used: core `part` touches only partial `part`, and the caller reads
/// them only once every lane is done (``stopped`` excepted: an atomic flag).
private struct PartialSlots: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<FoldPartial>
  /// Set by a core when an event does not decode: the caller stops handing events over.
  private let stop = StopFlag()

  init(_ count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: FoldPartial())
  }

  /// Frees the partials (once the fold is over).
  func release() {
    _ = slots.deinitialize()
    slots.deallocate()
  }

  /// Whether a core has met an event that does not decode (its failure is read once the cores
  /// are done: ``firstFailure``).
  var stopped: Bool { stop.raised.load(ordering: .acquiring) }

  /// The failure earliest in log order among the partials', if any.
  var firstFailure: (any Error)? {
    slots.compactMap(\.failure).min { $0.sequence < $1.sequence }
  }

  /// Decodes and folds core `part`'s records of a batch, in order; stops at the first that
  /// does not decode.
  func fold(_ batch: FoldBatch, into part: Int, _ shared: FoldShared) {
    let partial = slots.baseAddress! + part
    guard partial.pointee.failure == nil else { return }
    // Each event read in place: a copy would count a reference on each of its strings.
    for index in batch.events.indices {
      let sequence = batch.events[index].sequence
      let stream: StreamName
      let payload: EventPayload
      do {
        if let slice = shared.slice {
          // Outside the slice: passed over (undecoded when its dates alone say so).
          guard
            let decoded = try batch.payloads.withUnsafeBytes({
              try EventCodec.decode(
                in: slice, stream: batch.events[index].stream,
                payload: UnsafeRawBufferPointer(rebasing: $0[batch.events[index].payload]),
                sequence: sequence)
            })
          else { continue }
          (stream, payload) = decoded
        } else {
          (stream, payload) = try batch.payloads.withUnsafeBytes {
            try EventCodec.decodeChecked(
              stream: batch.events[index].stream,
              payload: UnsafeRawBufferPointer(rebasing: $0[batch.events[index].payload]))
          }
        }
      } catch {
        partial.pointee.failure = UndecodableEvent(sequence: sequence, reason: error)
        stop.raised.store(true, ordering: .releasing)
        return
      }
      partial.pointee.lastFolded = max(partial.pointee.lastFolded, sequence)
      partial.pointee.latestEffective = max(
        partial.pointee.latestEffective ?? payload.effective, payload.effective)
      guard payload.event.isAboutOneLearner else {
        partial.pointee.organisations.append(
          payload.envelope(
            sequence: sequence, stream: stream, streamVersion: batch.events[index].streamVersion,
            id: EventID(batch.events[index].id)))
        continue
      }
      let id = LearnerID(stream.id)
      if !shared.index.isEmpty,
        let position = shared.index.position(of: id, in: UnsafeBufferPointer(shared.existing))
      {
        shared.existing[Int(position)].apply(
          payload.event, effective: payload.effective, sequence: sequence)
      } else {
        partial.pointee.fold(payload, sequence: sequence, newLearner: id)
      }
    }
  }
}

extension FoldPartial {
  /// Folds an event of a learner the state did not have.
  fileprivate mutating func fold(
    _ payload: EventPayload, sequence: UInt64, newLearner id: LearnerID
  ) {
    let position: Int
    if let known = index.position(of: id, in: learners) {
      position = Int(known)
    } else {
      position = learners.count
      index.append(LearnerState(id: id), to: &learners)
    }
    learners[position].apply(payload.event, effective: payload.effective, sequence: sequence)
  }
}

/// A core's share of the events read since the last hand-over, their payloads copied into one
/// buffer of its own. The events handed in share their reader's buffers (a log chunk holds
/// thousands of payloads): kept as slices, each would count a reference on a buffer the reading
/// thread counts too, and the two cores would pass its count's cache line to and fro for every
/// event.
private struct FoldBatch {
  /// An event of the batch, its payload a range of ``payloads``.
  struct Event {
    var sequence: UInt64
    var stream: String
    var streamVersion: UInt64
    var id: String
    var payload: Range<Int>
  }

  var events: [Event] = []
  var payloads: [UInt8] = []

  mutating func add(_ event: EncodedEvent) {
    let start = payloads.count
    payloads.append(contentsOf: event.payload)
    events.append(
      Event(
        sequence: event.sequence, stream: event.stream, streamVersion: event.streamVersion,
        id: event.id, payload: start..<payloads.count))
  }
}

/// A flag the cores raise and the caller reads while they run.
private final class StopFlag: Sendable {
  let raised = Atomic<Bool>(false)
}

/// One event as the log holds it, not decoded yet: what ``ClusterState/foldInParallel(cores:batchSize:slice:_:)``
/// decodes on the core that folds it.
public struct EncodedEvent: Sendable {
  public var sequence: UInt64
  /// The stream name (`learner/L-1`).
  public var stream: String
  public var streamVersion: UInt64
  public var id: String
  /// The payload: one JSON object (``EventCodec``).
  public var payload: ArraySlice<UInt8>

  public init(
    sequence: UInt64, stream: String, streamVersion: UInt64, id: String,
    payload: ArraySlice<UInt8>
  ) {
    self.sequence = sequence
    self.stream = stream
    self.streamVersion = streamVersion
    self.id = id
    self.payload = payload
  }
}

/// An event of the log that does not decode, at its sequence.
public struct UndecodableEvent: Error {
  public var sequence: UInt64
  /// What the decoder said.
  public var reason: any Error
}
