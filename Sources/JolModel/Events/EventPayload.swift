/// What a log record's payload bytes hold: the event and its metadata other than the log's
/// own fields (sequence, stream, stream version, id).
public struct EventPayload: Hashable, Sendable {
  public var recordedAt: Timestamp
  public var effective: CivilDate
  public var actor: ActorID
  public var event: DomainEvent

  public init(recordedAt: Timestamp, effective: CivilDate, actor: ActorID, event: DomainEvent) {
    self.recordedAt = recordedAt
    self.effective = effective
    self.actor = actor
    self.event = event
  }

  /// The envelope for this payload in a log record.
  public func envelope(sequence: UInt64, stream: StreamName, streamVersion: UInt64, id: EventID)
    -> EventEnvelope
  {
    EventEnvelope(
      id: id, stream: stream, streamVersion: streamVersion, sequence: sequence,
      recordedAt: recordedAt, effective: effective, actor: actor, event: event)
  }
}

extension EventEnvelope {
  /// The payload part of this envelope.
  public var payload: EventPayload {
    EventPayload(recordedAt: recordedAt, effective: effective, actor: actor, event: event)
  }
}
