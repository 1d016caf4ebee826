import JolModel

/// An event a command wants to record: its stream, the date it took effect and what happened.
/// The store adds the id, time recorded and actor when it appends.
struct EventDraft: Hashable, Sendable {
  var stream: StreamName
  var effective: CivilDate
  var event: DomainEvent
}
