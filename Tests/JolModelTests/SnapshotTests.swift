import Testing

@testable import JolModel

/// Random logs for snapshot tests: every event type, on a small pool of streams so that
/// learners and organisations get many events, and with follow-up events (stage left, category
/// ended, consent withdrawn, mentorship ended, award revoked or paid) that refer to what an
/// earlier event created, so the optional parts of the state are filled too.
struct RandomLog {
  var random: RandomEvents
  var events: [EventEnvelope] = []
  /// Earlier learner events by stream, to refer back to.
  private var earlier: [StreamName: [DomainEvent]] = [:]

  init(seed: UInt64) { random = RandomEvents(rng: SplitMix64(seed: seed)) }

  mutating func generate(_ count: Int) -> [EventEnvelope] {
    while events.count < count {
      let payload = random.payload()
      let kind = payload.event.streamKind
      let stream = StreamName(kind: kind, id: "\(kind.rawValue)-\(random.int(0...23))")
      var event = payload.event
      if kind == .learner, random.int(0...2) == 0, let previous = earlier[stream] {
        event = followUp(random.pick(previous)) ?? event
      }
      if kind == .learner { earlier[stream, default: []].append(event) }
      var next = payload
      next.event = event
      events.append(
        next.envelope(
          sequence: UInt64(events.count + 1), stream: stream, streamVersion: 1,
          id: EventID("E\(events.count + 1)")))
    }
    return events
  }

  /// An event that refers to `event`, when it is one that something can follow.
  private mutating func followUp(_ event: DomainEvent) -> DomainEvent? {
    switch event {
    case .stageEntered(let e):
      .stageLeft(
        StageLeft(stage: e.placement.stage, reason: random.pick(TransitionReason.allCases)))
    case .learnerRegistered:
      .stageLeft(StageLeft(stage: .school, reason: random.pick(TransitionReason.allCases)))
    case .categoryDeclared(let e): .categoryEnded(e)
    case .consentRecorded(let e): .consentWithdrawn(e)
    case .mentorshipAssigned(let e):
      .mentorshipEnded(
        MentorshipEnded(mentor: e.mentor, reason: random.pick(MentorshipEndReason.allCases)))
    case .awardGranted(let e):
      random.int(0...1) == 0
        ? .awardRevoked(AwardRevoked(policy: e.policy, round: e.round, reason: random.text()))
        : .awardPaid(
          AwardPaid(
            policy: e.policy, round: e.round, amount: random.money(), periodStart: e.periodStart,
            periodEnd: e.periodEnd))
    default: nil
    }
  }
}

@Suite struct SnapshotTests {
  /// `bytes` with one byte after the header changed, and its checksum made valid again: damage
  /// only the structure can reveal. Returns the changed byte's offset too.
  static func damagedBehindValidChecksum(_ bytes: [UInt8], using random: inout SplitMix64)
    -> (bytes: [UInt8], offset: Int)
  {
    var damaged = bytes
    let end = bytes.count - SnapshotChecksum.size
    let offset = Int.random(in: ClusterSnapshot.headerSize..<end, using: &random)
    damaged[offset] ^= UInt8.random(in: 1...255, using: &random)
    let checksum = damaged.withUnsafeBytes {
      SnapshotChecksum.checksum(UnsafeRawBufferPointer(rebasing: $0[..<end]))
    }
    withUnsafeBytes(of: checksum.littleEndian) { damaged.replaceSubrange(end..., with: $0) }
    return (damaged, offset)
  }

  /// `events` folded one by one in the order given (the log's order, for a log).
  static func fold(_ events: some Sequence<EventEnvelope>) -> ClusterState {
    var state = ClusterState()
    for event in events { state.apply(event) }
    return state
  }

  @Test func snapshotAtAnyPointThenTheTailEqualsFullReplay() throws {
    for seed in UInt64(1)...12 {
      var log = RandomLog(seed: seed)
      let events = log.generate(600)
      let full = Self.fold(events)
      var random = SplitMix64(seed: seed &* 31)
      for _ in 0..<6 {
        let cut = Int.random(in: 0...events.count, using: &random)
        let partial = Self.fold(events.prefix(cut))
        let bytes = ClusterSnapshot.encode(partial)
        var restored = try ClusterSnapshot.decode(bytes)
        #expect(restored == partial, "seed \(seed), cut \(cut)")
        #expect(ClusterSnapshot.encode(restored) == bytes, "stable bytes, seed \(seed)")
        #expect(try ClusterSnapshot.coveredSequence(of: bytes) == partial.coveredSequence)
        for event in events.dropFirst(cut) where event.sequence > restored.coveredSequence {
          restored.apply(event)
        }
        #expect(restored == full, "seed \(seed), cut \(cut)")
      }
    }
  }

