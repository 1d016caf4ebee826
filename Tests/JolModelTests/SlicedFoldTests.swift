import Testing

@testable import JolModel

/// The state as of a date and as known at a point, folded on every core
/// (``ClusterState/foldInParallel(cores:batchSize:slice:_:)``), is the one the one-thread fold
/// of the slice's events in date order gives (``ClusterState/fold(_:asOf:knownAt:)``):
/// learners, their order, organisations and the covered sequence — for a generated region and
/// for random logs of every event type, at dates and points all along them.
@Suite struct SlicedFoldTests {
  /// `events` as the log holds them.
  static func encoded(_ events: [EventEnvelope]) -> [EncodedEvent] {
    events.map { envelope in
      let payload = EventPayload(
        recordedAt: envelope.recordedAt, effective: envelope.effective, actor: envelope.actor,
        event: envelope.event)
      return EncodedEvent(
        sequence: envelope.sequence, stream: envelope.stream.description,
        streamVersion: envelope.streamVersion, id: envelope.id.rawValue,
        payload: ArraySlice(EventCodec.encode(payload)))
    }
  }

  /// `events` decoded back, as ``ClusterState/fold(_:asOf:knownAt:)`` takes them.
  static func decoded(_ events: [EncodedEvent]) throws -> [EventEnvelope] {
    try events.map {
      try EventCodec.decode(
        sequence: $0.sequence, stream: $0.stream, streamVersion: $0.streamVersion, id: $0.id,
        payload: $0.payload)
    }
  }

  /// Slices all along `events`: dates at their effective dates' quantiles (and before the
  /// first, after the last), points at sequences and recording dates, and both at once.
  static func slices(_ events: [EventEnvelope]) -> [TimeSlice] {
    let dates = events.map(\.effective).sorted()
    let recorded = events.map(\.recordedAt.kazakhstanDate).sorted()
    let quantiles = [0, 1, 5, 25, 50, 75, 95, 99, 100]
    func at<T>(_ values: [T], _ percent: Int) -> T {
      values[min(values.count - 1, values.count * percent / 100)]
    }
    var slices: [TimeSlice] = [
      TimeSlice(asOf: dates[0].adding(days: -1)), TimeSlice(asOf: dates.last!.adding(days: 1)),
    ]
    for percent in quantiles {
      slices.append(TimeSlice(asOf: at(dates, percent)))
      slices.append(TimeSlice(knownAt: .sequence(UInt64(events.count * percent / 100))))
      slices.append(TimeSlice(knownAt: .date(at(recorded, percent))))
      slices.append(
        TimeSlice(
          asOf: at(dates, 100 - percent),
          knownAt: .sequence(UInt64(events.count * percent / 100))))
    }
    return slices
  }

