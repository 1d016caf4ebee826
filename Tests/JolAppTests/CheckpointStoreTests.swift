import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// Checkpoints, the state as of a date kept beside the snapshot (`Store+Checkpoints.swift`):
/// read for the dates they serve, never when they cannot be trusted, kept up to the log by
/// writers — and the state read through them is always the fold of the log as of the date.
@Suite struct CheckpointStoreTests {
  /// A year's end most of the sample region's learners have events after.
  static let yearEnd = CivilDate("2025-12-31")!

  /// The sample region's 400 learners and its organisations (events from 2020-09-01 to
  /// 2026-09-01), in one write.
  func region(seed: UInt64 = 33) throws -> String {
    var generator = SyntheticGenerator(seed: seed)
    let drafts = generator.region(learners: 400).events { LearnerID("L\(1000 + $0)") }
    let data = try temporaryDirectory()
    try writer(data).append(drafts.map { [$0] })
    return data
  }

  /// ``region(seed:)`` with a checkpoint as of ``yearEnd``, then the events of ``tail(_:)``
  /// after it, dated before and after it (a writer that keeps no checkpoint leaves it behind
  /// them).
  func regionWithEventsAfterACheckpoint(seed: UInt64 = 33) throws -> String {
    let data = try region(seed: seed)
    let made = checkpoint(data, asOf: Self.yearEnd.description)
    guard made.exitCode == 0 else { throw TestbedError(made.stderr) }
    try writer(data, checkpointsFrom: .max).append(tail(try events(data)))
    return data
  }

  /// A writer on `data` that keeps checkpoints whatever the log's size (these logs are far
  /// smaller than ``Store/checkpointsFrom``), or from `checkpointsFrom` events.
  func writer(_ data: String, checkpointsFrom: UInt64 = 0) throws -> Store {
    let store = try Store.openForWriting(testContext(data: data))
    store.checkpointsFrom = checkpointsFrom
    return store
  }

  func events(_ data: String) throws -> [EventEnvelope] {
    var events: [EventEnvelope] = []
    try Store.openForReading(testContext(data: data)).forEachEvent { events.append($0) }
    return events
  }

  /// `jol log checkpoint` on `data`.
  func checkpoint(_ data: String, asOf date: String, _ more: [String] = []) -> JolOutput {
    runJol(["log", "checkpoint", "--as-of", date, "--data", data, "--lang", "en"] + more)
  }

  func summary(_ file: String) throws -> SnapshotSummary {
    try Array(Data(contentsOf: URL(fileURLWithPath: file))).withUnsafeBytes {
      try ClusterSnapshot.summary(of: $0)
    }
  }

  func checkpointFile(_ data: String, _ date: CivilDate) -> String {
    data + "/snapshots/" + Store.checkpointName(asOf: date)
  }

  /// Events recorded after the checkpoint: late ones dated before its date — for a learner it
  /// holds, a learner new to it, an organisation — and ones dated after it.
  func tail(_ events: [EventEnvelope]) -> [[EventDraft]] {
    let learner = events.first { $0.stream.kind == .learner }!.stream
    let institution = events.first { $0.stream.kind == .institution }!.stream
    return [
      [
        EventDraft(
          stream: learner, effective: CivilDate("2025-11-03")!,
          event: .categoryDeclared(CategoryChange(category: .largeFamily)))
      ],
      [
        EventDraft(
          stream: .learner(LearnerID("LATE-1")), effective: CivilDate("2025-10-01")!,
          event: .categoryDeclared(CategoryChange(category: .rural))),
        EventDraft(
          stream: .learner(LearnerID("LATE-1")), effective: CivilDate("2026-10-01")!,
          event: .categoryEnded(CategoryChange(category: .rural))),
      ],
      [
        EventDraft(
          stream: institution, effective: CivilDate("2025-06-01")!,
          event: .institutionCapacityChanged(CapacityChanged(capacity: 77)))
      ],
      [
        EventDraft(
          stream: learner, effective: CivilDate("2026-10-05")!,
          event: .categoryDeclared(CategoryChange(category: .disability)))
      ],
    ]
  }

