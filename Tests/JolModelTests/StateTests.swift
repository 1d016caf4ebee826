import Foundation
import JolModel
import Testing

/// Builds a learner's log: envelopes with dense sequences.
struct LogBuilder {
  var events: [EventEnvelope] = []
  var versions: [StreamName: UInt64] = [:]

  mutating func append(
    _ stream: StreamName, effective: String, recorded: String, _ event: DomainEvent
  ) {
    versions[stream, default: 0] += 1
    events.append(
      EventEnvelope(
        id: EventID("E\(events.count + 1)"), stream: stream, streamVersion: versions[stream]!,
        sequence: UInt64(events.count + 1), recordedAt: Timestamp(recorded + "T06:00:00.000Z")!,
        effective: CivilDate(effective)!, actor: "test", event: event))
  }
}

@Suite struct StateTests {
  static let learner: LearnerID = "L-1"
  static let college = CollegePlacement(
    institution: "KST-COL-03", specialty: SpecialtyCode(rawValue: "07150100"), form: .fullTime,
    dualTraining: true,
    funding: .stateOrder,
    language: .kk)

  /// Registered at school in 2025; term result; enrolled in college on 2026-09-01 but recorded
  /// late, on 2026-10-15.
  static var lateEnrolment: [EventEnvelope] {
    var log = LogBuilder()
    let stream = StreamName.learner(learner)
    log.append(
      stream, effective: "2025-09-01", recorded: "2025-09-02",
      .learnerRegistered(
        LearnerRegistered(
          school: "KST-SCH-017", grade: 9, className: "Ә", language: .kk, district: "391010000",
          region: "390000000")))
    log.append(
      stream, effective: "2025-09-01", recorded: "2025-09-02",
      .categoryDeclared(CategoryChange(category: .rural)))
    log.append(
      stream, effective: "2026-05-30", recorded: "2026-06-01",
      .termResult(
        TermResult(
          term: "2025-2", gpa: FixedDecimal("4.2")!, attendance: FixedDecimal("95")!,
          grades: [
            SubjectGrade(subject: "mathematics", grade: 4),
            SubjectGrade(subject: "physics", grade: 3),
          ])))
    log.append(
      stream, effective: "2026-09-01", recorded: "2026-10-15",
      .stageEntered(StageEntered(placement: .college(college), reason: .enrolled)))
    return log.events
  }

