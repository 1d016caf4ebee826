import JolFormat
import JolModel

/// Renders round results: each applicant's rank, result and why, in kk/ru/en, and JSON lines.
public enum RoundRenderer {
  /// Why an applicant got this result: "rank 131; 120 seats; cutoff GPA 3.82".
  public static func why(_ entry: RoundEntry, in result: PolicyRoundResult, language: Language)
    -> String
  {
    var parts: [String] = []
    if let rank = entry.rank {
      parts.append(
        RoundMessage.rank.text(["rank": String(rank)], in: language))
    }
    if let seats = result.seats {
      parts.append(
        RoundMessage.seats.text(["seats": String(seats)], in: language))
    }
    switch entry.status {
    case .awarded:
      if let pool = entry.pool, pool != "general" {
        parts.append(
          RoundMessage.inQuota.text(["pool": pool], in: language))
      }
      parts.append(RoundMessage.awarded.text(in: language))
    case .notAwarded:
      if entry.limit == .budget {
        parts.append(
          RoundMessage.budgetExhausted.text(in: language))
      } else {
        parts.append(
          RoundMessage.noSeatLeft.text(in: language))
      }
      if let general = result.pools.first, !general.cutoff.isEmpty {
        let values = general.cutoff.map { named in
          (Fact(rawValue: named.name)?.title[language] ?? named.name) + " "
            + (named.value?.formatted(named: named.name, language) ?? "?")
        }.joined(separator: ", ")
        parts.append(
          RoundMessage.cutoff.text(["values": values], in: language)
        )
      }
    case .awardedElsewhere:
      parts.append(
        RoundMessage.preferredProgramme.text(in: language))
    case .ineligible, .needsInformation:
      parts.append(
        entry.status == .ineligible
          ? Outcome.ineligible.title[language] : Outcome.needsInformation.title[language])
      if !entry.failedReasons.isEmpty {
        let unmet = entry.failedReasons.map { result.requirementTexts[$0]?[language] ?? $0 }
          .joined(separator: "; ")
        parts.append(
          RoundMessage.notMet.text(["unmet": unmet], in: language))
      }
      if !entry.missingFacts.isEmpty {
        let missing = entry.missingFacts.map { $0.title[language] }.joined(separator: ", ")
        parts.append(
          RoundMessage.unknownFacts.text(["missing": missing], in: language))
      }
    case .duplicate:
      parts.append(
        RoundMessage.duplicateApplication.text(in: language))
    }
    return parts.joined(separator: "; ")
  }

  /// The pools of a policy's round, one line each: the general pool, then every reserved quota
  /// with its seats (a quota of 0 seats shows as such, never vanishes), how many were awarded,
  /// and what happened to unused seats.
  public static func pools(_ result: PolicyRoundResult, language: Language) -> [String] {
    result.pools.enumerated().map { index, pool in
      let name =
        index == 0
        ? RoundMessage.generalPool.text(in: language)
        : RoundMessage.quota.text(["pool": pool.name], in: language)
      var parts = [
        pool.seats.map {
          RoundMessage.seatCount.text(["value": "\($0)"], in: language)
        }
          ?? RoundMessage.unlimitedSeats.text(in: language),
        RoundMessage.poolAwarded.text(["awarded": String(pool.awarded)], in: language),
      ]
      if pool.released > 0 {
        parts.append(
          RoundMessage.poolReleased.text(["released": String(pool.released)], in: language))
      }
      if pool.vacant > 0 {
        parts.append(
          RoundMessage.poolVacant.text(["vacant": String(pool.vacant)], in: language))
      }
      return name + ": " + parts.joined(separator: "; ")
    }
  }

  /// One JSON object per applicant and policy, then one summary object per policy.
  public static func json(_ round: RoundResult, language: Language = .kk) -> [String] {
    json(round, language: language, asOf: "as_of", textHash: "text_hash")
  }

  /// The lines whose hash is results form 1 (rounds recorded before forms were versioned):
  /// `jol round run --format json --lang en` as it was then, its keys `asOf` and `textHash`
  /// frozen so that those rounds still replay after the output's keys became snake_case.
  public static func formOneJSON(_ round: RoundResult) -> [String] {
    json(round, language: .en, asOf: "asOf", textHash: "textHash")
  }

  private static func json(
    _ round: RoundResult, language: Language, asOf: String, textHash: String
  ) -> [String] {
    var lines: [String] = []
    for result in round.policies {
      for entry in result.entries {
        let amount =
          entry.amount.map { amount in
            JSONValue.object([
              ("value", JSONValue.string(amount.value.description)),
              ("currency", JSONValue.string("KZT")),
              ("per", JSONValue.string(amount.per.rawValue)),
            ])
          } ?? .null
        lines.append(
          JSONValue.object([
            ("subject", JSONValue.string(entry.subject)),
            ("policy", JSONValue.string(result.policy.rawValue)),
            ("version", JSONValue.string(result.version)),
            (asOf, JSONValue.string(round.asOf.description)),
            ("rank", entry.rank.map { JSONValue.int($0) } ?? .null),
            ("result", JSONValue.string(entry.status.rawValue)),
            ("pool", entry.pool.map(JSONValue.string) ?? .null), ("amount", amount),
            ("why", JSONValue.string(why(entry, in: result, language: language))),
          ]).compact)
      }
      lines.append(
        JSONValue.object([
          ("policy", JSONValue.string(result.policy.rawValue)),
          ("version", JSONValue.string(result.version)),
          (textHash, JSONValue.string(result.textHash)),
          (asOf, JSONValue.string(round.asOf.description)),
          ("seats", result.seats.map { JSONValue.int($0) } ?? .null),
          ("budget", result.budget.map { JSONValue.string($0.value.description) } ?? .null),
          ("spent", JSONValue.string(result.spent.description)),
          (
            "pools",
            JSONValue.array(
              result.pools.map { pool in
                JSONValue.object([
                  ("name", JSONValue.string(pool.name)),
                  ("seats", pool.seats.map { JSONValue.int($0) } ?? .null),
                  ("awarded", .int(pool.awarded)), ("released", .int(pool.released)),
                  ("vacant", .int(pool.vacant)),
                ])
              })
          ),
        ]).compact)
    }
    return lines
  }
}
