/// The fold of a learner's events.
///
/// The guarantee: folding a learner's events in any order in which events of the same
/// effective date come in the order they were recorded (global sequence) gives the same state.
/// Both the log's order (replay, the current state) and effective-date order (the as-of folds,
/// ``LearnerState/fold(_:learner:asOf:knownAt:)``) are such orders, so a late record — an
/// import of events dated before ones already in the log — changes nothing but what it says.
///
/// How: each collection is a function of its events taken by date and, on one date, in the
/// order they were recorded — in a log, the event arriving is the last recorded of its date. The
/// rules of each are beside its code: stage history in `LearnerState+History.swift`;
/// categories, consents and mentorships are dated runs (`DatedRun.swift`); awards, mentor
/// preferences in their files; diagnostics and applications are kept in date order; a term
/// result is the last one unless an older-dated one; the registration is the latest-dated one;
/// erasure the latest date. What a collection's records cannot say again — an end recorded
/// before its start, a repeat, a superseded list — is kept in ``LearnerState/kept``, and a
/// collection is derived anew from its records and kept events when an event arrives out of
/// date order. An event dated on or after the learner's others (the common case) is folded in
/// place in O(1) amortised; it keeps nothing unless it has nothing to do on its date: a start
/// or grant of what is held since an earlier date, an end or leave of what is not held, a
/// revocation of an award revoked already, a mentor list declared again on a later date — or it
/// replaces a mentor list, which is kept.
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
    firstSequence = firstSequence == 0 ? sequence : min(firstSequence, sequence)
    latestEffective = max(latestEffective ?? effective, effective)
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
      diagnostics.insertInOrder(summary) { $0.date > effective }
    case .termResult(let e):
      if lastTermDate.map({ $0 <= effective }) ?? true {
        lastTerm = TermSummary(e)
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
      applications.insertInOrder(record) { $0.appliedOn > effective }
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
