/// Something that happened in the region, as the log records it: one case per event type,
/// each with its payload. The subject (which learner, institution…) is the envelope's stream.
///
/// Every event is as large as the enum's largest case, and is moved several times while it is
/// read and folded; the two largest payloads, of rare events (a round's and a matching's
/// run), are boxed (`indirect`): 184 bytes an event otherwise, 96 with them boxed.
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
  case enterpriseCapacityChanged(EnterpriseCapacityChanged)
  case demandDeclared(DemandDeclared)
  case mentorRegistered(MentorRegistered)
  case mentorCapacityChanged(CapacityChanged)
  case policyPublished(PolicyPublished)
  indirect case roundRun(RoundRun)
  case roundPublished(RunPublished)
  indirect case matchingRun(MatchingRun)
  case matchingPublished(RunPublished)
  case applicationSubmitted(ApplicationSubmitted)
  case mentorPreferencesDeclared(MentorPreferencesDeclared)

}