  @Test func theStateAsOfEveryDateIsTheFoldWithACheckpointAndEventsAfterIt() throws {
    let data = try region()
    #expect(checkpoint(data, asOf: Self.yearEnd.description).exitCode == 0)
    let dates = [
      "2020-08-31", "2024-12-31", "2025-06-01", "2025-10-01", "2025-12-20", "2025-12-30",
      "2025-12-31", "2026-01-01", "2026-06-30", "2026-10-05",
    ]
    // Just after it is written, and with events after it: its own, later ones.
    for withTail in [false, true] {
      if withTail {
        try writer(data).append(tail(try events(data)))
      }
      let events = try events(data)
      let last = UInt64(events.count)
      let store = try Store.openForReading(testContext(data: data))
      for date in dates.map({ CivilDate($0)! }) {
        for knownAt in [nil, KnownAt.sequence(last), .sequence(last - 2)] {
          let slice = TimeSlice(asOf: date, knownAt: knownAt)
          let same =
            try store.state(slice) == ClusterState.fold(events, asOf: date, knownAt: knownAt)
          #expect(same, "\(slice), \(withTail ? "with" : "without") events after it")
        }
      }
      // Not vacuous: its own date was read from it.
      _ = try store.state(TimeSlice(asOf: Self.yearEnd))
      #expect(store.lastStateRead == .checkpoint(Self.yearEnd))
    }
  }

  /// Events of another sample region, recorded late: its learners' and organisations' events
  /// moved by up to 200 days either way, given to this region's learners and to new ones,
  /// shuffled — every kind of event, dated on both sides of any checkpoint.
  func lateEvents(seed: UInt64, count: Int) -> [EventDraft] {
    var generator = SyntheticGenerator(seed: seed + 100)
    var random = SplitMix64(seed: seed)
    let drafts = generator.region(learners: 300).events { LearnerID("L\(1000 + ($0 * 7) % 600)") }
      .shuffled(using: &random).prefix(count)
    return drafts.map {
      EventDraft(
        stream: $0.stream, effective: $0.effective.adding(days: Int(random.below(401)) - 200),
        event: $0.event)
    }
  }

  @Test(arguments: [
    (UInt64(1), "2025-12-31"), (2, "2025-06-30"), (3, "2026-03-31"), (4, "2025-09-30"),
  ])
  func aCheckpointAndLateEventsOfEveryKindGiveTheFold(seed: UInt64, checkpointDate: String)
    throws
  {
    let data = try region(seed: seed)
    let date = CivilDate(checkpointDate)!
    #expect(checkpoint(data, asOf: checkpointDate).exitCode == 0)
    let late = lateEvents(seed: seed, count: 1400)
    // In three writes of different sizes: the last saves a snapshot, and brings a checkpoint
    // up to the log (it may make one, too).
    for part in [late[..<100], late[100..<300], late[300...]] {
      try writer(data).append(part.map { [$0] })
    }
    let events = try events(data)
    let store = try Store.openForReading(testContext(data: data))
    var fromCheckpoints = 0
    for days in [0, 1, 2, 5, 12, 40, 120, -1, -3] {
      let asOf = date.adding(days: -days)
      let same = try store.state(TimeSlice(asOf: asOf)) == ClusterState.fold(events, asOf: asOf)
      #expect(same, "seed \(seed), checkpoint \(checkpointDate), as of \(asOf)")
      if case .checkpoint = store.lastStateRead { fromCheckpoints += 1 }
    }
    #expect(fromCheckpoints > 0, "seed \(seed): read from a checkpoint")
  }

  /// Writes, as the checkpoint as of the year's end, that state without one of its learners —
  /// a checkpoint that lies, so that whether it was read shows. Returns the learner left out.
  func plantLyingCheckpoint(_ data: String) throws -> LearnerID {
    let writer = try writer(data)
    var events: [EventEnvelope] = []
    try writer.forEachEvent { events.append($0) }
    let left = ClusterState.fold(events, asOf: Self.yearEnd).learners[5].id
    try writer.saveCheckpoint(
      .fold(events.filter { $0.stream != .learner(left) }, asOf: Self.yearEnd),
      asOf: Self.yearEnd)
    return left
  }

