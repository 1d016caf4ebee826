/// An operation on an event's payload whatever its type: ``DomainEvent/open(_:)`` calls it with
/// the payload and its registry row, so the codecs need no switch over event cases of their own.
protocol EventVisitor {
  associatedtype Result
  associatedtype Failure: Error
  mutating func visit<Data: EventData>(_ data: Data, _ definition: EventDefinition<Data>)
    throws(Failure) -> Result
}

extension DomainEvent {
  /// Calls `visitor` with the payload and its row in ``EventRegistry``: the one place that maps
  /// each case to its row (exhaustive, so a new case does not compile until it has one).
  func open<V: EventVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result {
    switch self {
    case .learnerRegistered(let data): try visitor.visit(data, EventRegistry.learnerRegistered)
    case .categoryDeclared(let data): try visitor.visit(data, EventRegistry.categoryDeclared)
    case .categoryEnded(let data): try visitor.visit(data, EventRegistry.categoryEnded)
    case .consentRecorded(let data): try visitor.visit(data, EventRegistry.consentRecorded)
    case .consentWithdrawn(let data): try visitor.visit(data, EventRegistry.consentWithdrawn)
    case .diagnosticCompleted(let data): try visitor.visit(data, EventRegistry.diagnosticCompleted)
    case .stageEntered(let data): try visitor.visit(data, EventRegistry.stageEntered)
    case .stageLeft(let data): try visitor.visit(data, EventRegistry.stageLeft)
    case .termResult(let data): try visitor.visit(data, EventRegistry.termResult)
    case .mentorshipAssigned(let data): try visitor.visit(data, EventRegistry.mentorshipAssigned)
    case .mentorshipEnded(let data): try visitor.visit(data, EventRegistry.mentorshipEnded)
    case .awardGranted(let data): try visitor.visit(data, EventRegistry.awardGranted)
    case .awardRevoked(let data): try visitor.visit(data, EventRegistry.awardRevoked)
    case .awardPaid(let data): try visitor.visit(data, EventRegistry.awardPaid)
    case .learnerErased(let data): try visitor.visit(data, EventRegistry.learnerErased)
    case .institutionRegistered(let data):
      try visitor.visit(data, EventRegistry.institutionRegistered)
    case .institutionCapacityChanged(let data):
      try visitor.visit(data, EventRegistry.institutionCapacityChanged)
    case .enterpriseRegistered(let data):
      try visitor.visit(data, EventRegistry.enterpriseRegistered)
    case .enterpriseCapacityChanged(let data):
      try visitor.visit(data, EventRegistry.enterpriseCapacityChanged)
    case .demandDeclared(let data): try visitor.visit(data, EventRegistry.demandDeclared)
    case .mentorRegistered(let data): try visitor.visit(data, EventRegistry.mentorRegistered)
    case .mentorCapacityChanged(let data):
      try visitor.visit(data, EventRegistry.mentorCapacityChanged)
    case .policyPublished(let data): try visitor.visit(data, EventRegistry.policyPublished)
    case .roundRun(let data): try visitor.visit(data, EventRegistry.roundRun)
    case .roundPublished(let data): try visitor.visit(data, EventRegistry.roundPublished)
    case .matchingRun(let data): try visitor.visit(data, EventRegistry.matchingRun)
    case .matchingPublished(let data): try visitor.visit(data, EventRegistry.matchingPublished)
    case .applicationSubmitted(let data):
      try visitor.visit(data, EventRegistry.applicationSubmitted)
    case .mentorPreferencesDeclared(let data):
      try visitor.visit(data, EventRegistry.mentorPreferencesDeclared)
    }
  }

  /// The event's type name.
  public var type: EventType {
    var header = RowHeader()
    return open(&header).type
  }

  /// The schema version the event is written in (older versions are upgraded on read).
  public var schemaVersion: Int {
    var header = RowHeader()
    return open(&header).schemaVersion
  }

  /// The kind of stream the event belongs to.
  public var streamKind: StreamKind {
    var header = RowHeader()
    return open(&header).streamKind
  }
}

/// The type name, schema version and stream kind of an event's row.
private struct RowHeader: EventVisitor {
  typealias Failure = Never

  func visit<Data: EventData>(_: Data, _ definition: EventDefinition<Data>) -> (
    type: EventType, schemaVersion: Int, streamKind: StreamKind
  ) {
    (definition.type, definition.schemaVersion, definition.streamKind)
  }
}
