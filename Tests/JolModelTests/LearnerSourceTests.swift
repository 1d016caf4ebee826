import Testing

@testable import JolModel

/// A snapshot read in one pass (``SnapshotPass``) with the events after it (``LearnerSource``):
/// the visitor sees every learner of the folded state once, as it is in that state, and the
/// organisations are the fold's; a snapshot that does not read, or events that do not serve,
/// give way to the whole read.
@Suite struct LearnerSourceTests {
  /// Every learner the source hands over, by id; a learner handed over twice is an issue.
  static func visited(_ source: inout LearnerSource, minimumPiece: Int = 1) throws
    -> [LearnerID: LearnerState]
  {
    let parts = try source.mapLearners(minimumPiece: minimumPiece) {
      [LearnerState]()
    } visit: { part, learner in
      part.append(learner)
    }
    var byID: [LearnerID: LearnerState] = [:]
    for learner in parts.joined() {
      #expect(byID.updateValue(learner, forKey: learner.id) == nil, "\(learner.id) twice")
    }
    return byID
  }

  /// The organisations of a state, without its learners, sequence and dates.
  static func organisations(_ state: ClusterState) -> ClusterState {
    var organisations = ClusterState()
    (organisations.institutions, organisations.enterprises, organisations.mentors) = (
      state.institutions, state.enterprises, state.mentors
    )
    (organisations.policies, organisations.rounds, organisations.matchings) = (
      state.policies, state.rounds, state.matchings
    )
    organisations.organisationEvents = state.organisationEvents
    return organisations
  }

  static func byID(_ state: ClusterState) -> [LearnerID: LearnerState] {
    Dictionary(uniqueKeysWithValues: state.learners.map { ($0.id, $0) })
  }

  static func fold(_ events: some Sequence<EncodedEvent>, into state: ClusterState = ClusterState())
    throws -> ClusterState
  {
    var state = state
    try ParallelFoldTests.sequentialFold(events, into: &state)
    return state
  }

  /// A source over `bytes` with `tail`, whose fallback must not be needed.
  static func source(
    _ raw: UnsafeRawBufferPointer, tail: [EncodedEvent], slice: TimeSlice = TimeSlice()
  ) throws -> LearnerSource? {
    LearnerSource(
      pass: try SnapshotPass(raw, keeping: nil), tail: tail, slice: slice, decodingEveryEvent: true
    ) {
      Issue.record("the whole state was read")
      return ClusterState()
    }
  }

