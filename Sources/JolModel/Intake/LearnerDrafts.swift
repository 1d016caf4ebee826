/// The events planned for one learner, with the learner's state as they would leave it, so
/// each decision sees the ones before it.
struct LearnerDrafts {
  let learner: LearnerID
  private(set) var state: LearnerState
  private(set) var drafts: [EventDraft] = []

  init(learner: LearnerID, state: LearnerState?) {
    self.learner = learner
    self.state = state ?? LearnerState(id: learner)
  }

  mutating func add(_ event: DomainEvent, on date: CivilDate) {
    drafts.append(EventDraft(stream: .learner(learner), effective: date, event: event))
    state.apply(event, effective: date, sequence: state.lastSequence)
  }
}
