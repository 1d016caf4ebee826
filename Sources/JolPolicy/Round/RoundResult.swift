import JolModel

/// One applicant to a round: the facts, the day of application, and ranked preferences between
/// the programmes (policies) of the round.
public struct Applicant: Sendable {
  public var facts: Facts
  /// Day of application; sets the `applied_on` fact when given.
  public var appliedOn: CivilDate?
  /// Policies in order of preference; empty means every policy of the round, in round order.
  public var preferences: [PolicyID]

  public init(facts: Facts, appliedOn: CivilDate? = nil, preferences: [PolicyID] = []) {
    self.facts = facts
    self.appliedOn = appliedOn
    self.preferences = preferences
  }

  public var subject: String { facts.id }
}

/// What a round decided for one applicant under one policy.
public enum RoundStatus: String, Sendable {
  case awarded
  /// Eligible, but the seats or the budget ran out before this rank.
  case notAwarded = "not-awarded"
  /// Eligible here, but awarded a preferred policy of the round (one award per learner).
  case awardedElsewhere = "awarded-elsewhere"
  case ineligible
  case needsInformation = "needs-information"
  /// A second application of the same subject; only the first counts.
  case duplicate
}

/// What stopped an eligible applicant: seats or budget.
public enum RoundLimit: String, Sendable {
  case seats
  case budget
}

/// One applicant's line in a policy's round result.
public struct RoundEntry: Sendable {
  public var subject: String
  /// Rank among the eligible applicants of this policy, 1-based; nil when not eligible.
  public var rank: Int?
  public var status: RoundStatus
  /// `general` or the name of the reserved quota that awarded.
  public var pool: String?
  public var amount: Amount?
  public var limit: RoundLimit?
  public var failedReasons: [String]
  public var missingFacts: [Fact]
  /// Values of the rank keys, for the explanation.
  public var rankValues: [NamedValue]
}

/// A pool of seats: the general one or a reserved quota.
public struct PoolResult: Sendable {
  public var name: String
  /// Seats of the pool (for general: after quotas released theirs); nil when unlimited.
  public var seats: Int?
  public var awarded: Int
  /// Unused reserved seats passed to the general pool.
  public var released: Int
  /// Unused reserved seats left empty, as the policy says.
  public var vacant: Int
  /// Rank values of the last applicant awarded from this pool.
  public var cutoff: [NamedValue]
}

/// A round's result for one policy.
public struct PolicyRoundResult: Sendable {
  public var policy: PolicyID
  public var version: String
  public var textHash: String
  public var title: LocalizedText
  public var seats: Int?
  public var budget: Amount?
  public var spent: Money
  public var pools: [PoolResult]
  /// Eligible applicants in rank order, then the others in application order.
  public var entries: [RoundEntry]
  /// Why the allocation could not be completed (the awards' total past ``Money/maximum``, at
  /// the policy's `amount` line); nil for a complete round. A result with an error must not
  /// be published.
  public var error: Diagnostic?
  /// What each criterion requires, by reason key: how listings name a criterion not met.
  public var requirementTexts: [String: LocalizedText] = [:]

}

/// The result of a funding round: reproducible from the same inputs and seed.
public struct RoundResult: Sendable {
  public var asOf: CivilDate
  /// The seed text of each policy's lottery, as used.
  public var seeds: [String]
  public var policies: [PolicyRoundResult]

  /// Every policy's error (see ``PolicyRoundResult/error``): a round with any is incomplete and
  /// must be reported, not recorded.
  public var errors: [Diagnostic] { policies.compactMap(\.error) }
}
