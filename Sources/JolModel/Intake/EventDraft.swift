/// An event to record: its stream, the date it took effect and what happened. Planners (imports,
/// rounds) produce drafts; the store adds the id, time recorded and actor when it appends.
public struct EventDraft: Hashable, Sendable {
  /// The stream the event belongs to.
  public var stream: StreamName
  /// The civil date on which the fact took effect.
  public var effective: CivilDate
  /// What happened.
  public var event: DomainEvent

  /// A draft of `event` on `stream`, effective on `effective`.
  public init(stream: StreamName, effective: CivilDate, event: DomainEvent) {
    self.stream = stream
    self.effective = effective
    self.event = event
  }
}
