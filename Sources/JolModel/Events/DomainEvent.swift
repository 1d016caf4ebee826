/// Something that happened in the region, as the log records it: one case per event type,
/// each with its payload. The subject (which learner, institution…) is the envelope's stream.
public enum DomainEvent: Hashable, Sendable {
  case learnerRegistered(LearnerRegistered)
  case categoryDeclared(CategoryChange)
  case categoryEnded(CategoryChange)
  case consentRecorded(ConsentChange)
  case consentWithdrawn(ConsentChange)
  case diagnosticCompleted(DiagnosticCompleted)
  case stageEntered(StageEntered)
  case stageLeft(StageLeft)
  case termResult(TermResult)
  case mentorshipAssigned(MentorshipAssigned)
  case mentorshipEnded(MentorshipEnded)
  case awardGranted(AwardGranted)
  case awardRevoked(AwardRevoked)
  case awardPaid(AwardPaid)
  case learnerErased(LearnerErased)
  case institutionRegistered(InstitutionRegistered)
  case institutionCapacityChanged(CapacityChanged)
  case enterpriseRegistered(EnterpriseRegistered)
  case enterpriseCapacityChanged(CapacityChanged)
  case demandDeclared(DemandDeclared)
  case mentorRegistered(MentorRegistered)
  case mentorCapacityChanged(CapacityChanged)
  case policyPublished(PolicyPublished)
  case roundRun(RoundRun)
  case roundPublished(RunPublished)
  case matchingRun(MatchingRun)
  case matchingPublished(RunPublished)
  case applicationSubmitted(ApplicationSubmitted)

  /// The event's type name.
  public var type: EventType {
    switch self {
    case .learnerRegistered: .learnerRegistered
    case .categoryDeclared: .categoryDeclared
    case .categoryEnded: .categoryEnded
    case .consentRecorded: .consentRecorded
    case .consentWithdrawn: .consentWithdrawn
    case .diagnosticCompleted: .diagnosticCompleted
    case .stageEntered: .stageEntered
    case .stageLeft: .stageLeft
    case .termResult: .termResult
    case .mentorshipAssigned: .mentorshipAssigned
    case .mentorshipEnded: .mentorshipEnded
    case .awardGranted: .awardGranted
    case .awardRevoked: .awardRevoked
    case .awardPaid: .awardPaid
    case .learnerErased: .learnerErased
    case .institutionRegistered: .institutionRegistered
    case .institutionCapacityChanged: .institutionCapacityChanged
    case .enterpriseRegistered: .enterpriseRegistered
    case .enterpriseCapacityChanged: .enterpriseCapacityChanged
    case .demandDeclared: .demandDeclared
    case .mentorRegistered: .mentorRegistered
    case .mentorCapacityChanged: .mentorCapacityChanged
    case .policyPublished: .policyPublished
    case .roundRun: .roundRun
    case .roundPublished: .roundPublished
    case .matchingRun: .matchingRun
    case .matchingPublished: .matchingPublished
    case .applicationSubmitted: .applicationSubmitted
    }
  }
}
