import JolModel
import Testing

/// The fold against a plain statement of its rules: the events taken by (effective date,
/// sequence) and applied one by one to ``ReferenceLearner``, which holds every event it needs
/// and derives each record from them directly. A rule wrong in both log and date order (which
/// the order property test cannot see) shows here.
@Suite struct LearnerFoldReferenceTests {
  @Test func theFoldFollowsTheReferenceRulesForRandomStreams() {
    for seed in UInt64(0)..<400 {
      var generator = LearnerStreamGenerator(seed: seed)
      let stream = generator.stream(count: 4 + generator.rng.below(30))
      for _ in 0..<4 {
        let arrival = stream.shuffled(using: &generator.rng)
        let folded = LearnerState.logOrder(arrival)
        var reference = ReferenceLearner()
        for (sequence, event) in arrival.enumerated().sorted(by: {
          ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset)
        }) {
          reference.apply(event.event, on: event.effective, sequence: UInt64(sequence + 1))
        }
        // The reference keeps no events aside and leaves recorded terms to their own tests.
        let different = differences(folded, reference.state, ignoring: ["kept", "terms"])
        guard different.isEmpty else {
          Issue.record("seed \(seed): \(different)\nfor\n\(describe(arrival))")
          return
        }
      }
    }
  }
}

/// The learner fold's rules stated plainly, for events given in (date, sequence) order: it keeps
/// every event and derives the records from all of them.
struct ReferenceLearner {
  private var entries: [CivilDate: (StagePlacement, TransitionReason)] = [:]
  private var leaves:
    [(date: CivilDate, stage: Stage, reason: TransitionReason, afterEntry: Bool)] =
      []
  private var runs: [(key: String, start: CivilDate, starts: Bool, event: DomainEvent)] = []
  private var awardEvents: [(date: CivilDate, event: DomainEvent)] = []
  private var lists: [(date: CivilDate, list: MentorPreferencesDeclared)] = []
  private var base = LearnerState(id: "L-1")

  mutating func apply(_ event: DomainEvent, on date: CivilDate, sequence: UInt64) {
    base.lastSequence = max(base.lastSequence, sequence)
    base.firstSequence = base.firstSequence == 0 ? sequence : min(base.firstSequence, sequence)
    base.latestEffective = max(base.latestEffective ?? date, date)
    switch event {
    case .learnerRegistered(let e):
      base.registration = LearnerRegistration(
        district: e.district, region: e.region, registered: date)
      entries[date] = (
        .school(
          SchoolPlacement(
            institution: e.school, grade: e.grade, className: e.className, language: e.language)),
        .enrolled
      )
    case .stageEntered(let e): entries[date] = (e.placement, e.reason)
    case .stageLeft(let e):
      leaves.append((date, e.stage, e.reason, entries[date] != nil))
    case .categoryDeclared(let e), .categoryEnded(let e):
      runs.append(
        (
          "c" + e.category.rawValue, date,
          { if case .categoryDeclared = event { true } else { false } }(),
          event
        ))
    case .consentRecorded(let e), .consentWithdrawn(let e):
      runs.append(
        (
          "k" + e.reference, date, { if case .consentRecorded = event { true } else { false } }(),
          event
        ))
    case .mentorshipAssigned(let e): runs.append(("m" + e.mentor.rawValue, date, true, event))
    case .mentorshipEnded(let e): runs.append(("m" + e.mentor.rawValue, date, false, event))
    case .diagnosticCompleted(let e):
      base.diagnostics.append(
        DiagnosticSummary(
          instrument: e.instrument, date: date,
          scores: e.scores.map { ScaleScore(scale: $0.key, score: $0.value, band: e.bands[$0.key]) }
            .sorted { $0.scale < $1.scale },
          leading: e.leading, flags: e.flags, leadingDirections: e.leadingDirections,
          answers: e.answersDigest))
    case .termResult(let e):
      base.lastTerm = TermSummary(e)
      base.lastTermDate = date
    case .awardGranted, .awardRevoked, .awardPaid: awardEvents.append((date, event))
    case .applicationSubmitted(let e):
      let record = ApplicationRecord(application: e, appliedOn: date)
      if !base.applications.contains(record) { base.applications.append(record) }
    case .mentorPreferencesDeclared(let e): lists.append((date, e))
    case .learnerErased: base.erased = date
    default: break
    }
  }

