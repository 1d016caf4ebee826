/// `learner.application_submitted`: the learner applied to a policy that considers applicants
/// only (`jol import applications`). The event's effective date is the day of application (the
/// `applied_on` fact).
public struct ApplicationSubmitted: Hashable, Codable, Sendable {
  /// The policy applied to.
  public var policy: PolicyID
  /// Programmes (policies) in the learner's order of preference, when they ranked several of
  /// one round; empty otherwise.
  public var preferences: [PolicyID]

  public init(policy: PolicyID, preferences: [PolicyID] = []) {
    self.policy = policy
    self.preferences = preferences
  }
}