  @Test func randomLogsCoverEveryEventTypeAndOptionalPart() throws {
    var log = RandomLog(seed: 5)
    let events = log.generate(3000)
    #expect(Set(events.map(\.type)) == Set(EventRegistry.rows.map(\.type)))
    let state = Self.fold(events)
    #expect(state.learners.contains { $0.history.contains { $0.exitReason != nil } })
    #expect(state.learners.contains { $0.categories.contains { $0.until != nil } })
    #expect(state.learners.contains { $0.consents.contains { $0.withdrawn != nil } })
    #expect(state.learners.contains { $0.mentorships.contains { $0.endReason != nil } })
    #expect(state.learners.contains { $0.awards.contains { $0.revocationReason != nil } })
    #expect(state.learners.contains { $0.awards.contains { $0.paid != .zero } })
    #expect(state.learners.contains { $0.erased != nil })
    #expect(state.learners.contains { $0.terms.count > 1 })
    let noAnswers = DiagnosticCompleted.digest(of: [:])
    #expect(state.learners.contains { $0.diagnostics.contains { $0.answers != noAnswers } })
    #expect(!state.rounds.isEmpty && !state.matchings.isEmpty && !state.policies.isEmpty)
    #expect((try? ClusterSnapshot.decode(ClusterSnapshot.encode(state))) == state)
  }

  @Test func learnersInManyChunksRoundTrip() throws {
    var log = RandomLog(seed: 81)
    let state = Self.fold(log.generate(800))
    for size in [1, 2, 7, 1000] {
      let bytes = ClusterSnapshot.encode(state, learnersPerChunk: size)
      #expect(try ClusterSnapshot.decode(bytes) == state, "chunks of \(size)")
    }
  }

  @Test func damageBehindAValidChecksumIsAnErrorOrAState() {
    // A body the checksum vouches for but this Jol did not write (a bug, a crafted file) must
    // fail cleanly — no crash, no huge allocation — in any chunk.
    var log = RandomLog(seed: 82)
    let state = Self.fold(log.generate(400))
    let bytes = ClusterSnapshot.encode(state, learnersPerChunk: 5)
    var random = SplitMix64(seed: 83)
    var errors = 0
    for _ in 0..<400 {
      let (damaged, _) = Self.damagedBehindValidChecksum(bytes, using: &random)
      if (try? ClusterSnapshot.decode(damaged)) == nil { errors += 1 }
    }
    // A byte inside free text (ids, policy names, applications kept as JSON) can change into
    // another valid state; most damage elsewhere breaks the structure. A lower bound, not a rate.
    #expect(errors > 60)
  }

  /// A snapshot encoded before its anchor is known, then tied to it, is the snapshot encoded
  /// with it: same bytes, its checksum right, its anchor read back.
  @Test func aSnapshotTiedToItsAnchorLaterIsTheSnapshotEncodedWithIt() throws {
    var log = RandomLog(seed: 31)
    let state = Self.fold(log.generate(400))
    let anchors = [
      LogAnchor(),
      LogAnchor(segmentFirstSequence: 1, offset: 77, checksum: 0xDEAD_BEEF),
      LogAnchor(segmentFirstSequence: 98_765_432_101, offset: 1 << 40, checksum: .max),
    ]
    for anchor in anchors {
      let later = ClusterSnapshot.anchoring(ClusterSnapshot.encode(state), to: anchor)
      #expect(later == ClusterSnapshot.encode(state, anchor: anchor))
      #expect(try ClusterSnapshot.decode(later).learners.count == state.learners.count)
      #expect(try ClusterSnapshot.header(of: later).anchor == anchor)
    }
  }

