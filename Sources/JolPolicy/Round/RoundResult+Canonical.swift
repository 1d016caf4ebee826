import JolModel

/// The canonical form of a round's results, which the log's `round.run` records the SHA-256 of
/// and `jol round replay` checks: the structured results only — ids, ranks, outcomes, pools,
/// reason keys, missing facts, amounts in tiyn, rank values in their language-neutral form — and
/// no display text, so rewording a message or a title never breaks the replay of a round
/// recorded before.
///
/// Versioned: a round records the form it was hashed in (`RoundRun.resultsForm`); a form, once
/// released, never changes. Form 1 (rounds recorded before forms existed) was the JSON lines
/// of `jol round run --format json --lang en`, display texts included; it is kept only to
/// replay those rounds.
extension RoundResult {
  /// The form new rounds are recorded in.
  public static let currentForm = 2

  /// The canonical text of form 2: one line per fact, tab-separated, each ended by `\n`.
  ///
  ///     round	<as-of>	<seed>…
  ///     policy	<id>	<version>	<text sha256>	<seats|->	<budget tiyn/per|->	<spent tiyn>
  ///     pool	<name>	<seats|->	<awarded>	<released>	<vacant>	<cutoff name=value;…>
  ///     entry	<subject>	<rank|->	<status>	<pool|->	<amount tiyn/per|->	<limit|->	<reason,…>	<missing,…>	<rank name=value;…>
  public var canonicalText: String {
    var lines = [(["round", asOf.description] + seeds).joined(separator: "\t")]
    for policy in policies {
      lines.append(
        [
          "policy", policy.policy.rawValue, policy.version, policy.textHash,
          policy.seats.map(String.init) ?? "-", policy.budget.map(Self.amount) ?? "-",
          String(policy.spent.tiyn),
        ].joined(separator: "\t"))
      for pool in policy.pools {
        lines.append(
          [
            "pool", pool.name, pool.seats.map(String.init) ?? "-", String(pool.awarded),
            String(pool.released), String(pool.vacant), Self.values(pool.cutoff),
          ].joined(separator: "\t"))
      }
      for entry in policy.entries {
        lines.append(
          [
            "entry", entry.subject, entry.rank.map(String.init) ?? "-", entry.status.rawValue,
            entry.pool ?? "-", entry.amount.map(Self.amount) ?? "-",
            entry.limit?.rawValue ?? "-", entry.failedReasons.joined(separator: ","),
            entry.missingFacts.map(\.rawValue).joined(separator: ","),
            Self.values(entry.rankValues),
          ].joined(separator: "\t"))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func amount(_ amount: Amount) -> String {
    "\(amount.value.tiyn)/\(amount.per.rawValue)"
  }

  private static func values(_ values: [NamedValue]) -> String {
    values.map { "\($0.name)=\($0.value?.canonical ?? "?")" }.joined(separator: ";")
  }
}
