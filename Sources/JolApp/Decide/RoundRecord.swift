import JolModel
import JolPolicy

/// What `jol round run` records, in one atomic batch: the texts of the policies it used (once
/// per text), the run, and an award per winner.
struct RoundRecord {
  let id: RoundID
  let inputs: RoundInputs
  let result: RoundResult
  /// The other policies of the exclusivity group, as the round resolved it.
  let group: [CompiledPolicy]
  /// The day the record is made (effective date of new `policy.published` events).
  let today: CivilDate
  /// The earlier round this one replaces, whose awards it revokes.
  var supersession: RoundSupersession? = nil

  /// Round ids are deterministic: `<policy>-<as-of>`, with the first eight hex digits of the
  /// seed's SHA-256 appended when a seed is given (`akim-named-scholarship-2026-10-15-3fa9c1d2`).
  /// The same round can therefore be recorded only once; a second round on the same date needs
  /// its own seed.
  static func id(policy: PolicyID, asOf: CivilDate, seed: String) -> RoundID {
    let base = "\(policy.rawValue)-\(asOf)"
    return RoundID(seed.isEmpty ? base : base + "-" + SHA256.hex(seed).prefix(8))
  }

  /// `id`, or when a round with it is recorded already, the first of `id-r2`, `id-r3`, … that
  /// is free (a round that supersedes one of the same date and seed).
  static func freeID(_ id: RoundID, in state: ClusterState) -> RoundID {
    guard state.rounds[id] != nil else { return id }
    var number = 2
    while state.rounds[RoundID("\(id)-r\(number)")] != nil { number += 1 }
    return RoundID("\(id)-r\(number)")
  }

  /// The policy's version as the log numbers versions (1, 2, …).
  /// - Throws: ``CommandError`` 65 for a version that is not a whole number.
  static func logVersion(_ policy: CompiledPolicy) throws -> Int {
    guard let version = Int(policy.version), version >= 1 else {
      throw CommandError(Messages.versionNotNumber(policy), exitCode: .dataError)
    }
    return version
  }

  /// The `round.run` event.
  /// - Throws: ``CommandError`` 65 when the policies' totals together cannot be counted.
  /// - Parameter form: the canonical form the results are hashed in (nil: form 1, of rounds
  ///   recorded before forms were versioned); new rounds use the current one.
  func run(form: Int? = RoundResult.currentForm) throws -> RoundRun {
    let entries = result.policies.flatMap(\.entries)
    var total = Money.zero
    for policy in result.policies {
      let (sum, overflow) = total.addingReportingOverflow(policy.spent)
      guard !overflow else {
        throw CommandError(Messages.totalOverflow(inputs.policy), exitCode: .dataError)
      }
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

  /// Every event of the record, in order.
  /// - Parameter published: the events already in the log of each policy used (to publish a
  ///   text only once, and to refuse a changed text under a published version number).
  /// - Throws: ``CommandError`` 65 when a policy's text differs from the one the log holds
  ///   for the same version.
  func drafts(published: (PolicyID) throws -> [PolicyPublished]) throws -> [EventDraft] {
    var drafts: [EventDraft] = []
    for policy in [inputs.policy] + group {
      let version = try Self.logVersion(policy)
      let existing = try published(policy.id)
      if existing.contains(where: { $0.sha256 == policy.textHash }) { continue }
      if let other = existing.first(where: { $0.version == version }) {
        throw CommandError(
          Messages.changedWithoutVersion(policy, logged: other.sha256), exitCode: .dataError)
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

extension Messages {
  static func totalOverflow(_ policy: CompiledPolicy) -> LocalizedText {
    LocalizedText(
      kk: "\(policy.file): конкурстың жалпы сомасын есептеу мүмкін емес (тым үлкен)",
      ru: "\(policy.file): общую сумму конкурса нельзя сосчитать (слишком велика)",
      en: "\(policy.file): the round's total amount cannot be counted (too large)")
  }

  static func versionNotNumber(_ policy: CompiledPolicy) -> LocalizedText {
    LocalizedText(
      kk:
        "\(policy.file): «\(policy.id)» нұсқасы «\(policy.version)» бүтін сан емес; журнал нұсқаларды 1, 2, 3… деп нөмірлейді",
      ru:
        "\(policy.file): версия «\(policy.version)» политики «\(policy.id)» не целое число; журнал нумерует версии 1, 2, 3…",
      en:
        "\(policy.file): version '\(policy.version)' of '\(policy.id)' is not a whole number; the log numbers versions 1, 2, 3…"
    )
  }

  static func changedWithoutVersion(_ policy: CompiledPolicy, logged: String) -> LocalizedText {
    LocalizedText(
      kk:
        "\(policy.file): «\(policy.id)» \(policy.version)-нұсқасы журналда басқа мәтінмен тіркелген (sha256 \(logged.prefix(12))…); өзгертілген ережеге жаңа нұсқа беріңіз",
      ru:
        "\(policy.file): версия \(policy.version) политики «\(policy.id)» уже записана в журнал с другим текстом (sha256 \(logged.prefix(12))…); дайте изменённой политике новую версию",
      en:
        "\(policy.file): version \(policy.version) of '\(policy.id)' is in the log with another text (sha256 \(logged.prefix(12))…); give the changed policy a new version"
    )
  }
}
