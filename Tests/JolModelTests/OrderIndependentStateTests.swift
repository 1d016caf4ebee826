import Synchronization
import Testing

@testable import JolModel

/// The state of the log — its events folded in the order the log holds them, as replay and a
/// snapshot's tail fold them — is the state as of any date on or after its latest effective
/// date: the events folded in date order. Learners' folds are shown not to depend on the order
/// in `LearnerFoldOrderTests`; here, organisations' (whose events may arrive in any order) and
/// the whole state, with the slices ``TimeSlice/includesAll(of:)`` says the state answers.
@Suite struct OrderIndependentStateTests {
  /// An event of `stream`, effective on `date`, at `sequence`.
  static func event(
    _ sequence: UInt64, _ stream: StreamName, _ date: String, _ event: DomainEvent
  ) -> EventEnvelope {
    EventEnvelope(
      id: EventID("E\(sequence)"), stream: stream, streamVersion: 1, sequence: sequence,
      recordedAt: Timestamp(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(sequence)),
      effective: CivilDate(date)!, actor: ActorID("test"), event: event)
  }

  @Test func theLogsStateIsItsStateInDateOrder() throws {
    for seed in UInt64(1)...8 {
      var log = RandomLog(seed: seed)
      let events = log.generate(700)
      let inDateOrder = ClusterState.fold(events)
      // Compared first, then expected: a failure names the case, not two whole states.
      let inLogOrder = SnapshotTests.fold(events) == inDateOrder
      #expect(inLogOrder, "seed \(seed)")
      var parallel = ClusterState()
      try parallel.foldInParallel(cores: 2, batchSize: 16) { add in
        for event in SlicedFoldTests.encoded(events) { try add(event) }
      }
      let onTwoCores = parallel == inDateOrder
      #expect(onTwoCores, "seed \(seed), on two cores")
      // A snapshot taken anywhere, then the rest: the organisations' events it kept let a
      // later one dated earlier land in its place.
      let cut = events.count / 3
      var resumed = try ClusterSnapshot.decode(
        ClusterSnapshot.encode(SnapshotTests.fold(events[..<cut])))
      for event in events[cut...] { resumed.apply(event) }
      let fromASnapshot = resumed == inDateOrder
      #expect(fromASnapshot, "seed \(seed), resumed from a snapshot")
    }
  }

  @Test func theRandomLogsSendOrganisationsEventsOutOfDateOrder() {
    // Not vacuous: organisations' events often arrive before events of theirs dated earlier.
    var log = RandomLog(seed: 3)
    var latest: [StreamName: OrganisationEvent] = [:]
    var late = 0
    for event in log.generate(700) where !event.event.isAboutOneLearner {
      let kept = OrganisationEvent(
        effective: event.effective, sequence: event.sequence, event: event.event)
      if let previous = latest[event.stream], previous.follows(kept) {
        late += 1
      } else {
        latest[event.stream] = kept
      }
    }
    #expect(late > 20)
  }

  @Test func organisationsDoNotDependOnTheOrderTheirEventsArriveIn() {
    var random = SplitMix64(seed: 11)
    for seed in UInt64(1)...6 {
      var log = RandomLog(seed: seed)
      let events = log.generate(900).filter { !$0.event.isAboutOneLearner }
      let expected = ClusterState.fold(events)
      #expect(!expected.organisationEvents.isEmpty)
      for _ in 0..<10 {
        var shuffled = events
        shuffled.shuffle(using: &random)
        let same = SnapshotTests.fold(shuffled) == expected
        #expect(same, "seed \(seed)")
      }
    }
  }

