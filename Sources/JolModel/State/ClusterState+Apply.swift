extension DomainEvent {
  /// Whether the event is folded into one learner's state — the learner its stream names —
  /// rather than into an organisation's. Every type is listed (no `default:`).
  public var isAboutOneLearner: Bool {
    switch self {
    case .learnerRegistered, .categoryDeclared, .categoryEnded, .consentRecorded,
      .consentWithdrawn, .diagnosticCompleted, .stageEntered, .stageLeft, .termResult,
      .mentorshipAssigned, .mentorshipEnded, .awardGranted, .awardRevoked, .awardPaid,
      .learnerErased, .applicationSubmitted, .mentorPreferencesDeclared:
      true
    case .institutionRegistered, .institutionCapacityChanged, .enterpriseRegistered,
      .enterpriseCapacityChanged, .demandDeclared, .mentorRegistered, .mentorCapacityChanged,
      .policyPublished, .roundRun, .roundPublished, .matchingRun, .matchingPublished:
      false
    }
  }
}

/// The fold of the whole log into ``ClusterState``.
extension ClusterState {
  /// Folds one event in, routing it by its stream to the learner, institution, enterprise,
  /// mentor, policy, round or matching run it is about. Every event type has its case (no
  /// `default:`): a new type does not compile until this fold says where it goes.
  /// - Complexity: O(1) amortised for events in date order.
  public mutating func apply(_ envelope: EventEnvelope) {
    coveredSequence = max(coveredSequence, envelope.sequence)
    latestEffective = max(latestEffective ?? envelope.effective, envelope.effective)
    if envelope.event.isAboutOneLearner {
      let position = learnerPosition(LearnerID(envelope.stream.id))
      learners[position].apply(
        envelope.event, effective: envelope.effective, sequence: envelope.sequence)
    } else {
      applyToOrganisations(envelope)
    }
  }

  /// Folds in an event about an institution, enterprise, mentor, policy, round or matching
  /// run (never a learner's: those change nothing here), keeping it
  /// (``organisationEvents``). An organisation's state is the fold of its events in date order,
  /// sequence breaking ties, whatever order they arrive in: an event dated on or after the
  /// organisation's others (the common case) is folded in place; one dated earlier is put in
  /// its place and the organisation folded anew from its events. So the current state and the
  /// state as of any date after every event agree (``TimeSlice/includesAll(of:)``).
  /// - Complexity: O(1) amortised for events in date order; O(the organisation's events)
  ///   otherwise.
  mutating func applyToOrganisations(_ envelope: EventEnvelope) {
    let stream = envelope.stream
    guard stream.kind != .learner else { return }
    let kept = OrganisationEvent(
      effective: envelope.effective, sequence: envelope.sequence, event: envelope.event)
    let inOrder = organisationEvents[stream]?.last.map { kept.follows($0) } ?? true
    organisationEvents[stream, default: []].insertInOrder(kept) { $0.follows(kept) }
    if inOrder {
      fold(kept, about: stream.id)
    } else {
      refold(stream)
    }
  }

  /// Folds an organisation anew from its kept events (a snapshot's, or after one arrived out of
  /// date order).
  mutating func refold(_ stream: StreamName) {
    let id = stream.id
    switch stream.kind {
    case .learner: return
    case .institution: institutions[InstitutionID(id)] = nil
    case .enterprise: enterprises[EnterpriseID(id)] = nil
    case .mentor: mentors[MentorID(id)] = nil
    case .policy: policies[PolicyID(id)] = nil
    case .round: rounds[RoundID(id)] = nil
    case .matching: matchings[MatchingRunID(id)] = nil
    }
    for event in organisationEvents[stream] ?? [] { fold(event, about: id) }
  }

