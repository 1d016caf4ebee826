import JolModel

/// The outcome of a policy for one learner on one date.
public enum Outcome: String, Sendable, Codable {
  case eligible
  case ineligible
  /// Some fact a criterion needs is missing; ``Decision/missingFacts`` names them.
  case needsInformation = "needs-information"
}

/// A criterion's status in a decision.
public enum CriterionStatus: String, Sendable, Codable {
  case pass
  case fail
  case unknown
  /// Failed or unknown, but an exception (`waive … when …`) applied.
  case waived
}

/// An amount of money per period.
public struct Amount: Hashable, Sendable {
  public var value: Money
  public var per: Period

  public init(value: Money, per: Period) {
    self.value = value
    self.per = per
  }
}

/// A fact or parameter and the value a criterion used (nil: unknown).
public struct NamedValue: Hashable, Sendable {
  public var name: String
  public var value: Value?
}

/// A parameter's value on the decision date and the day that value took effect.
public struct ParameterUse: Hashable, Sendable {
  public var name: String
  public var value: Value
  public var from: CivilDate
}

/// How far a failed numeric threshold was missed: "needs GPA +0.1".
public struct NearestMiss: Hashable, Sendable {
  public var fact: Fact
  public var value: Value
  public var required: Value
  /// The change needed (positive: more; negative: less), in the fact's unit.
  public var change: Value
  /// True when the threshold itself is excluded (`>`/`<`): the change must be exceeded.
  public var strict: Bool
}

/// One criterion of a decision: status, the reason key and the values it used.
public struct CriterionResult: Hashable, Sendable {
  public var id: String
  public var status: CriterionStatus
  public var values: [NamedValue]
  public var nearestMiss: [NearestMiss]
  /// Priority of the exception that decided the status, when one did.
  public var decidedByPriority: Int?
}

/// A supplement considered for an eligible learner.
public struct SupplementResult: Hashable, Sendable {
  public var id: String
  public var status: CriterionStatus
  public var rate: Value
  public var added: Money
}

/// A decision with everything needed to explain and reproduce it.
public struct Decision: Sendable {
  public var subject: String
  /// The deciding policy's identity and texts, which every decision under it shares.
  let source: DecisionSource
  public var asOf: CivilDate
  public var outcome: Outcome
  public var amount: Amount?
  public var criteria: [CriterionResult]
  public var supplements: [SupplementResult]
  public var parameters: [ParameterUse]
  /// Facts whose absence makes the outcome unknown, in vocabulary order.
  public var missingFacts: [Fact]

  public var policy: PolicyID { source.policy }
  public var version: String { source.version }
  /// SHA-256 of the policy text.
  public var textHash: String { source.textHash }
  /// Texts of every reason key of the policy (and the built-in ones), for rendering.
  public var reasonTexts: [String: LocalizedText] { source.reasonTexts }
  /// What each criterion requires, by reason key: how a passed criterion is shown.
  public var requirementTexts: [String: LocalizedText] { source.requirementTexts }
  /// The TVET classifier the policy's codes were checked against (its version), if any.
  public var classifierVersion: String? { source.classifierVersion }
  public var policyTitle: LocalizedText { source.title }

  /// Keys of failed criteria, in policy order.
  public var failedReasons: [String] { criteria.filter { $0.status == .fail }.map(\.id) }
}

/// A decision without explanations: what the fast path computes.
public struct QuickDecision: Hashable, Sendable {
  public var outcome: Outcome
  /// The amount in tiyn per the policy's period; nil when not eligible or the policy pays none.
  public var amount: Money?
}