  @Test func asOfAndKnownAtAnswerDifferentQuestions() throws {
    let events = Self.lateEnrolment
    let date = { (text: String) in CivilDate(text)! }
    // As of 2026-09-10, as known on 2026-10-01: the enrolment was not yet recorded.
    let before = LearnerState.fold(
      events, learner: Self.learner, asOf: date("2026-09-10"), knownAt: .date(date("2026-10-01")))
    #expect(before.current?.placement.stage == .school)
    // As of the same date, as known on 2026-10-20: college.
    let after = LearnerState.fold(
      events, learner: Self.learner, asOf: date("2026-09-10"), knownAt: .date(date("2026-10-20")))
    #expect(after.current?.placement == .college(Self.college))
    #expect(after.history.count == 2)
    #expect(after.history[0].until == date("2026-09-01"))
    // By sequence: the enrolment is event 4.
    #expect(
      LearnerState.fold(events, learner: Self.learner, knownAt: .sequence(3)).current?.placement
        .stage == .school)
    #expect(
      LearnerState.fold(events, learner: Self.learner, knownAt: .sequence(4)).current?.placement
        .stage == .college)
    // As of a date before the enrolment, even knowing everything: school.
    let summer = LearnerState.fold(events, learner: Self.learner, asOf: date("2026-08-31"))
    #expect(summer.current?.placement.stage == .school)
    #expect(summer.lastTerm?.lowestGrade == 3)
    #expect(summer.categories(on: date("2026-08-31")) == [.rural])
  }

  @Test func lateRecordsLandByEffectiveDateInLogOrderReplay() {
    var log = LogBuilder()
    let stream = StreamName.learner(Self.learner)
    log.append(
      stream, effective: "2025-09-01", recorded: "2025-09-01",
      .learnerRegistered(
        LearnerRegistered(
          school: "S", grade: 11, className: "А", language: .ru, district: "d", region: "r")))
    // Employment from 2027-07-01 recorded first; the college enrolment of 2026-09-01 later.
    log.append(
      stream, effective: "2027-07-01", recorded: "2027-07-02",
      .stageEntered(
        StageEntered(
          placement: .enterprise(
            EnterprisePlacement(enterprise: "940140000385", kind: .employment)), reason: .employed))
    )
    log.append(
      stream, effective: "2026-09-01", recorded: "2027-08-01",
      .stageEntered(StageEntered(placement: .college(Self.college), reason: .enrolled)))
    var replayed = ClusterState()
    for event in log.events { replayed.apply(event) }
    let folded = ClusterState.fold(log.events)
    #expect(replayed == folded)
    let state = replayed.learner(Self.learner)!
    #expect(state.history.map(\.placement.stage) == [.school, .college, .enterprise])
    #expect(state.history[1].until == CivilDate("2027-07-01"))
    #expect(state.period(on: CivilDate("2027-01-15")!)?.placement.stage == .college)
  }

  @Test func awardsCategoriesAndMentorshipsFollowTheirDates() {
    var state = LearnerState(id: Self.learner)
    let d = { (text: String) in CivilDate(text)! }
    let grant = AwardGranted(
      policy: "akim-named-scholarship", policyVersion: 1, round: "r1",
      amount: Money(tenge: 350_000),
      periodStart: d("2026-09-01"), periodEnd: d("2027-06-30"))
    state.apply(.awardGranted(grant), effective: d("2026-08-20"), sequence: 1)
    state.apply(
      .awardPaid(
        AwardPaid(
          policy: grant.policy, round: "r1", amount: Money(tenge: 35_000),
          periodStart: d("2026-09-01"), periodEnd: d("2026-09-30"))), effective: d("2026-09-30"),
      sequence: 2)
    state.apply(
      .awardRevoked(AwardRevoked(policy: grant.policy, round: "r1", reason: "expelled")),
      effective: d("2027-02-01"), sequence: 3)
    state.apply(
      .categoryDeclared(CategoryChange(category: .orphan)), effective: d("2020-01-01"), sequence: 4)
    state.apply(
      .categoryEnded(CategoryChange(category: .orphan)), effective: d("2026-12-31"), sequence: 5)
    state.apply(
      .mentorshipAssigned(MentorshipAssigned(mentor: "M-1", enterprise: "E")),
      effective: d("2026-10-01"), sequence: 6)
    state.apply(
      .mentorshipEnded(MentorshipEnded(mentor: "M-1", reason: .completed)),
      effective: d("2027-05-01"), sequence: 7)
    #expect(state.awards(on: d("2026-12-01")) == ["akim-named-scholarship"])
    #expect(state.awards(on: d("2027-02-01")).isEmpty)
    #expect(state.awards[0].paid == Money(tenge: 35_000))
    #expect(state.categories(on: d("2026-12-30")) == [.orphan])
    #expect(state.categories(on: d("2026-12-31")).isEmpty)
    #expect(state.mentorships[0].until == d("2027-05-01"))
    #expect(state.lastSequence == 7)
  }

  @Test func clusterRoutesOrganisationsPoliciesAndRuns() throws {
    var state = ClusterState()
    for (index, sample) in EventsSamples.all.enumerated() {
      state.apply(
        EventsSamples.payload(sample.event).envelope(
          sequence: UInt64(index + 1), stream: sample.stream, streamVersion: 1,
          id: EventID("E\(index)")))
    }
    #expect(state.coveredSequence == UInt64(EventsSamples.all.count))
    #expect(state.learners.count == 1)
    let institution = try #require(state.institutions["KST-COL-03"]?.registration)
    #expect(
      institution.specialties == [
        SpecialtyOffer(specialty: SpecialtyCode(rawValue: "07150100"), intake: 100)
      ])
    #expect(state.enterprises["940140000385"]?.registration?.capacity == 55)
    #expect(state.enterprises["940140000385"]?.demand.first?.count == 12)
    #expect(state.mentors["M-0042"]?.registration?.capacity == 2)
    #expect(state.policies["akim-named-scholarship"]?.first?.publication.version == 3)
    #expect(state.rounds["akim-named-2026-autumn"]?.published != nil)
    #expect(state.matchings["kst-dual-2026"]?.run?.blockingPairs == 0)
    #expect(state.learner(LearnerID(EventsSamples.learner.id))?.erased != nil)
  }

  @Test func snapshotThenRestoreEqualsFullReplay() throws {
    var random = RandomEvents(rng: SplitMix64(seed: 99))
    var events: [EventEnvelope] = Self.lateEnrolment
    for index in 0..<2000 {
      let payload = random.payload()
      let kind = payload.event.streamKind
      let stream = StreamName(kind: kind, id: "\(kind.rawValue)-\(index % 37)")
      events.append(
        payload.envelope(
          sequence: UInt64(events.count + 1), stream: stream, streamVersion: 1,
          id: EventID("R\(index)")))
    }
    var full = ClusterState()
    for event in events { full.apply(event) }
    // Snapshot half way, restore, replay the rest.
    var half = ClusterState()
    for event in events.prefix(1000) { half.apply(event) }
    var restored = try ClusterSnapshot.decode(ClusterSnapshot.encode(half))
    #expect(restored == half)
    for event in events.dropFirst(1000) where event.sequence > restored.coveredSequence {
      restored.apply(event)
    }
    #expect(restored == full)
  }
}
