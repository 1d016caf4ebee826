import JolModel

/// A `.tests` file as parsed: the policy it tests and its cases.
public struct PolicyTestFile: Sendable {
  public var file: String
  public var policy: PolicyID
  public var version: String?
  public var cases: [PolicyTestCase]
  /// Round cases (`round "…"`): who a round over given applicants awards.
  public var rounds: [PolicyRoundCase] = []
}

/// One case: facts on a date, and what the decision must be.
public struct PolicyTestCase: Sendable {
  public var name: String
  public var location: SourceLocation
  public var asOf: CivilDate
  public var facts: Facts
  public var outcome: Outcome
  /// Expected amount, or nil for "amount none"; not checked when `amountGiven` is false.
  public var amount: Amount?
  public var amountGiven: Bool
  /// Expected failed (or, for needs-information, unknown) criteria, exactly; nil: not checked.
  public var reasons: [String]?
  /// Expected waived criteria, exactly; nil: not checked.
  public var waived: [String]?
  /// Expected missing facts, exactly; nil: not checked.
  public var missing: [Fact]?
}
