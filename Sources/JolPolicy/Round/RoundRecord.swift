import JolModel

/// What a funding round records, in one atomic batch: the texts of the policies it used (once
/// per text), the revocations of a round it supersedes, the run, and an award per winner.
public struct RoundRecord: Sendable {
  /// The round's id (``id(policy:asOf:seed:)``).
  public let id: RoundID
  /// What the round decided from.
  public let inputs: RoundInputs
  /// What it decided.
  public let result: RoundResult
  /// The other policies of the exclusivity group, as the round resolved it.
  public let group: [CompiledPolicy]
  /// The day the record is made (effective date of new `policy.published` events).
  public let today: CivilDate
  /// The earlier round this one replaces, whose awards it revokes.
  public var supersession: RoundSupersession?

  /// The record of round `id` deciding `result` from `inputs`.
  public init(
    id: RoundID, inputs: RoundInputs, result: RoundResult, group: [CompiledPolicy],
    today: CivilDate, supersession: RoundSupersession? = nil
  ) {
    self.id = id
    self.inputs = inputs
    self.result = result
    self.group = group
    self.today = today
    self.supersession = supersession
  }

  /// Round ids are deterministic: `<policy>-<as-of>`, with the first eight hex digits of the
  /// seed's SHA-256 appended when a seed is given (`akim-named-scholarship-2026-10-15-3fa9c1d2`).
  /// The same round can therefore be recorded only once; a second round on the same date needs
  /// its own seed.
  public static func id(policy: PolicyID, asOf: CivilDate, seed: String) -> RoundID {
    let base = "\(policy.rawValue)-\(asOf)"
    return RoundID(seed.isEmpty ? base : base + "-" + SHA256.hex(seed).prefix(8))
  }

  /// `id`, or when a round with it is recorded already, the first of `id-r2`, `id-r3`, … that
  /// is free (a round that supersedes one of the same date and seed).
  public static func freeID(_ id: RoundID, in state: ClusterState) -> RoundID {
    guard state.rounds[id] != nil else { return id }
    var number = 2
    while state.rounds[RoundID("\(id)-r\(number)")] != nil { number += 1 }
    return RoundID("\(id)-r\(number)")
  }

  /// The policy's version as the log numbers versions (1, 2, …).
  /// - Throws: ``RoundRecordError/versionNotNumber(_:)``.
  public static func logVersion(_ policy: CompiledPolicy) throws(RoundRecordError) -> Int {
    guard let version = Int(policy.version), version >= 1 else {
      throw .versionNotNumber(policy)
    }
    return version
  }

  /// The `round.run` event.
  /// - Parameter form: the canonical form the results are hashed in (nil: form 1, of rounds
  ///   recorded before forms were versioned); new rounds use the current one.
  /// - Throws: ``RoundRecordError/totalOverflow(_:)`` when the policies' totals together cannot
  ///   be counted; ``RoundRecordError/versionNotNumber(_:)``.
  public func run(form: Int? = RoundResult.currentForm) throws(RoundRecordError) -> RoundRun {
    let entries = result.policies.flatMap(\.entries)
    var total = Money.zero
    for policy in result.policies {
      let (sum, overflow) = total.addingReportingOverflow(policy.spent)
      guard !overflow else { throw .totalOverflow(inputs.policy) }
      total = sum
    }
    return RoundRun(
      policy: inputs.policy.id, policyVersion: try Self.logVersion(inputs.policy),
      policySHA256: inputs.policy.textHash, groupSHA256: group.map(\.textHash),
      asOf: inputs.asOf, logPosition: inputs.logPosition, seed: inputs.seed,
      applicants: entries.count, awarded: entries.filter { $0.status == .awarded }.count,
      totalAmount: total,
      resultsSHA256: result.resultsSHA256(form: form ?? 1), resultsForm: form,
      supersedes: supersession?.round,
      supersedeReason: supersession?.reason, classifier: inputs.policy.classifierVersion)
  }

  /// Every event of the record, in order: `policy.published` for each policy text the log does
  /// not hold yet, the superseded round's revocations, `round.run`, and an `award_granted` per
  /// winner for the award period (``AwardPeriod``).
  /// - Parameter published: the events already in the log of each policy used (to publish a
  ///   text only once, and to refuse a changed text under a published version number).
  /// - Throws: ``RoundRecordError/changedWithoutVersion(_:logged:)`` when a policy's text
  ///   differs from the one the log holds for the same version; what `published` throws.
  public func drafts(published: (PolicyID) throws -> [PolicyPublished]) throws -> [EventDraft] {
    var drafts: [EventDraft] = []
    for policy in [inputs.policy] + group {
      let version = try Self.logVersion(policy)
      let existing = try published(policy.id)
      if existing.contains(where: { $0.sha256 == policy.textHash }) { continue }
      if let other = existing.first(where: { $0.version == version }) {
        throw RoundRecordError.changedWithoutVersion(policy, logged: other.sha256)
      }
      drafts.append(
        EventDraft(
          stream: .policy(policy.id), effective: today,
          event: .policyPublished(
            PolicyPublished(version: version, text: policy.text, sha256: policy.textHash))))
    }
    let run = try run()
    drafts += supersession?.drafts(newRound: id) ?? []
    drafts.append(EventDraft(stream: .round(id), effective: inputs.asOf, event: .roundRun(run)))
    let period = AwardPeriod(policy: inputs.policy, asOf: inputs.asOf)
    for policyResult in result.policies {
      for entry in policyResult.entries where entry.status == .awarded {
        let rate = entry.amount?.value ?? .zero
        let award = AwardGranted(
          policy: policyResult.policy, policyVersion: run.policyVersion, round: id,
          amount: period.total(rate, per: entry.amount?.per ?? .year), periodStart: period.start,
          periodEnd: period.end)
        drafts.append(
          EventDraft(
            stream: .learner(LearnerID(entry.subject)), effective: period.start,
            event: .awardGranted(award)))
      }
    }
    return drafts
  }
}