  /// The state keeps a learner's last term as its summary (``TermSummary``): the lowest grade of
  /// the grades given, none without grades; the snapshot gives both back.
  @Test func theLastTermIsKeptAsItsSummaryAndRoundTrips() throws {
    var log = LogBuilder()
    let graded = TermResult(
      term: "2025-2", institution: "KST-SCH-017", gpa: FixedDecimal("4.2")!,
      attendance: FixedDecimal("95")!,
      grades: [
        SubjectGrade(subject: "Физика", grade: 4), SubjectGrade(subject: "Математика", grade: 3),
        SubjectGrade(subject: "Алгебра", grade: 5),
      ])
    let ungraded = TermResult(
      term: "2025-2", gpa: FixedDecimal("3.9")!, attendance: FixedDecimal("88.5")!, grades: [])
    log.append(
      .learner("graded"), effective: "2026-05-30", recorded: "2026-06-01", .termResult(graded))
    log.append(
      .learner("ungraded"), effective: "2026-05-30", recorded: "2026-06-01", .termResult(ungraded))
    let state = Self.fold(log.events)
    let expected = [
      TermSummary(
        term: "2025-2", institution: "KST-SCH-017", gpa: FixedDecimal("4.2")!,
        attendance: FixedDecimal("95")!, lowestGrade: 3),
      TermSummary(
        term: "2025-2", gpa: FixedDecimal("3.9")!, attendance: FixedDecimal("88.5")!,
        lowestGrade: nil),
    ]
    #expect(state.learners.map(\.lastTerm) == expected)
    let decoded = try ClusterSnapshot.decode(ClusterSnapshot.encode(state))
    #expect(decoded.learners.map(\.lastTerm) == expected)
    #expect(decoded == state)
  }

  @Test func emptyStateRoundTrips() throws {
    let bytes = ClusterSnapshot.encode(ClusterState())
    #expect(try ClusterSnapshot.decode(bytes) == ClusterState())
  }

