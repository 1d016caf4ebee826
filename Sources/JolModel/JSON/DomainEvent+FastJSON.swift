extension DomainEvent {
  /// Reads the `data` object of an event of type `EventType.known[kind]` written in
  /// `schemaVersion`, upgrading older versions.
  init(reading r: inout JSONReader, kind: Int, schemaVersion: Int) throws {
    let type = EventType.known[kind]
    let readable = type == .termResult ? 1...2 : 1...1
    guard readable.contains(schemaVersion) else {
      throw JSONReadError(
        offset: r.offset,
        reason: .unsupportedSchemaVersion(type: type.rawValue, version: schemaVersion))
    }
    switch kind {
    case 0: self = .learnerRegistered(try LearnerRegistered(reading: &r))
    case 1: self = .categoryDeclared(try CategoryChange(reading: &r))
    case 2: self = .categoryEnded(try CategoryChange(reading: &r))
    case 3: self = .consentRecorded(try ConsentChange(reading: &r))
    case 4: self = .consentWithdrawn(try ConsentChange(reading: &r))
    case 5: self = .diagnosticCompleted(try DiagnosticCompleted(reading: &r))
    case 6: self = .stageEntered(try StageEntered(reading: &r))
    case 7: self = .stageLeft(try StageLeft(reading: &r))
    case 8: self = .termResult(try TermResult(reading: &r, schemaVersion: schemaVersion))
    case 9: self = .mentorshipAssigned(try MentorshipAssigned(reading: &r))
    case 10: self = .mentorshipEnded(try MentorshipEnded(reading: &r))
    case 11: self = .awardGranted(try AwardGranted(reading: &r))
    case 12: self = .awardRevoked(try AwardRevoked(reading: &r))
    case 13: self = .awardPaid(try AwardPaid(reading: &r))
    case 14: self = .learnerErased(try LearnerErased(reading: &r))
    case 15: self = .institutionRegistered(try InstitutionRegistered(reading: &r))
    case 16: self = .institutionCapacityChanged(try CapacityChanged(reading: &r))
    case 17: self = .enterpriseRegistered(try EnterpriseRegistered(reading: &r))
    case 18: self = .enterpriseCapacityChanged(try CapacityChanged(reading: &r))
    case 19: self = .demandDeclared(try DemandDeclared(reading: &r))
    case 20: self = .mentorRegistered(try MentorRegistered(reading: &r))
    case 21: self = .mentorCapacityChanged(try CapacityChanged(reading: &r))
    case 22: self = .policyPublished(try PolicyPublished(reading: &r))
    case 23: self = .roundRun(try RoundRun(reading: &r))
    case 24: self = .roundPublished(try RunPublished(reading: &r))
    case 25: self = .matchingRun(try MatchingRun(reading: &r))
    case 26: self = .matchingPublished(try RunPublished(reading: &r))
    default: self = .applicationSubmitted(try ApplicationSubmitted(reading: &r))
    }
  }

  /// Writes the payload's `data` object.
  func writeData(to w: inout JSONWriter) {
    switch self {
    case .learnerRegistered(let data): data.write(to: &w)
    case .categoryDeclared(let data), .categoryEnded(let data): data.write(to: &w)
    case .consentRecorded(let data), .consentWithdrawn(let data): data.write(to: &w)
    case .diagnosticCompleted(let data): data.write(to: &w)
    case .stageEntered(let data): data.write(to: &w)
    case .stageLeft(let data): data.write(to: &w)
    case .termResult(let data): data.write(to: &w)
    case .mentorshipAssigned(let data): data.write(to: &w)
    case .mentorshipEnded(let data): data.write(to: &w)
    case .awardGranted(let data): data.write(to: &w)
    case .awardRevoked(let data): data.write(to: &w)
    case .awardPaid(let data): data.write(to: &w)
    case .learnerErased(let data): data.write(to: &w)
    case .institutionRegistered(let data): data.write(to: &w)
    case .institutionCapacityChanged(let data), .enterpriseCapacityChanged(let data),
      .mentorCapacityChanged(let data):
      data.write(to: &w)
    case .enterpriseRegistered(let data): data.write(to: &w)
    case .demandDeclared(let data): data.write(to: &w)
    case .mentorRegistered(let data): data.write(to: &w)
    case .policyPublished(let data): data.write(to: &w)
    case .roundRun(let data): data.write(to: &w)
    case .roundPublished(let data), .matchingPublished(let data): data.write(to: &w)
    case .matchingRun(let data): data.write(to: &w)
    case .applicationSubmitted(let data): data.write(to: &w)
    }
  }
}
