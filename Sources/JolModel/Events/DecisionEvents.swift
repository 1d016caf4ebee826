/// `policy.published` (stream `policy/<id>`): the full text of a policy version that decisions
/// may use, so a decision can be replayed after the files in `Policies/` changed.
public struct PolicyPublished: Hashable, Codable, Sendable {
  /// Version number, increasing per policy.
  public var version: Int
  /// The policy's full source text.
  public var text: String
  /// SHA-256 of the text's UTF-8 bytes, 64 lowercase hexadecimal digits.
  public var sha256: String

  public init(version: Int, text: String, sha256: String) {
    self.version = version
    self.text = text
    self.sha256 = sha256
  }
}

/// `round.run` (stream `round/<id>`): a funding round was computed. The awards themselves are
/// `learner.award_granted` events; this records the inputs, a summary and a hash of the
/// results, so that `jol round replay` can rebuild the inputs and prove the same outcome.
public struct RoundRun: Hashable, Codable, Sendable {
  public var policy: PolicyID
  public var policyVersion: Int
  /// SHA-256 of the policy text the round used (its `policy.published` event holds the text).
  public var policySHA256: String
  /// SHA-256 of the texts of the other policies of the policy's exclusivity group the round
  /// resolved the group with (each also published); empty when the policy has no group.
  public var groupSHA256: [String]
  /// The decision date: facts are taken as of this date.
  public var asOf: CivilDate
  /// The global sequence of the last event the round read.
  public var logPosition: UInt64
  /// The lottery seed of the tie-break (empty: the policy's own seed only).
  public var seed: String
  public var applicants: Int
  public var awarded: Int
  /// Sum of the awarded amounts, each per the policy's amount period.
  public var totalAmount: Money
  /// SHA-256 of the results in their canonical form, of version ``resultsForm``.
  public var resultsSHA256: String
  /// The version of the canonical form hashed; nil for rounds recorded before forms were
  /// versioned (form 1: the JSON lines of `jol round run --format json --lang en`).
  public var resultsForm: Int?
  /// The earlier round of the same policy and period this one replaces (its awards are revoked
  /// in the same batch), and the operator's reason; nil for a first round.
  public var supersedes: RoundID?
  public var supersedeReason: String?
  /// The version of the TVET classifier the policy's codes were checked against
  /// (`SpecialtyClassifier.version`); nil for rounds recorded before it was kept.
  public var classifier: String?

  public init(
    policy: PolicyID, policyVersion: Int, policySHA256: String, groupSHA256: [String] = [],
    asOf: CivilDate, logPosition: UInt64, seed: String, applicants: Int, awarded: Int,
    totalAmount: Money, resultsSHA256: String, resultsForm: Int? = nil,
    supersedes: RoundID? = nil, supersedeReason: String? = nil, classifier: String? = nil
  ) {
    self.classifier = classifier
    self.resultsForm = resultsForm
    self.supersedes = supersedes
    self.supersedeReason = supersedeReason
    self.policy = policy
    self.policyVersion = policyVersion
    self.policySHA256 = policySHA256
    self.groupSHA256 = groupSHA256
    self.asOf = asOf
    self.logPosition = logPosition
    self.seed = seed
    self.applicants = applicants
    self.awarded = awarded
    self.totalAmount = totalAmount
    self.resultsSHA256 = resultsSHA256
  }

  enum CodingKeys: String, CodingKey {
    case policy
    case policyVersion = "policy_version"
    case policySHA256 = "policy_sha256"
    case groupSHA256 = "group_sha256"
    case asOf = "as_of"
    case logPosition = "log_position"
    case seed, applicants, awarded
    case totalAmount = "total_amount"
    case resultsSHA256 = "results_sha256"
    case resultsForm = "results_form"
    case supersedes
    case supersedeReason = "supersede_reason"
    case classifier
  }
}

/// `matching.run` (stream `matching/<id>`): a mentor assignment was computed.
public struct MatchingRun: Hashable, Codable, Sendable {
  /// The mentoring programme in `Policies/mentoring/`.
  public var programme: String
  public var asOf: CivilDate
  public var logPosition: UInt64
  public var seed: String
  public var students: Int
  public var mentors: Int
  public var assigned: Int
  /// Blocking pairs found by the independent checker: 0 for a stable assignment.
  public var blockingPairs: Int

  public init(
    programme: String, asOf: CivilDate, logPosition: UInt64, seed: String, students: Int,
    mentors: Int, assigned: Int, blockingPairs: Int
  ) {
    self.programme = programme
    self.asOf = asOf
    self.logPosition = logPosition
    self.seed = seed
    self.students = students
    self.mentors = mentors
    self.assigned = assigned
    self.blockingPairs = blockingPairs
  }

  enum CodingKeys: String, CodingKey {
    case programme
    case asOf = "as_of"
    case logPosition = "log_position"
    case seed, students, mentors, assigned
    case blockingPairs = "blocking_pairs"
  }
}

/// `round.published` / `matching.published`: the run's results were made public on the
/// effective date. No fields.
public struct RunPublished: Hashable, Codable, Sendable {
  public init() {}
}