  func reads(_ learner: LearnerID, asOf date: CivilDate, in data: String) throws -> Bool {
    try Store.openForReading(testContext(data: data)).state(TimeSlice(asOf: date))
      .learner(learner) != nil
  }

  @Test func aCheckpointIsReadForItsDateAndTheDaysBeforeItOnly() throws {
    let data = try region()
    let left = try plantLyingCheckpoint(data)
    let store = try Store.openForReading(testContext(data: data))
    let events = try events(data)
    // Too many learners have events after the year's end for the current state to answer.
    let summary = try summary(data + "/snapshots/state.snapshot")
    #expect(
      summary.latestDates.learners(datedAfter: Self.yearEnd)
        > Store.learnersToReadAgain(events: UInt64(events.count)))
    #expect(try !reads(left, asOf: Self.yearEnd, in: data), "read from the checkpoint")
    #expect(try !reads(left, asOf: Self.yearEnd.adding(days: -1), in: data))
    // After its date, and known at an earlier point, it cannot answer: the log is folded.
    #expect(try reads(left, asOf: Self.yearEnd.adding(days: 1), in: data))
    #expect(
      try store.state(TimeSlice(asOf: Self.yearEnd, knownAt: .sequence(UInt64(events.count) - 1)))
        .learner(left) != nil)
  }

  @Test func aCheckpointThatCannotBeTrustedIsNotRead() throws {
    let data = try region()
    let left = try plantLyingCheckpoint(data)
    let file = checkpointFile(data, Self.yearEnd)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    func restore() throws { try bytes.write(to: URL(fileURLWithPath: file)) }

    // Damaged.
    var damaged = bytes
    damaged[damaged.count / 2] ^= 0x20
    try damaged.write(to: URL(fileURLWithPath: file))
    #expect(try reads(left, asOf: Self.yearEnd, in: data), "damaged")
    // Named for another date than its own.
    try FileManager.default.removeItem(atPath: file)
    let renamed = checkpointFile(data, Self.yearEnd.adding(days: 1))
    try bytes.write(to: URL(fileURLWithPath: renamed))
    #expect(try reads(left, asOf: Self.yearEnd, in: data), "renamed")
    try FileManager.default.removeItem(atPath: renamed)
    // A link to it.
    let elsewhere = try temporaryDirectory() + "/checkpoint"
    try bytes.write(to: URL(fileURLWithPath: elsewhere))
    try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: elsewhere)
    #expect(try reads(left, asOf: Self.yearEnd, in: data), "a link")
    try FileManager.default.removeItem(atPath: file)
    // Of another log: another region's, as long as this one or longer.
    try restore()
    #expect(try !reads(left, asOf: Self.yearEnd, in: data), "restored")
    let other = try region(seed: 34)
    try bytes.write(to: URL(fileURLWithPath: checkpointFile(other, Self.yearEnd)))
    let otherState = try Store.openForReading(testContext(data: other)).state(
      TimeSlice(asOf: Self.yearEnd))
    #expect(otherState == ClusterState.fold(try events(other), asOf: Self.yearEnd), "another log's")
    // Too far behind the log: the log is folded.
    let raw = try EventLog.open(directory: data + "/log", mode: .readWrite)
    let behind = 2 * Int(Store.checkpointTailRead(events: raw.lastSequence)) + 1
    _ = try raw.appendBatches(
      [
        (0..<behind).map { index in
          ProposedRecord(
            id: "E-far-\(index)", stream: "learner/FAR-\(index % 50)",
            payload: EventCodec.encode(
              EventPayload(
                recordedAt: Timestamp(millisecondsSinceEpoch: 0),
                effective: CivilDate("2026-11-01")!, actor: ActorID("test"),
                event: .categoryDeclared(CategoryChange(category: .rural)))))
        }
      ])
    raw.close()
    let store = try Store.openForReading(testContext(data: data))
    #expect(try store.state(TimeSlice(asOf: Self.yearEnd)).learner(left) != nil, "\(behind) behind")
    #expect(store.lastStateRead == .fold)
  }

  @Test func theCheckpointThatFoldsTheFewestLearnersAnewIsRead() throws {
    // Two that lie, each without another learner: as of the year's end, its own is read (none
    // to fold anew); as of the day after, the other. Damaged, the year's end's gives way to
    // the other, with the learners dated on the day after folded anew.
    let data = try region()
    let writer = try writer(data)
    var events: [EventEnvelope] = []
    try writer.forEachEvent { events.append($0) }
    let dayAfter = Self.yearEnd.adding(days: 1)
    let ids = ClusterState.fold(events, asOf: Self.yearEnd).learners.map(\.id)
    let (first, second) = (ids[3], ids[8])
    for (date, left) in [(Self.yearEnd, first), (dayAfter, second)] {
      try writer.saveCheckpoint(
        .fold(events.filter { $0.stream != .learner(left) }, asOf: date), asOf: date)
    }
    let store = try Store.openForReading(testContext(data: data))
    let asOfYearEnd = try store.state(TimeSlice(asOf: Self.yearEnd))
    #expect(store.lastStateRead == .checkpoint(Self.yearEnd))
    #expect(asOfYearEnd.learner(first) == nil && asOfYearEnd.learner(second) != nil)
    let asOfDayAfter = try store.state(TimeSlice(asOf: dayAfter))
    #expect(store.lastStateRead == .checkpoint(dayAfter))
    #expect(asOfDayAfter.learner(first) != nil && asOfDayAfter.learner(second) == nil)
    let file = checkpointFile(data, Self.yearEnd)
    var damaged = try Data(contentsOf: URL(fileURLWithPath: file))
    damaged[damaged.count / 2] ^= 0x08
    try damaged.write(to: URL(fileURLWithPath: file))
    let fallback = try store.state(TimeSlice(asOf: Self.yearEnd))
    #expect(store.lastStateRead == .checkpoint(dayAfter))
    #expect(fallback.learner(first) != nil && fallback.learner(second) == nil)
  }

  @Test func aCheckpointHoldingEventsAfterItsDateIsNotRead() throws {
    // Checksummed and tied to the log, but not what Jol writes: the current state named as of
    // the year's end. Neither a reader nor a writer folding the log's new events into it trusts
    // it (nor stops on it).
    let data = try region()
    do {
      // The lock released before the writes below.
      let writer = try writer(data)
      try writer.saveCheckpoint(try writer.currentState(), asOf: Self.yearEnd)
    }
    let store = try Store.openForReading(testContext(data: data))
    #expect(
      try store.state(TimeSlice(asOf: Self.yearEnd)) == .fold(events(data), asOf: Self.yearEnd))
    #expect(store.lastStateRead == .fold)
    let count = Int(Store.checkpointTailRefreshed(events: 4 * UInt64(try events(data).count)))
    for round in 0..<2 {
      try writer(data).append(
        (0..<max(count, Int(Store.snapshotInterval))).map { index in
          [
            EventDraft(
              stream: .learner(LearnerID("R\(round)-\(index % 30)")),
              effective: CivilDate("2026-10-01")!,
              event: .categoryDeclared(CategoryChange(category: .rural)))
          ]
        })
    }
    #expect(!FileManager.default.fileExists(atPath: checkpointFile(data, Self.yearEnd)))
  }

  @Test func aCheckpointPutInTheSnapshotsPlaceIsNotTakenForTheCurrentState() throws {
    let data = try region()
    #expect(checkpoint(data, asOf: Self.yearEnd.description).exitCode == 0)
    let snapshot = data + "/snapshots/state.snapshot"
    try FileManager.default.removeItem(atPath: snapshot)
    try FileManager.default.copyItem(atPath: checkpointFile(data, Self.yearEnd), toPath: snapshot)
    let events = try events(data)
    #expect(try Store.openForReading(testContext(data: data)).currentState() == .fold(events))
    // The next write replaces it with the current state's.
    try writer(data).append(tail(events))
    #expect(try summary(snapshot).asOf == nil)
    #expect(
      try ClusterSnapshot.decode(Array(Data(contentsOf: URL(fileURLWithPath: snapshot))))
        == ClusterState.fold(try self.events(data)))
  }

  @Test func writersFoldTheLogsNewEventsIntoACheckpointAndDeleteOnesThatCannotBeUsed() throws {
    let data = try region()
    #expect(checkpoint(data, asOf: Self.yearEnd.description).exitCode == 0)
    let file = checkpointFile(data, Self.yearEnd)
    let before = try ClusterSnapshot.header(of: Array(Data(contentsOf: URL(fileURLWithPath: file))))
    // A write of fewer events than a refresh waits for leaves it as it is.
    try writer(data).append(tail(try events(data)))
    #expect(
      try ClusterSnapshot.header(of: Array(Data(contentsOf: URL(fileURLWithPath: file))))
        .coveredSequence == before.coveredSequence)
    // One of as many as a refresh waits for, some of them dated before its date.
    let count = max(
      Int(Store.checkpointTailRefreshed(events: 2 * before.coveredSequence)),
      Int(Store.snapshotInterval))
    try writer(data).append(
      (0..<count).map { index in
        [
          EventDraft(
            stream: .learner(LearnerID("NEW-\(index % 40)")),
            effective: CivilDate("2025-12-01")!.adding(days: index % 60),
            event: .categoryDeclared(CategoryChange(category: .rural)))
        ]
      })
    let events = try events(data)
    var refreshed = try ClusterSnapshot.decode(Array(Data(contentsOf: URL(fileURLWithPath: file))))
    #expect(refreshed.coveredSequence == UInt64(events.count))
    refreshed.recountCoverage()
    #expect(refreshed == ClusterState.fold(events, asOf: Self.yearEnd))
    // A damaged one, and one named for another date, are deleted by the next write.
    var damaged = try Data(contentsOf: URL(fileURLWithPath: file))
    damaged[damaged.count / 3] ^= 0x01
    try damaged.write(to: URL(fileURLWithPath: file))
    let renamed = checkpointFile(data, CivilDate("2024-12-31")!)
    try FileManager.default.copyItem(atPath: file, toPath: renamed)
    try "other".write(
      toFile: data + "/snapshots/notes.txt", atomically: true, encoding: .utf8)
    // As many as a refresh waits for again, twice (a write refreshes one checkpoint, the one
    // furthest behind; a writer may have made one for a quarter's end): the damaged one is
    // found when it is read.
    for round in 0..<2 {
      try writer(data).append(
        (0..<3 * count).map { index in
          [
            EventDraft(
              stream: .learner(LearnerID("MORE-\(round)-\(index % 40)")),
              effective: CivilDate("2026-10-01")!,
              event: .categoryDeclared(CategoryChange(category: .rural)))
          ]
        })
    }
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(!FileManager.default.fileExists(atPath: renamed))
    #expect(FileManager.default.fileExists(atPath: data + "/snapshots/notes.txt"))
  }

  /// The sample region up to 2026-06-30 in one write, then a write of a snapshot's worth of
  /// events dated in the 30 days after it, for `learners` learners; `keepSnapshot: false`
  /// deletes the snapshot of the first write before the second, whose writer keeps checkpoints
  /// from `checkpointsFrom` events (``Store/checkpointsFrom``). Returns the data directory and
  /// the number of events of the first write.
  func passingTheQuarterEnd(
    learners count: Int, keepSnapshot: Bool, checkpointsFrom: UInt64 = 0
  ) throws -> (String, Int) {
    var generator = SyntheticGenerator(seed: 33)
    let drafts = generator.region(learners: 400).events { LearnerID("L\(1000 + $0)") }
      .filter { $0.effective <= Self.quarterEnd }
    let data = try temporaryDirectory()
    try writer(data).append(drafts.map { [$0] })
    #expect(!FileManager.default.fileExists(atPath: checkpointFile(data, Self.quarterEnd)))
    if !keepSnapshot {
      try FileManager.default.removeItem(atPath: data + "/snapshots/state.snapshot")
    }
    let learners = (0..<count).map { LearnerID("L\(1000 + $0 * 400 / count)") }
    try writer(data, checkpointsFrom: checkpointsFrom).append(
      (0..<Int(Store.snapshotInterval)).map { index in
        [
          EventDraft(
            stream: .learner(learners[index % learners.count]),
            effective: Self.quarterEnd.adding(days: 1 + index % 30),
            event: .categoryDeclared(CategoryChange(category: .rural)))
        ]
      })
    return (data, drafts.count)
  }

  static let quarterEnd = CivilDate("2026-06-30")!

  @Test func theSnapshotBeforeAWriteThatPassesAQuartersEndBecomesItsCheckpoint() throws {
    // 200 learners with events after it: too many to fold anew (without the snapshot before,
    // none is made: the test below), but the snapshot before the write is the state as of the
    // quarter's end. (Its events since, a sixteenth of the log, are folded in at once.)
    let (data, _) = try passingTheQuarterEnd(learners: 200, keepSnapshot: true)
    #expect(FileManager.default.fileExists(atPath: checkpointFile(data, Self.quarterEnd)))
    let events = try events(data)
    let store = try Store.openForReading(testContext(data: data))
    for date in [Self.quarterEnd, Self.quarterEnd.adding(days: -1)] {
      let same = try store.state(TimeSlice(asOf: date)) == ClusterState.fold(events, asOf: date)
      #expect(same, "\(date)")
      #expect(store.lastStateRead == .checkpoint(Self.quarterEnd))
    }
    // Only the latest quarter's end.
    #expect(!FileManager.default.fileExists(atPath: checkpointFile(data, CivilDate("2026-03-31")!)))
  }

  @Test func withoutTheSnapshotBeforeAWriterMakesTheCheckpointOfAQuartersEndFewLearnersPass()
    throws
  {
    let (data, _) = try passingTheQuarterEnd(learners: 10, keepSnapshot: false)
    let events = try events(data)
    var made = try ClusterSnapshot.decode(
      Array(Data(contentsOf: URL(fileURLWithPath: checkpointFile(data, Self.quarterEnd)))))
    #expect(made.coveredSequence == UInt64(events.count))
    made.recountCoverage()
    #expect(made == ClusterState.fold(events, asOf: Self.quarterEnd))
  }

  /// Below ``Store/checkpointsFrom`` events, writers keep no checkpoint: they make none for a
  /// quarter's end, in either way, and fold nothing into one made by `jol log checkpoint` —
  /// which readers still read.
  @Test func writersKeepNoCheckpointOnALogBelowTheMinimum() throws {
    for (learners, keepSnapshot) in [(200, true), (10, false)] {
      let (data, events) = try passingTheQuarterEnd(
        learners: learners, keepSnapshot: keepSnapshot, checkpointsFrom: 2_000_000)
      #expect(
        !FileManager.default.fileExists(atPath: checkpointFile(data, Self.quarterEnd)),
        "\(learners) learners")
      // The same writes, keeping checkpoints from a log of as many events as the first write's.
      let (kept, _) = try passingTheQuarterEnd(
        learners: learners, keepSnapshot: keepSnapshot, checkpointsFrom: UInt64(events))
      #expect(
        FileManager.default.fileExists(atPath: checkpointFile(kept, Self.quarterEnd)),
        "\(learners) learners")
    }
    let data = try region()
    #expect(checkpoint(data, asOf: Self.yearEnd.description).exitCode == 0)
    let file = checkpointFile(data, Self.yearEnd)
    let made = try Data(contentsOf: URL(fileURLWithPath: file))
    // As many events as make a writer keeping checkpoints refresh it (the test above).
    let count = max(
      Int(
        Store.checkpointTailRefreshed(
          events: 2 * (try ClusterSnapshot.header(of: Array(made)).coveredSequence))),
      Int(Store.snapshotInterval))
    try writer(data, checkpointsFrom: 2_000_000).append(
      (0..<count).map { index in
        [
          EventDraft(
            stream: .learner(LearnerID("NEW-\(index % 40)")),
            effective: CivilDate("2025-12-01")!.adding(days: index % 60),
            event: .categoryDeclared(CategoryChange(category: .rural)))
        ]
      })
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == made)
    let store = try Store.openForReading(testContext(data: data))
    let same =
      try store.state(TimeSlice(asOf: Self.yearEnd))
      == ClusterState.fold(try events(data), asOf: Self.yearEnd)
    #expect(same)
    #expect(store.lastStateRead == .checkpoint(Self.yearEnd))
    // Left further behind than a reader reads one, it is deleted by the write that leaves it so.
    let behind = Int(Store.checkpointTailRead(events: UInt64(try events(data).count) * 2))
    try writer(data, checkpointsFrom: 2_000_000).append(
      (0..<behind).map { index in
        [
          EventDraft(
            stream: .learner(LearnerID("LATER-\(index % 40)")),
            effective: CivilDate("2026-10-01")!,
            event: .categoryDeclared(CategoryChange(category: .rural)))
        ]
      })
    #expect(!FileManager.default.fileExists(atPath: file))
    let folded = try Store.openForReading(testContext(data: data))
    let stillSame =
      try folded.state(TimeSlice(asOf: Self.yearEnd))
      == ClusterState.fold(try events(data), asOf: Self.yearEnd)
    #expect(stillSame)
    #expect(folded.lastStateRead == .fold)
  }

  @Test func withoutTheSnapshotBeforeNoCheckpointIsMadeForAQuartersEndManyLearnersPass() throws {
    let (data, events) = try passingTheQuarterEnd(learners: 200, keepSnapshot: false)
    #expect(!FileManager.default.fileExists(atPath: checkpointFile(data, Self.quarterEnd)))
    // Nor when more than a quarter of the learners a read may fold anew pass it, though a read
    // would fold them all: the writer counts them from the snapshot it has just written.
    let limit = Store.learnersToReadAgain(events: UInt64(events) + Store.snapshotInterval)
    let (between, _) = try passingTheQuarterEnd(
      learners: (limit / 4 + limit) / 2 + 1, keepSnapshot: false)
    #expect(!FileManager.default.fileExists(atPath: checkpointFile(between, Self.quarterEnd)))
  }

  @Test func theCommandWritesACheckpointAndRefusesWhatIsWrong() throws {
    let data = try region()
    let written = checkpoint(data, asOf: "2025-12-31")
    #expect(written.exitCode == 0, "\(written.stderr)")
    #expect(written.stdout.contains("checkpoint as of 2025-12-31 written"), "\(written.stdout)")
    let json = checkpoint(data, asOf: "2024-12-31", ["--format", "json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    #expect(json.stdout.contains(#""as_of":"2024-12-31""#), "\(json.stdout)")
    #expect(FileManager.default.fileExists(atPath: checkpointFile(data, CivilDate("2024-12-31")!)))
    for language in ["kk", "ru"] {
      let other = runJol(
        ["log", "checkpoint", "--as-of", "2023-12-31", "--data", data, "--lang", language])
      #expect(other.exitCode == 0)
      #expect(other.stdout.contains("2023-12-31") && !other.stdout.contains("checkpoint"))
    }

    let listing = try FileManager.default.contentsOfDirectory(atPath: data + "/snapshots")
    let missing = runJol(["log", "checkpoint", "--data", data, "--lang", "en"])
    #expect(missing.exitCode == 64)
    #expect(missing.stderr.contains("--as-of YYYY-MM-DD is required"), "\(missing.stderr)")
    let bad = checkpoint(data, asOf: "2025-02-30")
    #expect(bad.exitCode == 64)
    #expect(bad.stderr.contains("2025-02-30"), "\(bad.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/snapshots") == listing)
    // Today (2026-11-29 by the tests' clock) and later: the current state answers.
    for date in ["2026-11-29", "2027-01-01"] {
      let notPassed = checkpoint(data, asOf: date)
      #expect(notPassed.exitCode == 64)
      #expect(notPassed.stderr.contains("a checkpoint is of a day that has passed"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/snapshots") == listing)
    let nowhere = try temporaryDirectory() + "/none"
    #expect(checkpoint(nowhere, asOf: "2025-12-31").exitCode == 66)
    #expect(!FileManager.default.fileExists(atPath: nowhere))
  }

  @Test func logStatsListsTheCheckpoints() throws {
    let data = try region()
    #expect(checkpoint(data, asOf: Self.yearEnd.description).exitCode == 0)
    try FileManager.default.copyItem(
      atPath: checkpointFile(data, Self.yearEnd),
      toPath: checkpointFile(data, CivilDate("2024-12-31")!))
    let last = try events(data).count
    let json = runJol(["log", "stats", "--data", data, "--format", "json"])
    #expect(json.exitCode == 0)
    // In order of their names (the writer made one for a quarter's end, too).
    #expect(
      json.stdout.contains(
        #""checkpoints":[{"file":"as-of-2024-12-31.snapshot","as_of":null,"known_through":null,"#
          + #""usable":false},{"file":"as-of-2025-12-31.snapshot","as_of":"2025-12-31","#
          + #""known_through":\#(last),"usable":true}"#), "\(json.stdout)")
    let text = runJol(["log", "stats", "--data", data, "--lang", "en"])
    #expect(
      text.stdout.contains("as of 2025-12-31: the log through event #\(last) (0 events behind)"))
    #expect(text.stdout.contains("as-of-2024-12-31.snapshot: not used"), "\(text.stdout)")
    // Damaged: checked whole, it is listed as not used.
    let file = checkpointFile(data, Self.yearEnd)
    var damaged = try Data(contentsOf: URL(fileURLWithPath: file))
    damaged[damaged.count / 2] ^= 0x40
    try damaged.write(to: URL(fileURLWithPath: file))
    let after = runJol(["log", "stats", "--data", data, "--format", "json"])
    #expect(after.stdout.contains(#""file":"as-of-2025-12-31.snapshot","as_of":null"#))
    try Data(damaged).write(to: URL(fileURLWithPath: file))
    damaged[damaged.count / 2] ^= 0x40
    try damaged.write(to: URL(fileURLWithPath: file))
    let kazakh = runJol(["log", "stats", "--data", data, "--lang", "kk"])
    #expect(kazakh.stdout.contains("2025-12-31 жағдай бойынша: журналдың №\(last) оқиғасына дейін"))
  }

  @Test func quarterEndsAndFileNames() {
    // Each quarter's end before the one before, from a day in July back over five quarters.
    var ends: [CivilDate] = []
    for _ in 0..<5 { ends.append(Store.quarterEnd(before: ends.last ?? CivilDate("2026-07-15")!)) }
    #expect(
      ends.map(\.description) == [
        "2026-06-30", "2026-03-31", "2025-12-31", "2025-09-30", "2025-06-30",
      ])
    #expect(Store.quarterEnd(before: CivilDate("2026-01-01")!) == CivilDate("2025-12-31")!)
    #expect(Store.quarterEnd(before: CivilDate("2026-12-31")!) == CivilDate("2026-09-30")!)
    #expect(Store.checkpointDate(ofName: "as-of-2025-12-31.snapshot") == CivilDate("2025-12-31"))
    for name in [
      "state.snapshot", "as-of-2025-1-5.snapshot", "as-of-2025-02-30.snapshot",
      "as-of-2025-12-31.snapshot.tmp", "as-of-.snapshot",
    ] {
      #expect(Store.checkpointDate(ofName: name) == nil, "\(name)")
    }
  }
}