  @Test func anEarlierDatedChangeLandsBeforeTheRegistrationItPrecedes() {
    // A capacity change dated before the registration it would change is folded before it, as
    // the state as of any date folds it: the registration's intake stands.
    let college = StreamName.institution(InstitutionID("KST-COL-1"))
    let specialty = SpecialtyCode(rawValue: "07150500")
    let registered = DomainEvent.institutionRegistered(
      InstitutionRegistered(
        kind: .college, names: OrganisationNames(kk: "Колледж", ru: "Колледж"),
        district: "391600000", languages: [.kk],
        specialties: [SpecialtyOffer(specialty: specialty, intake: 25)]))
    let events = [
      Self.event(1, college, "2025-09-01", registered),
      Self.event(
        2, college, "2025-06-01",
        .institutionCapacityChanged(CapacityChanged(specialty: specialty, capacity: 30))),
    ]
    let state = SnapshotTests.fold(events)
    #expect(
      state.institutions[InstitutionID("KST-COL-1")]?.registration?.specialties.first?.intake == 25)
    #expect(state == ClusterState.fold(events))
    // Dated after it, the change holds.
    let later = SnapshotTests.fold([
      events[0],
      Self.event(
        2, college, "2025-10-01",
        .institutionCapacityChanged(CapacityChanged(specialty: specialty, capacity: 30))),
    ])
    #expect(
      later.institutions[InstitutionID("KST-COL-1")]?.registration?.specialties.first?.intake == 30)
  }

  @Test func aPolicyVersionPublishedLaterWithAnEarlierDateGoesBeforeTheOthers() {
    let stream = StreamName.policy(PolicyID("grant"))
    func published(_ version: Int) -> DomainEvent {
      .policyPublished(PolicyPublished(version: version, text: "v\(version)", sha256: "\(version)"))
    }
    let state = SnapshotTests.fold([
      Self.event(1, stream, "2026-01-01", published(2)),
      Self.event(2, stream, "2025-01-01", published(1)),
    ])
    #expect(state.policies[PolicyID("grant")]?.map(\.publication.version) == [1, 2])
    #expect(
      state.policy(PolicyID("grant"), publishedOnOrBefore: CivilDate("2026-06-01")!)?
        .publication.version == 2)
    #expect(
      state.policy(PolicyID("grant"), publishedOnOrBefore: CivilDate("2025-06-01")!)?
        .publication.version == 1)
  }

  @Test func theStateAnswersExactlyTheSlicesThatHoldEveryEvent() throws {
    for seed in UInt64(1)...4 {
      var log = RandomLog(seed: seed)
      let events = log.generate(500)
      let whole = SnapshotTests.fold(events)
      let latest = try #require(events.map(\.effective).max())
      #expect(whole.latestEffective == latest)
      let last = UInt64(events.count)
      let answered = [
        TimeSlice(), TimeSlice(asOf: latest), TimeSlice(asOf: latest.adding(days: 365)),
        TimeSlice(knownAt: .sequence(last)), TimeSlice(asOf: latest, knownAt: .sequence(last + 5)),
      ]
      for slice in answered {
        #expect(slice.includesAll(of: whole), "\(slice)")
        let same = ClusterState.fold(events, asOf: slice.asOf, knownAt: slice.knownAt) == whole
        #expect(same, "\(slice)")
      }
      // A day before the latest event, a point before the last, or a recording date (which the
      // state does not keep): folded from the log.
      let refused = [
        TimeSlice(asOf: latest.adding(days: -1)), TimeSlice(knownAt: .sequence(last - 1)),
        TimeSlice(knownAt: .date(CivilDate("2999-01-01")!)),
      ]
      for slice in refused { #expect(!slice.includesAll(of: whole), "\(slice)") }
      for slice in SlicedFoldTests.slices(events) where slice.includesAll(of: whole) {
        let same = ClusterState.fold(events, asOf: slice.asOf, knownAt: slice.knownAt) == whole
        #expect(same, "\(slice)")
      }
    }
    #expect(TimeSlice(asOf: CivilDate("2000-01-01")!).includesAll(of: ClusterState()))
  }

  /// `events` by learner, in log order: what
  /// ``ClusterState/restrict(asOf:events:limit:readOrder:learnersReadAtOnce:minimumPiece:)`` reads.
  static func byLearner(_ events: [EventEnvelope]) -> [LearnerID: [EventEnvelope]] {
    Dictionary(grouping: events.filter(\.event.isAboutOneLearner)) { LearnerID($0.stream.id) }
  }

  @Test func theStateRestrictedToADateIsTheFoldOfTheEventsUpToIt() throws {
    for seed in UInt64(1)...6 {
      var log = RandomLog(seed: seed)
      let events = log.generate(600)
      let streams = Self.byLearner(events)
      let dates = events.map(\.effective).sorted()
      for percent in [0, 1, 10, 50, 90, 99, 100] {
        let date = dates[min(dates.count - 1, dates.count * percent / 100)]
        for date in [date.adding(days: -1), date] {
          var state = SnapshotTests.fold(events)
          // Read from several threads at once, in slices of one or more (five at a time for a
          // third of the logs).
          let read = Mutex(0)
          let derived = try state.restrict(
            asOf: date,
            events: { ids in
              read.withLock { $0 += ids.count }
              return ids.map { streams[$0] ?? [] }
            }, limit: .max,
            // Half the logs read in another order than the state's (as a log's index asks).
            readOrder: seed.isMultiple(of: 2)
              ? { $0.rawValue.utf8.reduce(UInt64(7)) { $0 &* 31 &+ UInt64($1) } } : nil,
            learnersReadAtOnce: seed.isMultiple(of: 3) ? 5 : 16_384, minimumPiece: 1)
          #expect(derived)
          let expected = ClusterState.fold(events, asOf: date)
          let same = state == expected
          #expect(same, "seed \(seed), as of \(date)")
          for (position, learner) in state.learners.enumerated() {
            #expect(
              state.learnerIndex.position(of: learner.id, in: state.learners) == Int32(position))
          }
          // Only the learners with an event dated after the date are read again.
          let later = Set(
            events.filter { $0.event.isAboutOneLearner && $0.effective > date }
              .map(\.stream.id))
          #expect(read.withLock { $0 } == later.count, "seed \(seed), as of \(date)")
        }
      }
    }
  }

  @Test func aLearnerWhoseFirstEventIsDatedLaterMovesOrLeaves() throws {
    // L-1's first event in the log is dated after the date, its second before: as of the date it
    // comes after L-2, whose first event is between them. L-3 has nothing by then.
    func term(_ sequence: UInt64, _ learner: String, _ date: String) -> EventEnvelope {
      Self.event(
        sequence, .learner(LearnerID(learner)), date,
        .termResult(
          TermResult(
            term: "2025-1", gpa: FixedDecimal(4), attendance: FixedDecimal(95),
            grades: [])))
    }
    let events = [
      term(1, "L-1", "2026-03-01"), term(2, "L-2", "2025-09-01"), term(3, "L-1", "2025-10-01"),
      term(4, "L-3", "2026-02-01"), term(5, "L-4", "2025-11-01"),
    ]
    let date = CivilDate("2025-12-31")!
    var state = SnapshotTests.fold(events)
    #expect(state.learners.map(\.id.rawValue) == ["L-1", "L-2", "L-3", "L-4"])
    let streams = Self.byLearner(events)
    #expect(try state.restrict(asOf: date, events: { $0.map { streams[$0] ?? [] } }, limit: 2))
    #expect(state.learners.map(\.id.rawValue) == ["L-2", "L-1", "L-4"])
    #expect(state == ClusterState.fold(events, asOf: date))
    #expect(state.coveredSequence == 5 && state.latestEffective == CivilDate("2025-11-01"))
    // More learners to read again than the limit: nothing changes, the caller folds the log.
    var unchanged = SnapshotTests.fold(events)
    #expect(try !unchanged.restrict(asOf: date, events: { $0.map { streams[$0] ?? [] } }, limit: 1))
    #expect(unchanged == SnapshotTests.fold(events))
  }

  /// A slice whose events cannot be read fails the whole: its error is thrown, the first in
  /// the learners' order whichever core met it first.
  @Test func aSliceThatCannotBeReadFailsTheWhole() throws {
    struct Unreadable: Error, Equatable { let learner: String }
    var log = RandomLog(seed: 11)
    let events = log.generate(600)
    let streams = Self.byLearner(events)
    let date = events.map(\.effective).sorted()[events.count / 4]
    var state = SnapshotTests.fold(events)
    let later = state.learners.filter { $0.latestEffective.map { $0 > date } ?? false }.map(\.id)
    try #require(later.count >= 4)
    let failing = Set([later[1], later[later.count - 1]])
    #expect(throws: Unreadable(learner: later[1].rawValue)) {
      try state.restrict(
        asOf: date,
        events: { ids in
          if let id = ids.first(where: failing.contains) { throw Unreadable(learner: id.rawValue) }
          return ids.map { streams[$0] ?? [] }
        }, limit: .max, minimumPiece: 1)
    }
  }
}

