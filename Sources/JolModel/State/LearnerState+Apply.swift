/// The fold of a learner's events.
///
/// Events are meant to be applied in effective-date order (sequence breaking ties), which is
/// what ``LearnerState/fold(_:learner:asOf:knownAt:)`` does. Replay in log order gives the same
/// state for the common case of a late record, because each rule places an event by its
/// effective date rather than by arrival: a stage entered on 09-01 but recorded on 10-15 is
/// inserted before any later period and closes the one it interrupts; a term result replaces
/// the last one only if it is not older.
extension LearnerState {
  /// Folds one event of this learner's stream in.
  /// - Complexity: O(1) amortised for events in date order; O(periods) otherwise.
  public mutating func apply(_ envelope: EventEnvelope) {
    apply(envelope.event, effective: envelope.effective, sequence: envelope.sequence)
  }

  /// Folds one event in, given its effective date and global sequence. Events of other streams'
  /// kinds are ignored (each listed by name).
  public mutating func apply(_ event: DomainEvent, effective: CivilDate, sequence: UInt64) {
    lastSequence = max(lastSequence, sequence)
    switch event {
    case .learnerRegistered(let e):
      registration = LearnerRegistration(
        district: e.district, region: e.region, registered: effective)
      enter(
        .school(
          SchoolPlacement(
            institution: e.school, grade: e.grade, className: e.className, language: e.language)),
        on: effective, reason: .enrolled)
    case .stageEntered(let e):
      enter(e.placement, on: effective, reason: e.reason)
    case .stageLeft(let e):
      if let index = history.lastIndex(where: {
        $0.contains(effective) && $0.placement.stage == e.stage
      }) {
        history[index].until = effective
        history[index].exitReason = e.reason
      }
    case .categoryDeclared(let e):
      guard !categories.contains(where: { $0.category == e.category && $0.contains(effective) })
      else { return }
      let period = CategoryPeriod(category: e.category, from: effective)
      categories.insert(period, at: insertionIndex(categories, effective) { $0.from })
    case .categoryEnded(let e):
      if let index = categories.lastIndex(where: {
        $0.category == e.category && $0.contains(effective)
      }) {
        categories[index].until = effective
      }
    case .consentRecorded(let e):
      consents.append(ConsentRecord(reference: e.reference, recorded: effective))
    case .consentWithdrawn(let e):
      if let index = consents.lastIndex(where: { $0.reference == e.reference }) {
        consents[index].withdrawn = effective
      }
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
    case .mentorshipAssigned(let e):
      mentorships.append(
        MentorshipPeriod(
          mentor: e.mentor, enterprise: e.enterprise, matching: e.matching, from: effective))
    case .mentorshipEnded(let e):
      if let index = mentorships.lastIndex(where: { $0.mentor == e.mentor && $0.until == nil }) {
        mentorships[index].until = effective
        mentorships[index].endReason = e.reason
      }
    case .awardGranted(let e):
      awards.append(AwardRecord(grant: e, granted: effective))
    case .awardRevoked(let e):
      if let index = awards.lastIndex(where: {
        $0.grant.policy == e.policy && $0.grant.round == e.round
      }) {
        awards[index].revoked = effective
        awards[index].revocationReason = e.reason
      }
    case .awardPaid(let e):
      if let index = awards.lastIndex(where: {
        $0.grant.policy == e.policy && $0.grant.round == e.round
      }) {
        awards[index].paid = awards[index].paid + e.amount
      }
    case .applicationSubmitted(let e):
      // The same application recorded twice (a re-import) is one application; the same one
      // with agreement fields added or changed is kept too, as the later record of them.
      let record = ApplicationRecord(application: e, appliedOn: effective)
      guard !applications.contains(record) else { return }
      applications.insert(record, at: insertionIndex(applications, effective) { $0.appliedOn })
    case .mentorPreferencesDeclared(let e):
      // A list the same as the one held is a re-import: it keeps its first date. Another list
      // for the programme replaces it.
      if let index = mentorPreferences.firstIndex(where: { $0.list.programme == e.programme }) {
        guard mentorPreferences[index].list != e else { return }
        mentorPreferences.remove(at: index)
      }
      mentorPreferences.append(MentorPreferenceRecord(list: e, declared: effective))
    case .learnerErased:
      erased = effective
    case .institutionRegistered, .institutionCapacityChanged, .enterpriseRegistered,
      .enterpriseCapacityChanged, .demandDeclared, .mentorRegistered, .mentorCapacityChanged,
      .policyPublished, .roundRun, .roundPublished, .matchingRun, .matchingPublished:
      // Events of other streams' kinds say nothing about one learner; they are listed (no
      // `default:`) so that a new learner event cannot be skipped by forgetting it here.
      break
    }
  }

  /// Starts a placement on `date`: inserted in date order, ending where the next period
  /// starts, and ending the period it interrupts. A second placement on the same day replaces
  /// the first (a correction).
  private mutating func enter(
    _ placement: StagePlacement, on date: CivilDate, reason: TransitionReason
  ) {
    if let index = history.lastIndex(where: { $0.from == date }) {
      history[index].placement = placement
      history[index].entryReason = reason
      return
    }
    let index = insertionIndex(history, date) { $0.from }
    var period = StagePeriod(
      placement: placement, from: date, until: index < history.count ? history[index].from : nil,
      entryReason: reason)
    if index > 0, history[index - 1].until.map({ $0 > date }) ?? true {
      // The new period interrupts the previous one: it ends when and why that one ended, and the
      // previous one now ends here, for this event's reason — as in effective-date order.
      period.until = history[index - 1].until
      period.exitReason = history[index - 1].exitReason
      history[index - 1].until = date
      history[index - 1].exitReason = reason
    }
    history.insert(period, at: index)
  }
}

/// Where to insert an element dated `date` to keep `array` in date order (after equal dates).
/// - Complexity: O(1) when `date` is the latest, as it almost always is.
private func insertionIndex<T>(_ array: [T], _ date: CivilDate, _ dateOf: (T) -> CivilDate) -> Int {
  var index = array.count
  while index > 0 && dateOf(array[index - 1]) > date { index -= 1 }
  return index
}
