import JolModel
import JolPolicy

/// `jol round run --policy ID --as-of DATE [--seed TEXT] [--dry-run] [--format text|json]`:
/// a funding round from the log. Ranks the eligible applicants (or, for `consider all`, every
/// matching learner), fills reserved quotas, seats and the budget (``Round``), prints each
/// applicant's rank, result and why, and records in one atomic batch the policy text used
/// (once per text), the `round.run` (inputs, summary, results hash) and an `award_granted` per
/// winner. `--dry-run` records nothing. The round id is deterministic (``RoundRecord/id``): a
/// round already recorded is refused (exit 65) and can be replayed instead. A round of the same
/// policy for an overlapping period is refused too (``RoundSupersession``), unless the earlier
/// one is named with `--supersede ROUND-ID --reason TEXT`: its awards are then revoked in the
/// same batch, and the new round gets the next free id (`…-r2`).
struct RoundRunCommand: Command {
  var name: String { "run" }
  var summary: LocalizedText {
    RoundText.runSummary.text()
  }
  var synopsis: String {
    "--policy ID --as-of YYYY-MM-DD [--seed TEXT] [--supersede ROUND-ID --reason TEXT] [--dry-run] "
      + "[--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "policy", value: "ID",
        help: RoundText.policyOption.text()),
      .asOf,
      OptionSpec(
        "seed", value: "TEXT",
        help: RoundText.seedOption.text()),
      OptionSpec(
        "supersede", value: "ROUND-ID",
        help: RoundText.supersedeOption.text()),
      OptionSpec(
        "reason", value: "TEXT",
        help: RoundText.supersedeReasonOption.text()),
      OptionSpec(
        "dry-run",
        help: RoundText.dryRunOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    guard let policyID = arguments.value("policy"), arguments.value("as-of") != nil else {
      throw CommandError.usage(Messages.policyAndDateRequired)
    }
    let asOf = try arguments.date("as-of", default: context.console.today)
    let seed = arguments.value("seed") ?? ""
    let dryRun = arguments.flag("dry-run")
    let policies = try PolicyDirectory.load(context)
    let policy = try PolicyDirectory.policy(policyID, in: policies, on: asOf)
    guard policy.isInEffect(on: asOf) else {
      throw CommandError(Messages.notInEffect(policy, asOf), exitCode: .dataError)
    }
    _ = try CommandError.recordingRound { try RoundRecord.logVersion(policy) }
    let group = policy.exclusiveWith.compactMap { id in
      policies.policies.last { $0.id == id && $0.exclusiveGroup == policy.exclusiveGroup }
    }

    let supersede = try arguments.reason(pairedWith: "supersede").map { reason in
      (RoundID(arguments.value("supersede")!), reason)
    }
    // Everything is decided from a reader first: a refused round takes no lock and leaves the
    // data directory as it was. The writer decides again only if the log moved in between.
    let reader = try Store.openForReading(context)
    var decided = try decide(
      reader, policy: policy, group: group, asOf: asOf, seed: seed, supersede: supersede,
      today: context.console.today)
    if !dryRun {
      let writer = try Store.openForWriting(context)
      if writer.log?.lastSequence != reader.log?.lastSequence {
        decided = try decide(
          writer, policy: policy, group: group, asOf: asOf, seed: seed, supersede: supersede,
          today: context.console.today)
      }
      let drafts = try CommandError.recordingRound {
        try decided.record.drafts { policy in
          try writer.events(of: .policy(policy)).compactMap {
            if case .policyPublished(let published) = $0.event { published } else { nil }
          }
        }
      }
      try writer.append([drafts])
    }
    RoundOutput.print(
      decided.record.result, id: decided.record.id, run: decided.run, recorded: !dryRun,
      format: format, context: context)
    return .ok
  }

  /// The round as `store` decides it: checks (already run, overlapping rounds, the reason),
  /// inputs at the log's end, the result and its `round.run`.
  private func decide(
    _ store: Store, policy: CompiledPolicy, group: [CompiledPolicy], asOf: CivilDate,
    seed: String, supersede: (RoundID, String)?, today: CivilDate
  ) throws -> (record: RoundRecord, run: RoundRun) {
    let state = try store.currentState()
    var id = RoundRecord.id(policy: policy.id, asOf: asOf, seed: seed)
    if supersede == nil, state.rounds[id] != nil {
      throw CommandError(Messages.alreadyRun(id), exitCode: .dataError)
    }
    let supersession = try RoundSupersession.check(
      policy: policy, asOf: asOf, supersede: supersede, state: state)
    // The vault after the checks of the log alone: a round refused there is refused at once.
    let vault = try store.loadVault()
    if let (_, reason) = supersede {
      try FreeText.check(reason, option: "--reason", vault: vault)
    }
    try vault.checkCovers(state)
    if supersession != nil { id = RoundRecord.freeID(id, in: state) }
    let inputs = try RoundInputs.build(
      store, policy: policy, asOf: asOf, logPosition: store.log?.lastSequence ?? 0, seed: seed,
      supersedes: supersession?.round, vault: vault)
    let record = RoundRecord(
      id: id, inputs: inputs, result: try inputs.checkedRun(), group: group, today: today,
      supersession: supersession)
    return (record, try CommandError.recordingRound { try record.run() })
  }
}

extension Messages {
  static func notInEffect(_ policy: CompiledPolicy, _ date: CivilDate) -> LocalizedText {
    let window = "\(policy.effectiveFrom) … \(policy.effectiveTo.map(\.description) ?? "")"
    return RoundText.notInEffect.text([
      "id": "\(policy.id)", "date": "\(date)", "window": "\(window)",
    ])
  }

  static let policyAndDateRequired = RoundText.policyAndDateRequired.text()

  static func alreadyRun(_ id: RoundID) -> LocalizedText {
    RoundText.alreadyRun.text(["id": "\(id)"])
  }
}