  @Test func aPassAndTheEventsAfterItGiveTheFoldedState() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 21, learners: 300)
    // No events after the snapshot, a few, most of the log, all of it.
    for cut in [events.count, events.count - 40, events.count * 2 / 3, 0] {
      let snapshot = try Self.fold(events[..<cut])
      let tail = Array(events[cut...])
      let whole = try Self.fold(tail, into: snapshot)
      for size in [5, 10_000] {
        let bytes = ClusterSnapshot.encode(snapshot, learnersPerChunk: size)
        try bytes.withUnsafeBytes { raw in
          var source = try #require(try Self.source(raw, tail: tail))
          // The organisations are whole before any learner is read.
          #expect(Self.organisations(source.state) == Self.organisations(whole), "cut at \(cut)")
          let seen = try Self.visited(&source)
          #expect(seen == Self.byID(whole), "cut at \(cut), chunks of \(size)")
          // And then everything but the learners handed over.
          var rebuilt = source.state
          rebuilt.setLearners(whole.learners)
          #expect(rebuilt == whole, "cut at \(cut)")
          // What the state holds after the pass: the learners new to the snapshot, in order of
          // their first event.
          let held = Set(snapshot.learners.map(\.id))
          #expect(source.state.learners == whole.learners.filter { !held.contains($0.id) })
        }
      }
    }
  }

  @Test func thePassFoldsTheTailIntoTheLearnersItMeetsOnEveryThread() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 22, learners: 120)
    // Just before the last learner's first event: the tail adds a learner to the snapshot.
    let last = try #require(events.last { $0.stream.hasPrefix("learner/") }).stream
    let cut = try #require(events.firstIndex { $0.stream == last })
    let snapshot = try Self.fold(events[..<cut])
    let whole = try Self.fold(events[cut...], into: snapshot)
    var tail = LearnerTail()
    for event in events[cut...] {
      if let stream = StreamName(event.stream), stream.kind == .learner {
        tail.add(event, learner: stream.id)
      }
    }
    let held = Set(snapshot.learners.map(\.id.rawValue))
    let bytes = ClusterSnapshot.encode(snapshot, learnersPerChunk: 4)
    for workers in [1, 2, 5] {
      let passed = try bytes.withUnsafeBytes { raw in
        try SnapshotPass(raw, keeping: nil).forEachLearner(
          folding: tail, workers: workers, part: { [LearnerState]() },
          visit: { $0.append($1) })
      }
      #expect(
        Set(passed.parts.joined()) == Set(whole.learners.filter { held.contains($0.id.rawValue) }))
      #expect(passed.met == tail.learners.keys.map(held.contains))
      #expect(passed.met.contains(false) && passed.met.contains(true))
      let tailDates = try events[cut...].map {
        try EventCodec.decode(
          sequence: $0.sequence, stream: $0.stream, streamVersion: 1, id: $0.id,
          payload: $0.payload)
      }.filter { $0.stream.kind == .learner && held.contains($0.stream.id) }.map(\.effective)
      #expect(passed.latestEffective == tailDates.max())
    }
  }

  @Test func eventsAfterTheSnapshotDatedAfterTheSliceArePassedOver() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 23, learners: 100)
    let envelopes = try events.map {
      try EventCodec.decode(
        sequence: $0.sequence, stream: $0.stream, streamVersion: $0.streamVersion, id: $0.id,
        payload: $0.payload)
    }
    // The snapshot before the events of the latest dates: its own latest date is earlier.
    let dates = Set(envelopes.map(\.effective)).sorted()
    let cutDate = dates[dates.count - 3]
    let cut = try #require(envelopes.firstIndex { $0.effective > cutDate })
    let snapshot = try Self.fold(events[..<cut])
    #expect(try #require(snapshot.latestEffective) <= cutDate)
    let tail = Array(events[cut...])
    let bytes = ClusterSnapshot.encode(snapshot, learnersPerChunk: 8)
    for date in dates.suffix(3) + [dates.last!.adding(days: 30)] {
      let slice = TimeSlice(asOf: date)
      try bytes.withUnsafeBytes { raw in
        var source = try #require(try Self.source(raw, tail: tail, slice: slice), "\(date)")
        let expected = ClusterState.fold(envelopes, asOf: date)
        #expect(try Self.visited(&source) == Self.byID(expected), "\(date)")
        var rebuilt = source.state
        rebuilt.setLearners(expected.learners)
        #expect(rebuilt.latestEffective == expected.latestEffective, "\(date)")
        #expect(Self.organisations(rebuilt) == Self.organisations(expected), "\(date)")
      }
    }
    // Before the snapshot's own latest date: never.
    let served = try bytes.withUnsafeBytes { raw in
      try Self.source(
        raw, tail: tail, slice: TimeSlice(asOf: snapshot.latestEffective!.adding(days: -1))) != nil
    }
    #expect(!served)
  }

  @Test func aSnapshotWhoseLearnersDoNotReadGivesWayToTheWholeRead() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 24, learners: 100)
    let state = try Self.fold(events)
    // A learner folded past the covered sequence; an id twice.
    var beyond = state
    beyond.learners[5].lastSequence = state.coveredSequence + 1
    var repeated = state
    repeated.learners.append(state.learners[10])
    for damaged in [beyond, repeated] {
      let bytes = ClusterSnapshot.encode(damaged, learnersPerChunk: 16)
      #expect(throws: SnapshotError.self) { try ClusterSnapshot.decode(bytes) }
      try bytes.withUnsafeBytes { raw in
        let pass = try SnapshotPass(raw, keeping: nil)
        #expect(throws: SnapshotError.self) {
          try pass.forEachLearner(part: { 0 }, visit: { count, _ in count += 1 })
        }
        var fallbacks = 0
        var source = try #require(
          LearnerSource(pass: pass, tail: [], slice: TimeSlice(), decodingEveryEvent: true) {
            fallbacks += 1
            return state
          })
        #expect(try Self.visited(&source) == Self.byID(state))
        #expect(fallbacks == 1)
        #expect(source.state == state)
      }
    }
  }

  @Test func anEventAfterTheSnapshotThatDoesNotDecodeGivesWayToTheWholeRead() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 25, learners: 60)
    let state = try Self.fold(events)
    let bytes = ClusterSnapshot.encode(state, learnersPerChunk: 8)
    // About a learner the snapshot holds, and about one it does not.
    for learner in [state.learners[7].id.rawValue, "L-NEW"] {
      let broken = EncodedEvent(
        sequence: state.coveredSequence + 1, stream: "learner/\(learner)", streamVersion: 1,
        id: "E-broken", payload: ArraySlice(#"{"type":"learner.stage_entered"}"#.utf8))
      try bytes.withUnsafeBytes { raw in
        var fallbacks = 0
        var source = try #require(
          LearnerSource(
            pass: try SnapshotPass(raw, keeping: nil), tail: [broken], slice: TimeSlice(),
            decodingEveryEvent: true
          ) {
            fallbacks += 1
            return state
          })
        #expect(try Self.visited(&source) == Self.byID(state), "\(learner)")
        #expect(fallbacks == 1, "\(learner)")
      }
    }
  }

  @Test func anEventDatedAfterTheSliceThatDoesNotDecodeIsFoundWhenEveryEventIsDecoded() throws {
    let events = ParallelFoldTests.encodedRegion(seed: 26, learners: 60)
    let state = try Self.fold(events)
    let date = try #require(state.latestEffective)
    let bytes = ClusterSnapshot.encode(state, learnersPerChunk: 8)
    // A type this Jol does not know, dated after the slice's date: its dates read alone.
    let payload = EventPayload(
      recordedAt: Timestamp(millisecondsSinceEpoch: 1_800_000_000_000),
      effective: date.adding(days: 10), actor: "test",
      event: .categoryDeclared(CategoryChange(category: .rural)))
    let text = String(decoding: EventCodec.encode(payload), as: UTF8.self)
      .replacing("learner.category_declared", with: "learner.category_unknown")
    for learner in [state.learners[3].id.rawValue, "L-NEW"] {
      let broken = EncodedEvent(
        sequence: state.coveredSequence + 1, stream: "learner/\(learner)", streamVersion: 1,
        id: "E-future", payload: ArraySlice(text.utf8))
      for decodingEveryEvent in [true, false] {
        var fallbacks = 0
        // The pass reads the bytes while they are borrowed.
        let seen = try bytes.withUnsafeBytes { raw in
          var source = try #require(
            LearnerSource(
              pass: try SnapshotPass(raw, keeping: nil), tail: [broken],
              slice: TimeSlice(asOf: date), decodingEveryEvent: decodingEveryEvent
            ) {
              fallbacks += 1
              return state
            })
          return try Self.visited(&source)
        }
        // Passed over undecoded, or found and left to the whole read: the same learners.
        #expect(seen == Self.byID(state), "\(learner)")
        #expect(fallbacks == (decodingEveryEvent ? 1 : 0), "\(learner), \(decodingEveryEvent)")
      }
    }
  }

  @Test func damageBehindAValidChecksumFailsThePassWhereItFailsTheDecode() throws {
    var log = RandomLog(seed: 96)
    let bytes = ClusterSnapshot.encode(SnapshotTests.fold(log.generate(600)), learnersPerChunk: 3)
    var random = SplitMix64(seed: 97)
    var failures = 0
    for _ in 0..<300 {
      let (damaged, offset) = SnapshotTests.damagedBehindValidChecksum(bytes, using: &random)
      let decoded = try? ClusterSnapshot.decode(damaged)
      let passed = damaged.withUnsafeBytes { raw -> (ClusterState, [LearnerState])? in
        guard let pass = try? SnapshotPass(raw, keeping: nil),
          let read = try? pass.forEachLearner(
            part: { [LearnerState]() }, visit: { $0.append($1) })
        else { return nil }
        return (pass.state, Array(read.parts.joined()))
      }
      if decoded == nil { failures += 1 }
      #expect((decoded == nil) == (passed == nil), "byte \(offset)")
      if let decoded, let passed {
        var state = passed.0
        state.setLearners(passed.1)
        #expect(state == decoded, "byte \(offset)")
      }
    }
    #expect(failures > 30)
  }

  @Test func aRepeatIsARepeatedHash() {
    #expect(!SnapshotPass.repeats(in: []))
    #expect(!SnapshotPass.repeats(in: [[1, 2, 3], [], [4, 5, 1 << 40]]))
    #expect(SnapshotPass.repeats(in: [[1, 2, 3], [4, 2]]))
    #expect(SnapshotPass.repeats(in: [[7, 7]]))
    // Hashes equal in their low bits, the table's slots, are told apart.
    #expect(!SnapshotPass.repeats(in: [(0..<1000).map { UInt64($0) << 32 }]))
    // 0 and 1 share a slot's mark: counted as a repeat, which only costs the whole read.
    #expect(SnapshotPass.repeats(in: [[0, 1]]))
    // Repeats in either half of the hashes, by their top bit, and none across the halves.
    let high: UInt64 = 1 << 63
    #expect(SnapshotPass.repeats(in: [[high | 5, 3], [high | 5]]))
    #expect(!SnapshotPass.repeats(in: [[high | 5, 5], [high | 6, 6 | 1 << 40]]))
  }
}
