import Foundation

/// The `Codable` form of a payload, the same JSON as ``EventCodec`` reads and writes. It is the
/// reference the fast codec is tested against, and what other tools can use; replay uses
/// ``EventCodec``.
extension EventPayload: Codable {
  enum CodingKeys: String, CodingKey {
    case type
    case schemaVersion = "schema_version"
    case effective
    case recordedAt = "recorded_at"
    case actor, data
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(EventType.self, forKey: .type)
    let version = try container.decode(Int.self, forKey: .schemaVersion)
    guard EventType.known.contains(type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown event type '\(type.rawValue)'")
    }
    let readable = type == .termResult ? 1...2 : 1...1
    guard readable.contains(version) else {
      throw DecodingError.dataCorruptedError(
        forKey: .schemaVersion, in: container,
        debugDescription: "event type '\(type.rawValue)' has no schema version \(version)")
    }
    func data<T: Decodable>(_: T.Type) throws -> T { try container.decode(T.self, forKey: .data) }
    let event: DomainEvent
    switch type {
    case .learnerRegistered: event = .learnerRegistered(try data(LearnerRegistered.self))
    case .categoryDeclared: event = .categoryDeclared(try data(CategoryChange.self))
    case .categoryEnded: event = .categoryEnded(try data(CategoryChange.self))
    case .consentRecorded: event = .consentRecorded(try data(ConsentChange.self))
    case .consentWithdrawn: event = .consentWithdrawn(try data(ConsentChange.self))
    case .diagnosticCompleted: event = .diagnosticCompleted(try data(DiagnosticCompleted.self))
    case .stageEntered: event = .stageEntered(try data(StageEntered.self))
    case .stageLeft: event = .stageLeft(try data(StageLeft.self))
    case .termResult:
      event = .termResult(
        version == 1 ? try data(TermResultV1.self).upgraded : try data(TermResult.self))
    case .mentorshipAssigned: event = .mentorshipAssigned(try data(MentorshipAssigned.self))
    case .mentorshipEnded: event = .mentorshipEnded(try data(MentorshipEnded.self))
    case .awardGranted: event = .awardGranted(try data(AwardGranted.self))
    case .awardRevoked: event = .awardRevoked(try data(AwardRevoked.self))
    case .awardPaid: event = .awardPaid(try data(AwardPaid.self))
    case .learnerErased: event = .learnerErased(try data(LearnerErased.self))
    case .institutionRegistered:
      event = .institutionRegistered(try data(InstitutionRegistered.self))
    case .institutionCapacityChanged:
      event = .institutionCapacityChanged(try data(CapacityChanged.self))
    case .enterpriseRegistered: event = .enterpriseRegistered(try data(EnterpriseRegistered.self))
    case .enterpriseCapacityChanged:
      event = .enterpriseCapacityChanged(try data(CapacityChanged.self))
    case .demandDeclared: event = .demandDeclared(try data(DemandDeclared.self))
    case .mentorRegistered: event = .mentorRegistered(try data(MentorRegistered.self))
    case .mentorCapacityChanged: event = .mentorCapacityChanged(try data(CapacityChanged.self))
    case .policyPublished: event = .policyPublished(try data(PolicyPublished.self))
    case .roundRun: event = .roundRun(try data(RoundRun.self))
    case .roundPublished: event = .roundPublished(try data(RunPublished.self))
    case .matchingRun: event = .matchingRun(try data(MatchingRun.self))
    case .applicationSubmitted: event = .applicationSubmitted(try data(ApplicationSubmitted.self))
    default: event = .matchingPublished(try data(RunPublished.self))
    }
    self.init(
      recordedAt: try container.decode(Timestamp.self, forKey: .recordedAt),
      effective: try container.decode(CivilDate.self, forKey: .effective),
      actor: try container.decode(ActorID.self, forKey: .actor),
      event: event)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(event.type, forKey: .type)
    try container.encode(event.type.currentSchemaVersion, forKey: .schemaVersion)
    try container.encode(effective, forKey: .effective)
    try container.encode(recordedAt, forKey: .recordedAt)
    try container.encode(actor, forKey: .actor)
    switch event {
    case .learnerRegistered(let data): try container.encode(data, forKey: .data)
    case .categoryDeclared(let data), .categoryEnded(let data):
      try container.encode(data, forKey: .data)
    case .consentRecorded(let data), .consentWithdrawn(let data):
      try container.encode(data, forKey: .data)
    case .diagnosticCompleted(let data): try container.encode(data, forKey: .data)
    case .stageEntered(let data): try container.encode(data, forKey: .data)
    case .stageLeft(let data): try container.encode(data, forKey: .data)
    case .termResult(let data): try container.encode(data, forKey: .data)
    case .mentorshipAssigned(let data): try container.encode(data, forKey: .data)
    case .mentorshipEnded(let data): try container.encode(data, forKey: .data)
    case .awardGranted(let data): try container.encode(data, forKey: .data)
    case .awardRevoked(let data): try container.encode(data, forKey: .data)
    case .awardPaid(let data): try container.encode(data, forKey: .data)
    case .learnerErased(let data): try container.encode(data, forKey: .data)
    case .institutionRegistered(let data): try container.encode(data, forKey: .data)
    case .institutionCapacityChanged(let data), .enterpriseCapacityChanged(let data),
      .mentorCapacityChanged(let data):
      try container.encode(data, forKey: .data)
    case .enterpriseRegistered(let data): try container.encode(data, forKey: .data)
    case .demandDeclared(let data): try container.encode(data, forKey: .data)
    case .mentorRegistered(let data): try container.encode(data, forKey: .data)
    case .policyPublished(let data): try container.encode(data, forKey: .data)
    case .roundRun(let data): try container.encode(data, forKey: .data)
    case .matchingRun(let data): try container.encode(data, forKey: .data)
    case .roundPublished(let data), .matchingPublished(let data):
      try container.encode(data, forKey: .data)
    case .applicationSubmitted(let data): try container.encode(data, forKey: .data)
    }
  }
}