  @Test func everyFlippedByteIsRefused() {
    var log = RandomLog(seed: 77)
    let bytes = ClusterSnapshot.encode(Self.fold(log.generate(120)))
    for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
      var damaged = bytes
      damaged[offset] ^= 0x10
      #expect(throws: SnapshotError.self, "byte \(offset)") {
        try ClusterSnapshot.decode(damaged)
      }
    }
    var body = bytes
    body[bytes.count / 2] ^= 1
    #expect {
      try ClusterSnapshot.decode(body)
    } throws: { error in
      if case .checksumMismatch = error as? SnapshotError { return true }
      return false
    }
  }

  @Test func truncatedSnapshotsAreRefused() {
    var log = RandomLog(seed: 78)
    let bytes = ClusterSnapshot.encode(Self.fold(log.generate(120)))
    for length in [
      0, 3, 8, 20, 39, 40, bytes.count / 2, bytes.count - 8, bytes.count - 4, bytes.count - 1,
    ] {
      #expect(throws: SnapshotError.self, "length \(length)") {
        try ClusterSnapshot.decode(Array(bytes.prefix(length)))
      }
    }
    #expect(throws: SnapshotError.truncated(expected: bytes.count, found: bytes.count - 1)) {
      try ClusterSnapshot.decode(Array(bytes.dropLast()))
    }
    #expect(throws: SnapshotError.self) { try ClusterSnapshot.decode(bytes + [0]) }
  }

  @Test func anotherFormatVersionOrMagicIsRefused() {
    var bytes = ClusterSnapshot.encode(ClusterState())
    let other = ClusterSnapshot.currentFormatVersion + 1
    bytes[8] = UInt8(other)
    #expect(throws: SnapshotError.unsupportedFormatVersion(other)) {
      try ClusterSnapshot.decode(bytes)
    }
    #expect(throws: SnapshotError.badMagic) {
      try ClusterSnapshot.decode(Array(#"{"format_version":1}"#.utf8))
    }
  }

  @Test func aHeaderBehindItsLearnersIsInconsistent() {
    var log = RandomLog(seed: 79)
    var state = Self.fold(log.generate(200))
    let last = state.learners.map(\.lastSequence).max()!
    state.coveredSequence = last - 1
    #expect(throws: SnapshotError.inconsistent(header: last - 1, state: last)) {
      try ClusterSnapshot.decode(ClusterSnapshot.encode(state))
    }
  }

  @Test func closedSetsAreStoredByCaseNumber() {
    // The writer stores a case's tag byte; the reader's name tables assume it is the case's
    // position in allCases.
    for (index, value) in TransitionReason.allCases.enumerated() {
      #expect(unsafeBitCast(value, to: UInt8.self) == UInt8(index))
    }
    for (index, value) in Language.allCases.enumerated() {
      #expect(unsafeBitCast(value, to: UInt8.self) == UInt8(index))
    }
    for slot in SnapshotEnums.Slot.allCases { #expect(slot.names.count < 0xFF) }
  }

  /// Buffers of the sizes that matter to the checksum: empty, within a stripe, stripes and a
  /// rest, blocks and a rest.
  static let checksumSizes = [
    0, 1, 7, 8, 9, 31, 32, 33, 100, 4_096, SnapshotChecksum.blockBytes - 1,
    SnapshotChecksum.blockBytes, SnapshotChecksum.blockBytes + 1,
    2 * SnapshotChecksum.blockBytes + 13,
  ]

  static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var random = SplitMix64(seed: seed)
    var bytes = [UInt8](repeating: 0, count: count)
    for index in stride(from: 0, to: count, by: 8) {
      withUnsafeBytes(of: random.next()) { word in
        for byte in 0..<min(8, count - index) { bytes[index + byte] = word[byte] }
      }
    }
    return bytes
  }

  @Test func theChecksumChangesWithEveryBitOfASmallBuffer() {
    for count in [1, 8, 33, 100] {
      let bytes = Self.randomBytes(count, seed: UInt64(count))
      let original = SnapshotChecksum.checksum(bytes)
      var seen: Set<UInt64> = [original]
      for index in 0..<count {
        for bit in 0..<8 {
          var damaged = bytes
          damaged[index] ^= 1 << bit
          #expect(
            seen.insert(SnapshotChecksum.checksum(damaged)).inserted, "byte \(index) bit \(bit)")
        }
      }
    }
  }

  @Test func theChecksumTellsLengthsZerosAndOrderApart() {
    // Trailing zeros are not padding: each length has its own checksum.
    let zeros = (0...70).map { SnapshotChecksum.checksum([UInt8](repeating: 0, count: $0)) }
    #expect(Set(zeros).count == zeros.count)
    // Two blocks swapped, two words of a stripe swapped, one word moved to another lane.
    let bytes = Self.randomBytes(2 * SnapshotChecksum.blockBytes, seed: 3)
    let original = SnapshotChecksum.checksum(bytes)
    let block = SnapshotChecksum.blockBytes
    #expect(SnapshotChecksum.checksum(Array(bytes[block...] + bytes[..<block])) != original)
    var words = bytes
    for index in 0..<8 { words.swapAt(index, 8 + index) }
    #expect(SnapshotChecksum.checksum(words) != original)
    var shifted = bytes
    shifted.insert(shifted.removeFirst(), at: 8)
    #expect(SnapshotChecksum.checksum(shifted) != original)
    // A change anywhere in a large buffer: at the edges of blocks, and in the last bytes.
    for offset in [0, 31, 32, block - 1, block, block + 1, 2 * block - 9, 2 * block - 1] {
      var damaged = bytes
      damaged[offset] ^= 0x80
      #expect(SnapshotChecksum.checksum(damaged) != original, "byte \(offset)")
    }
  }

  @Test(arguments: [1, 2, 3])
  func theChecksumIsTheSameOnAnyNumberOfCores(cores: Int) {
    for count in Self.checksumSizes {
      let bytes = Self.randomBytes(count, seed: 9)
      let expected = SnapshotChecksum.checksum(bytes)
      #expect(
        bytes.withUnsafeBytes { SnapshotChecksum.checksum($0, cores: cores) } == expected,
        "\(count) bytes")
    }
  }

  @Test func theChecksumIsStable() {
    // A snapshot written by one build is read by the next: the function must not change
    // without a new format version. These values are this function's, recorded when format 12
    // was made.
    #expect(SnapshotChecksum.checksum([]) == 401_804_537_565_747_827)
    #expect(SnapshotChecksum.checksum(Array("123456789".utf8)) == 16_133_542_672_357_032_775)
    let blockAndMore = Self.randomBytes(SnapshotChecksum.blockBytes + 77, seed: 12)
    #expect(SnapshotChecksum.checksum(blockAndMore) == 6_547_948_781_563_707_125)
  }
}
