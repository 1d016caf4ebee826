/// One event as read from (or written to) the log: the log's record fields (sequence, stream,
/// stream version, id) and the payload's metadata (when recorded, when effective, by whom)
/// around the ``DomainEvent``.
///
/// The payload bytes a log record holds are one line of JSON (see ``EventCodec``):
/// `{"type":"learner.stage_entered","schema_version":1,"effective":"2026-09-01",`
/// `"recorded_at":"2026-10-15T08:30:00.000Z","actor":"import:stages.csv","data":{…}}`.
/// The type and schema version are those of ``event``: events read in an older schema
/// version are upgraded on read, so an envelope always holds the current version.
public struct EventEnvelope: Hashable, Sendable {
  /// Unique id; appending the same id twice appends once.
  public var id: EventID
  public var stream: StreamName
  /// Position within the stream, from 1.
  public var streamVersion: UInt64
  /// Dense global position in the log, from 1 (0 before the log assigned one).
  public var sequence: UInt64
  /// When the event was recorded.
  public var recordedAt: Timestamp
  /// The civil date on which the fact took effect.
  public var effective: CivilDate
  /// Who recorded it.
  public var actor: ActorID
  public var event: DomainEvent

  public init(
    id: EventID, stream: StreamName, streamVersion: UInt64, sequence: UInt64, recordedAt: Timestamp,
    effective: CivilDate, actor: ActorID, event: DomainEvent
  ) {
    self.id = id
    self.stream = stream
    self.streamVersion = streamVersion
    self.sequence = sequence
    self.recordedAt = recordedAt
    self.effective = effective
    self.actor = actor
    self.event = event
  }

  public var type: EventType { event.type }
  public var schemaVersion: Int { event.schemaVersion }
}
