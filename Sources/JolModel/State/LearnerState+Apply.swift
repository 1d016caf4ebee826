/// The fold of a learner's events.
///
/// The guarantee: folding a learner's events in any order in which events of the same
/// effective date come in the order they were recorded (global sequence) gives the same state.
/// Both the log's order (replay, the current state) and effective-date order (the as-of folds,
/// ``LearnerState/fold(_:learner:asOf:knownAt:)``) are such orders, so a late record — an
/// import of events dated before ones already in the log — changes nothing but what it says.
///
/// How: each collection is a function of the set of its events, with rules that look at dates
/// only — except corrections on one date, where the event recorded last wins, and in a log that
/// is the one arriving. The rules of each are beside its code: stage history in
/// `LearnerState+History.swift`; categories, consents and mentorships are dated runs
/// (`DatedRun.swift`); awards, mentor preferences in their files; diagnostics and applications
/// are kept in date order; a term result is the last one unless an older-dated one; the
/// registration is the latest-dated one; erasure the latest date. What a collection's records
/// cannot say again — an end recorded before its start, a repeat, a superseded list — is kept
/// in ``LearnerState/kept``, and a collection is derived anew from its records and kept events
/// when an event arrives out of date order. An event dated on or after the learner's others
/// (the common case) is folded in place in O(1) amortised, and keeps nothing.
extension LearnerState {
  /// Folds one event of this learner's stream in.
  /// - Complexity: O(1) amortised for events in date order; O(events of the collection) otherwise.
  public mutating func apply(_ envelope: EventEnvelope) {
    apply(envelope.event, effective: envelope.effective, sequence: envelope.sequence)
  }

  /// Folds one event in, given its effective date and global sequence. Events of other streams'
  /// kinds are ignored (each listed by name).
  public mutating func apply(_ event: DomainEvent, effective: CivilDate, sequence: UInt64) {
    lastSequence = max(lastSequence, sequence)
    switch event {
    case .learnerRegistered(let e):
      if registration.map({ $0.registered <= effective }) ?? true {
        registration = LearnerRegistration(
          district: e.district, region: e.region, registered: effective)
      }
      enter(
        .school(
          SchoolPlacement(
            institution: e.school, grade: e.grade, className: e.className, language: e.language)),
        on: effective, reason: .enrolled)
    case .stageEntered(let e):
      enter(e.placement, on: effective, reason: e.reason)
    case .stageLeft(let e):
      leave(e.stage, on: effective, reason: e.reason)
    case .categoryDeclared(let e), .categoryEnded(let e):
      categories.apply(event, key: e.category.rawValue, on: effective, kept: &kept)
    case .consentRecorded(let e), .consentWithdrawn(let e):
      consents.apply(event, key: e.reference, on: effective, kept: &kept)
    case .diagnosticCompleted(let e):
      let scores = e.scores.map {
        ScaleScore(scale: $0.key, score: $0.value, band: e.bands[$0.key])
      }
      .sorted { $0.scale < $1.scale }
      let summary = DiagnosticSummary(
        instrument: e.instrument, date: effective, scores: scores, leading: e.leading,
        flags: e.flags, leadingDirections: e.leadingDirections, answers: e.answersDigest)
      diagnostics.insert(summary, at: insertionIndex(diagnostics, effective) { $0.date })
    case .termResult(let e):
      if lastTermDate.map({ $0 <= effective }) ?? true {
        lastTerm = e
        lastTermDate = effective
      }
      recordTerm(e, sequence: sequence)
    case .mentorshipAssigned(var e):
      // The period does not hold the reason: kept without it, as the period would give it back.
      e.reason = nil
      mentorships.apply(
        .mentorshipAssigned(e), key: e.mentor.rawValue, on: effective, kept: &kept)
    case .mentorshipEnded(let e):
      mentorships.apply(event, key: e.mentor.rawValue, on: effective, kept: &kept)
    case .awardGranted(let e):
      applyAward(event, policy: e.policy, round: e.round, on: effective)
    case .awardRevoked(let e):
      applyAward(event, policy: e.policy, round: e.round, on: effective)
    case .awardPaid(let e):
      applyAward(event, policy: e.policy, round: e.round, on: effective)
    case .applicationSubmitted(let e):
      // The same application recorded twice (a re-import) is one application; the same one
      // with agreement fields added or changed is kept too, as the later record of them.
      let record = ApplicationRecord(application: e, appliedOn: effective)
      guard !applications.contains(record) else { return }
      applications.insert(record, at: insertionIndex(applications, effective) { $0.appliedOn })
    case .mentorPreferencesDeclared(let e):
      declare(e, on: effective)
    case .learnerErased:
      erased = max(erased ?? effective, effective)
    case .institutionRegistered, .institutionCapacityChanged, .enterpriseRegistered,
      .enterpriseCapacityChanged, .demandDeclared, .mentorRegistered, .mentorCapacityChanged,
      .policyPublished, .roundRun, .roundPublished, .matchingRun, .matchingPublished:
      // Events of other streams' kinds say nothing about one learner; they are listed (no
      // `default:`) so that a new learner event cannot be skipped by forgetting it here.
      break
    }
  }
}

/// Where to insert an element dated `date` to keep `array` in date order (after equal dates:
/// the event arriving was recorded after those of its date).
/// - Complexity: O(1) when `date` is the latest, as it almost always is.
private func insertionIndex<T>(_ array: [T], _ date: CivilDate, _ dateOf: (T) -> CivilDate) -> Int {
  var index = array.count
  while index > 0 && dateOf(array[index - 1]) > date { index -= 1 }
  return index
}