/// A snapshot counts its learners by the date of their latest event, readable without its
/// learners: what a command decides from whether to read the state.
@Suite struct LatestDatesTests {
  @Test func theCountsAreTheLearnersLatestDates() throws {
    for seed in UInt64(1)...3 {
      var log = RandomLog(seed: seed)
      let events = log.generate(500)
      let state = SnapshotTests.fold(events)
      let dates = LatestDates(state)
      let bytes = ClusterSnapshot.encode(state)
      let summary = try bytes.withUnsafeBytes { try ClusterSnapshot.summary(of: $0) }
      #expect(summary.latestDates == dates)
      #expect(summary.asOf == nil)
      #expect(dates.learners.reduce(0, +) == state.learners.count)
      for event in events.prefix(40) {
        let later = state.learners.filter { $0.latestEffective! > event.effective }.count
        #expect(dates.learners(datedAfter: event.effective) == later)
      }
    }
    #expect(LatestDates(ClusterState()).learners(datedAfter: CivilDate("2000-01-01")!) == 0)
    // More learners on a date than bytes after it.
    var many = ClusterState()
    for index in 0..<3000 {
      many.apply(
        OrderIndependentStateTests.event(
          UInt64(index + 1), .learner(LearnerID("L\(index)")), "2025-09-01",
          .categoryDeclared(CategoryChange(category: .rural))))
    }
    let restored = try ClusterSnapshot.decode(ClusterSnapshot.encode(many))
    #expect(LatestDates(restored).learners == [3000])
  }