  /// The state the events give.
  var state: LearnerState {
    var state = base
    state.history = history
    state.categories = datedRuns("c").map { run in
      guard case .categoryDeclared(let e) = run.start.event else { preconditionFailure() }
      return CategoryPeriod(category: e.category, from: run.start.date, until: run.end?.date)
    }
    state.consents = datedRuns("k").map { run in
      guard case .consentRecorded(let e) = run.start.event else { preconditionFailure() }
      return ConsentRecord(
        reference: e.reference, recorded: run.start.date, withdrawn: run.end?.date)
    }
    state.mentorships = datedRuns("m").map { run in
      guard case .mentorshipAssigned(let e) = run.start.event else { preconditionFailure() }
      var end: MentorshipEndReason?
      if case .mentorshipEnded(let ended) = run.end?.event { end = ended.reason }
      return MentorshipPeriod(
        mentor: e.mentor, enterprise: e.enterprise, matching: e.matching, from: run.start.date,
        until: run.end?.date, endReason: end)
    }
    state.awards = awards
    state.mentorPreferences = preferences
    return state
  }

  /// One period per entry date, each until the next; each leave, in order, ends the latest
  /// period of its stage begun before it that it falls in (up to the next one's first day), if
  /// no leave ended it yet.
  private var history: [StagePeriod] {
    let dates = entries.keys.sorted()
    var periods = dates.enumerated().map { index, date in
      let next = index + 1 < dates.count ? dates[index + 1] : nil
      return StagePeriod(
        placement: entries[date]!.0, from: date, until: next, entryReason: entries[date]!.1,
        exitReason: next.map { entries[$0]!.1 })
    }
    for leave in leaves {
      let index = periods.indices.last { index in
        periods[index].placement.stage == leave.stage
          && (periods[index].from < leave.date
            || (leave.afterEntry && periods[index].from == leave.date))
          && (index + 1 == periods.count || leave.date <= periods[index + 1].from)
      }
      guard let index, !periods[index].endedByLeaving else { continue }
      periods[index].until = leave.date
      periods[index].exitReason = leave.reason
      periods[index].endedByLeaving = true
      periods[index].leftAfterEntryOfItsDate = leave.afterEntry
    }
    return periods
  }

  /// Each thing's runs: a start opens one when none is open, an end closes the open one; by
  /// start, then thing.
  private func datedRuns(_ prefix: Character)
    -> [(start: (date: CivilDate, event: DomainEvent), end: (date: CivilDate, event: DomainEvent)?)]
  {
    var made:
      [(
        key: String, start: (date: CivilDate, event: DomainEvent),
        end: (date: CivilDate, event: DomainEvent)?
      )] = []
    var open: [String: Int] = [:]
    for event in runs where event.key.first == prefix {
      switch (event.starts, open[event.key]) {
      case (true, nil):
        open[event.key] = made.count
        made.append((event.key, (event.start, event.event), nil))
      case (false, let index?):
        made[index].end = (event.start, event.event)
        open[event.key] = nil
      default: break
      }
    }
    let sorted = made.enumerated().sorted { a, b in
      if a.element.start.date != b.element.start.date {
        return a.element.start.date < b.element.start.date
      }
      if a.element.key != b.element.key {
        return a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
      }
      return a.offset < b.offset
    }
    return sorted.map { ($0.element.start, $0.element.end) }
  }

  /// Each policy and round's first grant, first revocation dated on or after it, and the sum of
  /// the payments dated on or after it; by grant date, then policy and round.
  private var awards: [AwardRecord] {
    var made: [AwardRecord] = []
    for event in awardEvents {
      guard case .awardGranted(let grant) = event.event,
        !made.contains(where: { $0.grant.policy == grant.policy && $0.grant.round == grant.round })
      else { continue }
      var award = AwardRecord(grant: grant, granted: event.date)
      for other in awardEvents where other.date >= event.date {
        switch other.event {
        case .awardRevoked(let e) where e.policy == grant.policy && e.round == grant.round:
          if award.revoked == nil {
            award.revoked = other.date
            award.revocationReason = e.reason
          }
        case .awardPaid(let e) where e.policy == grant.policy && e.round == grant.round:
          award.paid = award.paid + e.amount
        default: break
        }
      }
      made.append(award)
    }
    return made.sorted {
      ($0.granted, $0.grant.policy.rawValue, $0.grant.round.rawValue)
        < ($1.granted, $1.grant.policy.rawValue, $1.grant.round.rawValue)
    }
  }

  /// Each programme's last list, from the first day from which only it was declared (another
  /// list on that day counts as before it); by date, then programme.
  private var preferences: [MentorPreferenceRecord] {
    var made: [MentorPreferenceRecord] = []
    for programme in Set(lists.map(\.list.programme)) {
      let declared = lists.filter { $0.list.programme == programme }
      let last = declared.last!.list
      let lastOther = declared.filter { $0.list != last }.map(\.date).max()
      let from = declared.filter { declaration in
        declaration.list == last && lastOther.map { declaration.date >= $0 } ?? true
      }.map(\.date).min()!
      made.append(MentorPreferenceRecord(list: last, declared: from))
    }
    return made.sorted {
      $0.declared != $1.declared
        ? $0.declared < $1.declared
        : $0.list.programme.utf8.lexicographicallyPrecedes($1.list.programme.utf8)
    }
  }
}
