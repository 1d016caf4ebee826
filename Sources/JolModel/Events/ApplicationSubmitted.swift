/// `learner.application_submitted`: the learner applied to a policy that considers applicants
/// only (`jol import applications`). The event's effective date is the day of application (the
/// `applied_on` fact).
///
/// An application to a grant for targeted or dual training is also where an officer records
/// the tripartite agreement (learner, college, co-funding enterprise): the enterprise, whether
/// the agreement is signed and the years of work in the region the learner undertakes. These
/// fields are optional and omitted when nil, so schema version 1 without them reads as before;
/// nil means "not recorded" (an unknown fact), never "no".
public struct ApplicationSubmitted: Hashable, Codable, Sendable {
  /// The policy applied to.
  public var policy: PolicyID
  /// Programmes (policies) in the learner's order of preference, when they ranked several of
  /// one round; empty otherwise.
  public var preferences: [PolicyID]
  /// The enterprise co-funding the training (its BIN), the `employer` fact of this policy.
  public var enterprise: EnterpriseID?
  /// Whether the tripartite agreement with the enterprise is signed: the
  /// `enterprise_agreement` fact.
  public var agreement: Bool?
  /// Whole years the learner undertakes to work in the region after graduation, in
  /// ``workObligationYearsRange``: the `work_obligation_years` fact.
  public var workObligationYears: Int?

  /// The years of work obligation the event accepts (the fact's range).
  public static let workObligationYearsRange = 0...20

  /// An application; the agreement fields default to "not recorded".
  public init(
    policy: PolicyID, preferences: [PolicyID] = [], enterprise: EnterpriseID? = nil,
    agreement: Bool? = nil, workObligationYears: Int? = nil
  ) {
    self.policy = policy
    self.preferences = preferences
    self.enterprise = enterprise
    self.agreement = agreement
    self.workObligationYears = workObligationYears
  }

  enum CodingKeys: String, CodingKey {
    case policy, preferences, enterprise, agreement
    case workObligationYears = "work_obligation_years"
  }
}
