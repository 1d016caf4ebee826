import JolModel
import JolPolicy

/// `jol round run --policy ID --as-of DATE [--seed TEXT] [--dry-run] [--format text|json]`:
/// a funding round from the log. Ranks the eligible applicants (or, for `consider all`, every
/// matching learner), fills reserved quotas, seats and the budget (``Round``), prints each
/// applicant's rank, result and why, and records in one atomic batch the policy text used
/// (once per text), the `round.run` (inputs, summary, results hash) and an `award_granted` per
/// winner. `--dry-run` records nothing. The round id is deterministic (``RoundRecord/id``): a
/// round already recorded is refused (exit 65) and can be replayed instead.
struct RoundRunCommand: Command {
  var name: String { "run" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "конкурс өткізу: рейтинг, квоталар, орындар мен бюджет, марапаттарды тіркеу",
      ru: "провести конкурс: рейтинг, квоты, места и бюджет, записать награды",
      en: "run a funding round: rank, quotas, seats and budget; record the awards")
  }
  var synopsis: String {
    "--policy ID --as-of YYYY-MM-DD [--seed TEXT] [--dry-run] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "policy", value: "ID",
        help: LocalizedText(
          kk: "ереже идентификаторы", ru: "идентификатор политики", en: "policy id")),
      .asOf,
      OptionSpec(
        "seed", value: "TEXT",
        help: LocalizedText(
          kk: "жеребеге қосылатын мәтін (жаңа конкурс үшін)",
          ru: "текст, добавляемый к жребию (для нового конкурса)",
          en: "text added to the lottery seed (for a new round)")),
      OptionSpec(
        "dry-run",
        help: LocalizedText(
          kk: "нәтижені көрсету, ештеңе тіркемеу", ru: "показать результат, ничего не записывать",
          en: "show the result, record nothing")),
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
    _ = try RoundRecord.logVersion(policy)
    let group = policy.exclusiveWith.compactMap { id in
      policies.policies.last { $0.id == id && $0.exclusiveGroup == policy.exclusiveGroup }
    }

    let store = dryRun ? try Store.openForReading(context) : try Store.openForWriting(context)
    let id = RoundRecord.id(policy: policy.id, asOf: asOf, seed: seed)
    if !dryRun, try !store.events(of: .round(id)).isEmpty {
      throw CommandError(Messages.alreadyRun(id), exitCode: .dataError)
    }
    let inputs = try RoundInputs.build(
      store, policy: policy, asOf: asOf, logPosition: store.log?.lastSequence ?? 0, seed: seed)
    let result = inputs.run()
    let record = RoundRecord(
      id: id, inputs: inputs, result: result, group: group, today: context.console.today)
    let run = try record.run()
    if !dryRun {
      let drafts = try record.drafts { policy in
        try store.events(of: .policy(policy)).compactMap {
          if case .policyPublished(let published) = $0.event { published } else { nil }
        }
      }
      try store.append([drafts])
    }
    RoundOutput.print(
      result, id: id, run: run, recorded: !dryRun, format: format, context: context)
    return .ok
  }
}

extension Messages {
  static let policyAndDateRequired = LocalizedText(
    kk: "--policy ID және --as-of ЖЖЖЖ-АА-КК міндетті",
    ru: "нужны --policy ID и --as-of ГГГГ-ММ-ДД",
    en: "--policy ID and --as-of YYYY-MM-DD are required")

  static func alreadyRun(_ id: RoundID) -> LocalizedText {
    LocalizedText(
      kk:
        "\(id) конкурсы бұрын өткізілген; нәтижесін қайталау: jol round replay \(id); жаңа конкурс үшін --seed беріңіз",
      ru:
        "конкурс \(id) уже проведён; повторить его результат: jol round replay \(id); для нового конкурса укажите --seed",
      en:
        "round \(id) was already run; reproduce it with: jol round replay \(id); for a new round give --seed"
    )
  }
}
