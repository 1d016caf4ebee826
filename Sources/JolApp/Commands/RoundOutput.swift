import JolFormat
import JolModel
import JolPolicy

/// How `jol round run` and `jol round replay` print a round: per applicant rank, result and
/// why, then a summary; or the JSON lines of ``RoundRenderer`` and a summary object.
enum RoundOutput {
  static func print(
    _ result: RoundResult, id: RoundID, run: RoundRun, recorded: Bool, format: OutputFormat,
    context: Context, replay: Bool = false
  ) {
    let language = context.language
    if format == .json {
      for line in RoundRenderer.json(result, language: language) { context.output(line) }
      context.output(
        JSONValue.object([
          ("round", .string(id.rawValue)), ("recorded", .bool(recorded)),
          ("log_position", .number(String(run.logPosition))), ("seed", .string(run.seed)),
          ("applicants", .number(String(run.applicants))),
          ("awarded", .number(String(run.awarded))),
          ("total_amount", .string(run.totalAmount.description)),
          ("policy_sha256", .string(run.policySHA256)),
          ("results_sha256", .string(run.resultsSHA256)),
        ]).compact)
      return
    }
    for policy in result.policies {
      context.output(
        "\(policy.title[language]) (\(policy.policy) v\(policy.version), \(result.asOf))")
      for pool in RoundRenderer.pools(policy, language: language) { context.output("  " + pool) }
      for entry in policy.entries {
        let rank = entry.rank.map { "#\($0)" } ?? "—"
        context.output(
          "  \(entry.subject)  \(rank)  \(entry.status.title[language]): "
            + RoundRenderer.why(entry, in: policy, language: language))
      }
    }
    let labels = Labels(language)
    context.output("")
    context.output("\(labels.round): \(id)")
    context.output(
      "\(labels.applicants): \(run.applicants); \(labels.awarded): \(run.awarded); \(labels.total): \(LocalNumber.money(run.totalAmount, language))"
    )
    context.output("\(labels.results): sha256 \(run.resultsSHA256)")
    if !replay { context.output(recorded ? labels.recorded : labels.dryRun) }
  }

  private struct Labels {
    let language: Language
    init(_ language: Language) { self.language = language }
    var round: String { RoundText.round.text(in: language) }
    var applicants: String {
      RoundText.applicants.text(in: language)
    }
    var awarded: String {
      RoundText.awarded.text(in: language)
    }
    var total: String { RoundText.total.text(in: language) }
    var results: String { RoundText.results.text(in: language) }
    var recorded: String {
      RoundText.recorded.text(in: language)
    }
    var dryRun: String {
      RoundText.dryRun.text(in: language)
    }
  }
}

extension RoundStatus {
  /// The result as an applicant reads it.
  var title: LocalizedText {
    switch self {
    case .awarded: RoundText.awarded.text()
    case .notAwarded: RoundText.notAwarded.text()
    case .awardedElsewhere:
      RoundText.awardedElsewhere.text()
    case .ineligible: RoundText.ineligible.text()
    case .needsInformation:
      RoundText.needsInformation.text()
    case .duplicate: RoundText.duplicate.text()
    }
  }
}