  @Test func aCheckpointSaysTheDateItsStateIsAsOf() throws {
    var log = RandomLog(seed: 7)
    let events = log.generate(300)
    let date = events[150].effective
    let state = ClusterState.fold(events, asOf: date)
    let bytes = ClusterSnapshot.encode(state, asOf: date)
    let summary = try bytes.withUnsafeBytes { try ClusterSnapshot.summary(of: $0) }
    #expect(summary.asOf == date)
    #expect(summary.latestDates == LatestDates(state))
    #expect(try ClusterSnapshot.decode(bytes) == state)
    // The date is in the checksummed bytes: the same state as of another date is another file.
    #expect(bytes != ClusterSnapshot.encode(state, asOf: date.adding(days: 1)))
  }

  @Test func aSnapshotMadeACheckpointIsTheSameStateAsOfTheDate() throws {
    var log = RandomLog(seed: 9)
    let state = SnapshotTests.fold(log.generate(300))
    let anchor = LogAnchor(segmentFirstSequence: 1, offset: 4096, checksum: 77)
    let current = ClusterSnapshot.encode(state, anchor: anchor)
    let date = CivilDate("2030-01-01")!
    let made = try current.withUnsafeBytes { try ClusterSnapshot.checkpoint($0, asOf: date) }
    let same = made == ClusterSnapshot.encode(state, anchor: anchor, asOf: date)
    #expect(same, "the bytes `encode` writes for the state as of the date")
    #expect(try ClusterSnapshot.decode(made) == state)
    let summary = try made.withUnsafeBytes { try ClusterSnapshot.summary(of: $0) }
    #expect(summary.asOf == date && summary.latestEffective == state.latestEffective)
    // Neither a checkpoint again, nor a damaged snapshot.
    #expect(throws: SnapshotError.self) {
      try made.withUnsafeBytes { try ClusterSnapshot.checkpoint($0, asOf: date) }
    }
    var damaged = current
    damaged[damaged.count / 2] ^= 0x10
    #expect(throws: SnapshotError.self) {
      try damaged.withUnsafeBytes { try ClusterSnapshot.checkpoint($0, asOf: date) }
    }
  }
}
