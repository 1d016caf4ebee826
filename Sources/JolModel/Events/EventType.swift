/// The type name of an event, `stream-kind.what_happened` (`learner.stage_entered`). An open
/// set as a type (names are data in the log), with every type this version knows as a static
/// member. What each type is (its stream kind, schema versions, payload) is its row in
/// ``EventRegistry``.
public struct EventType: RawRepresentable, Hashable, Comparable, Codable, Sendable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public static let learnerRegistered = Self(rawValue: "learner.registered")
  public static let categoryDeclared = Self(rawValue: "learner.category_declared")
  public static let categoryEnded = Self(rawValue: "learner.category_ended")
  public static let consentRecorded = Self(rawValue: "learner.consent_recorded")
  public static let consentWithdrawn = Self(rawValue: "learner.consent_withdrawn")
  public static let diagnosticCompleted = Self(rawValue: "learner.diagnostic_completed")
  public static let stageEntered = Self(rawValue: "learner.stage_entered")
  public static let stageLeft = Self(rawValue: "learner.stage_left")
  public static let termResult = Self(rawValue: "learner.term_result")
  public static let mentorshipAssigned = Self(rawValue: "learner.mentorship_assigned")
  public static let mentorshipEnded = Self(rawValue: "learner.mentorship_ended")
  public static let awardGranted = Self(rawValue: "learner.award_granted")
  public static let awardRevoked = Self(rawValue: "learner.award_revoked")
  public static let awardPaid = Self(rawValue: "learner.award_paid")
  public static let learnerErased = Self(rawValue: "learner.erased")
  public static let institutionRegistered = Self(rawValue: "institution.registered")
  public static let institutionCapacityChanged = Self(rawValue: "institution.capacity_changed")
  public static let enterpriseRegistered = Self(rawValue: "enterprise.registered")
  public static let enterpriseCapacityChanged = Self(rawValue: "enterprise.capacity_changed")
  public static let demandDeclared = Self(rawValue: "enterprise.demand_declared")
  public static let mentorRegistered = Self(rawValue: "mentor.registered")
  public static let mentorCapacityChanged = Self(rawValue: "mentor.capacity_changed")
  public static let policyPublished = Self(rawValue: "policy.published")
  public static let roundRun = Self(rawValue: "round.run")
  public static let roundPublished = Self(rawValue: "round.published")
  public static let matchingRun = Self(rawValue: "matching.run")
  public static let matchingPublished = Self(rawValue: "matching.published")
  public static let applicationSubmitted = Self(rawValue: "learner.application_submitted")
  public static let mentorPreferencesDeclared = Self(
    rawValue: "learner.mentor_preferences_declared")
}