  /// Folds one event into the state of the organisation with this id, after its events dated
  /// before it. Every event type has its case (no `default:`).
  private mutating func fold(_ kept: OrganisationEvent, about id: String) {
    let effective = kept.effective
    switch kept.event {
    case .institutionRegistered(var e):
      // The state holds the current district; how it was written stays in the event.
      e.districtRecodedFrom = nil
      institutions[InstitutionID(id), default: InstitutionState(id: InstitutionID(id))]
        .registration = e
    case .institutionCapacityChanged(let e):
      guard let specialty = e.specialty else { return }
      institutions[InstitutionID(id), default: InstitutionState(id: InstitutionID(id))]
        .registration?
        .setIntake(specialty, e.capacity)
    case .enterpriseRegistered(var e):
      e.districtRecodedFrom = nil
      enterprises[EnterpriseID(id), default: EnterpriseState(id: EnterpriseID(id))].registration = e
    case .enterpriseCapacityChanged(let e):
      enterprises[EnterpriseID(id), default: EnterpriseState(id: EnterpriseID(id))].registration?
        .capacity =
        e.capacity
    case .demandDeclared(let e):
      enterprises[EnterpriseID(id), default: EnterpriseState(id: EnterpriseID(id))].declare(
        e, on: effective)
    case .mentorRegistered(let e):
      mentors[MentorID(id), default: MentorState(id: MentorID(id))].registration = e
    case .mentorCapacityChanged(let e):
      mentors[MentorID(id), default: MentorState(id: MentorID(id))].registration?.capacity =
        e.capacity
    case .policyPublished(let e):
      policies[PolicyID(id), default: []].append(
        PolicyVersionRecord(publication: e, published: effective))
    case .roundRun(let e):
      rounds[RoundID(id), default: RunState()].run = e
      rounds[RoundID(id), default: RunState()].ran = effective
    case .roundPublished:
      rounds[RoundID(id), default: RunState()].published = effective
    case .matchingRun(let e):
      matchings[MatchingRunID(id), default: RunState()].run = e
      matchings[MatchingRunID(id), default: RunState()].ran = effective
    case .matchingPublished:
      matchings[MatchingRunID(id), default: RunState()].published = effective
    case .learnerRegistered, .categoryDeclared, .categoryEnded, .consentRecorded,
      .consentWithdrawn, .diagnosticCompleted, .stageEntered, .stageLeft, .termResult,
      .mentorshipAssigned, .mentorshipEnded, .awardGranted, .awardRevoked, .awardPaid,
      .learnerErased, .applicationSubmitted, .mentorPreferencesDeclared:
      // Folded into the learner's own state (``DomainEvent/isAboutOneLearner``).
      break
    }
  }

  /// All demand declared for a year across enterprises.
  public func demand(in year: Int) -> [(enterprise: EnterpriseID, record: DemandRecord)] {
    enterprises.values.sorted { $0.id < $1.id }.flatMap { state in
      state.demand.filter { $0.year == year }.map { (state.id, $0) }
    }
  }

  /// The version of a policy published last on or before a date.
  public func policy(_ id: PolicyID, publishedOnOrBefore date: CivilDate) -> PolicyVersionRecord? {
    policies[id]?.last { $0.published <= date }
  }
}

extension InstitutionRegistered {
  /// Sets a specialty's intake, adding the specialty when new.
  mutating func setIntake(_ specialty: SpecialtyCode, _ intake: Int) {
    if let index = specialties.firstIndex(where: { $0.specialty == specialty }) {
      specialties[index].intake = intake
    } else {
      specialties.append(SpecialtyOffer(specialty: specialty, intake: intake))
    }
  }
}

extension EnterpriseState {
  /// Records demand: a later declaration for the same specialty and year replaces the earlier.
  mutating func declare(_ e: DemandDeclared, on date: CivilDate) {
    let record = DemandRecord(specialty: e.specialty, year: e.year, count: e.count, declared: date)
    if let index = demand.firstIndex(where: { $0.specialty == e.specialty && $0.year == e.year }) {
      demand[index] = record
    } else {
      demand.append(record)
      demand.sort { ($0.year, $0.specialty) < ($1.year, $1.specialty) }
    }
  }
}
