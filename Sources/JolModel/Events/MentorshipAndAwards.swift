/// `learner.mentorship_assigned`: a mentor at an enterprise takes the learner.
///
/// `reason` is optional and omitted when nil, so assignments recorded before it was kept read
/// as before (schema version 1).
public struct MentorshipAssigned: Hashable, Codable, Sendable {
  public var mentor: MentorID
  public var enterprise: EnterpriseID
  /// The matching run that made the assignment; nil when assigned by hand.
  public var matching: MatchingRunID?
  /// Why a coordinator assigned by hand (`jol mentors move --reason`); never personal data.
  /// The envelope's actor says who did.
  public var reason: String?

  public init(
    mentor: MentorID, enterprise: EnterpriseID, matching: MatchingRunID? = nil,
    reason: String? = nil
  ) {
    self.mentor = mentor
    self.enterprise = enterprise
    self.matching = matching
    self.reason = reason
  }
}

/// Why a mentorship ended.
public enum MentorshipEndReason: String, CaseIterable, Codable, Sendable {
  case completed
  /// The learner or the mentor withdrew.
  case withdrawn
  /// Replaced by an assignment to another mentor.
  case reassigned
  case other
}

/// `learner.mentorship_ended`.
public struct MentorshipEnded: Hashable, Codable, Sendable {
  public var mentor: MentorID
  public var reason: MentorshipEndReason

  public init(mentor: MentorID, reason: MentorshipEndReason) {
    self.mentor = mentor
    self.reason = reason
  }
}

/// `learner.award_granted`: a grant or scholarship decided by a policy in a round.
public struct AwardGranted: Hashable, Codable, Sendable {
  public var policy: PolicyID
  public var policyVersion: Int
  public var round: RoundID
  /// The amount for the whole period.
  public var amount: Money
  public var periodStart: CivilDate
  /// Last day of the period (inclusive).
  public var periodEnd: CivilDate

  public init(
    policy: PolicyID, policyVersion: Int, round: RoundID, amount: Money, periodStart: CivilDate,
    periodEnd: CivilDate
  ) {
    self.policy = policy
    self.policyVersion = policyVersion
    self.round = round
    self.amount = amount
    self.periodStart = periodStart
    self.periodEnd = periodEnd
  }

  enum CodingKeys: String, CodingKey {
    case policy
    case policyVersion = "policy_version"
    case round, amount
    case periodStart = "period_start"
    case periodEnd = "period_end"
  }
}

/// `learner.award_revoked`: an award ends before its period does, from the effective date.
public struct AwardRevoked: Hashable, Codable, Sendable {
  public var policy: PolicyID
  public var round: RoundID
  /// A reason code (`expelled`, `gpa-below-minimum`); never personal data.
  public var reason: String

  public init(policy: PolicyID, round: RoundID, reason: String) {
    self.policy = policy
    self.round = round
    self.reason = reason
  }
}

/// `learner.award_paid`: a payment of an award for a period (usually a month).
public struct AwardPaid: Hashable, Codable, Sendable {
  public var policy: PolicyID
  public var round: RoundID
  public var amount: Money
  public var periodStart: CivilDate
  public var periodEnd: CivilDate

  public init(
    policy: PolicyID, round: RoundID, amount: Money, periodStart: CivilDate, periodEnd: CivilDate
  ) {
    self.policy = policy
    self.round = round
    self.amount = amount
    self.periodStart = periodStart
    self.periodEnd = periodEnd
  }

  enum CodingKeys: String, CodingKey {
    case policy, round, amount
    case periodStart = "period_start"
    case periodEnd = "period_end"
  }
}