  static func check(_ events: [EncodedEvent], cores: [Int], batchSizes: [Int]) throws {
    let envelopes = try decoded(events)
    for slice in slices(envelopes) {
      let expected = ClusterState.fold(envelopes, asOf: slice.asOf, knownAt: slice.knownAt)
      for cores in cores {
        for batchSize in batchSizes {
          var state = ClusterState()
          try state.foldInParallel(cores: cores, batchSize: batchSize, slice: slice) { add in
            for event in events { try add(event) }
          }
          // Compared first, then expected: a failure names the slice, not two whole states.
          let same = state == expected
          #expect(same, "\(slice), \(cores) cores, batches of \(batchSize)")
          #expect(state.learners.map(\.id) == expected.learners.map(\.id), "\(slice)")
          #expect(state.coveredSequence == expected.coveredSequence, "\(slice)")
          for (position, learner) in state.learners.enumerated() {
            #expect(
              state.learnerIndex.position(of: learner.id, in: state.learners) == Int32(position))
          }
        }
      }
    }
  }

  @Test func aGeneratedRegionAsOfEveryDate() throws {
    try Self.check(ParallelFoldTests.region, cores: [1, 2, 3], batchSizes: [7, 100_000])
  }

  @Test func randomLogsOfEveryEventType() throws {
    for seed in UInt64(1)...6 {
      var log = RandomLog(seed: seed)
      try Self.check(
        Self.encoded(log.generate(400)), cores: [1, 2, 3], batchSizes: [1, 64])
    }
  }

  @Test func theSlicesReallyDiffer() throws {
    // The check is not vacuous: the states of the slices differ from each other and from the
    // whole log's.
    let envelopes = try Self.decoded(ParallelFoldTests.region)
    let whole = ClusterState.fold(envelopes)
    let states = Self.slices(envelopes).map {
      ClusterState.fold(envelopes, asOf: $0.asOf, knownAt: $0.knownAt)
    }
    #expect(states.filter { $0 != whole }.count >= states.count / 2)
    #expect(states.contains { $0.learners.isEmpty })
    #expect(Set(states.map(\.learners.count)).count > 4)
  }

  /// An event outside the slice is passed over undecoded when its dates say so: a fault in the
  /// rest of it does not stop the fold as of an earlier date (as it does not when a snapshot
  /// covers it). One whose dates cannot be read, or that is in the slice, is still reported.
  @Test func anEventOutsideTheSliceIsNotDecoded() throws {
    let events = ParallelFoldTests.region
    let envelopes = try Self.decoded(events)
    let dates = envelopes.map(\.effective).sorted()
    let date = dates[dates.count / 2]
    let later = try #require(envelopes.lastIndex { $0.effective > date })
    let earlier = try #require(envelopes.lastIndex { $0.effective <= date })
    let recorded = envelopes[later].recordedAt.kazakhstanDate
    // As of a date before it, and as known the day before it was recorded.
    let slices = [
      TimeSlice(asOf: date), TimeSlice(knownAt: .date(recorded.adding(days: -1))),
    ]
    // A type this Jol does not know, in a payload whose dates come after its data.
    func unknown(_ envelope: EventEnvelope) -> ArraySlice<UInt8> {
      let effective = envelope.effective.description
      let recordedAt = envelope.recordedAt.description
      return ArraySlice(
        ("{\"type\":\"learner.teleported\",\"schema_version\":1,\"data\":{\"to\":\"Mars\"},"
          + "\"actor\":\"x\",\"recorded_at\":\"\(recordedAt)\",\"effective\":\"\(effective)\"}")
          .utf8)
    }
    for slice in slices {
      var damaged = events
      damaged[later].payload = unknown(envelopes[later])
      var state = ClusterState()
      try state.foldInParallel(cores: 2, batchSize: 16, slice: slice) { add in
        for event in damaged { try add(event) }
      }
      let same = state == ClusterState.fold(envelopes, asOf: slice.asOf, knownAt: slice.knownAt)
      #expect(same, "\(slice)")
    }
    // In the slice, or without dates readable on their own (not a date, one missing, one given
    // twice): reported.
    let effective = "\"effective\":\"\(envelopes[later].effective)\""
    let recordedAt = "\"recorded_at\":\"\(envelopes[later].recordedAt)\""
    let faults = [
      "{\"type\":\"learner.teleported\",\"effective\":\"2026-13-01\",\(recordedAt)}",
      "{\"type\":\"learner.teleported\",\(effective)}",
      "{\"type\":\"learner.teleported\",\(effective),\(effective),\(recordedAt)}",
    ]
    let cases =
      [(earlier, unknown(envelopes[earlier]))] + faults.map { (later, ArraySlice($0.utf8)) }
    for (position, payload) in cases {
      var damaged = events
      damaged[position].payload = payload
      var state = ClusterState()
      #expect(throws: UndecodableEvent.self) {
        try state.foldInParallel(cores: 2, batchSize: 16, slice: TimeSlice(asOf: date)) { add in
          for event in damaged { try add(event) }
        }
      }
    }
  }
}
