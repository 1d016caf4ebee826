import JolFormat
import JolModel

/// A policy summarised for officers, in their language (`jol policy show`): title, legal basis,
/// dates, parameters with the days their values change, criteria with their reason texts,
/// amounts and the round's ranking, seats and quotas. Values are written by ``LocalNumber``'s
/// rules through ``Value/formatted(_:)``.
public enum PolicyOutlineRenderer {
  /// The summary as lines of text; parameters named in texts show their value on `date` (or on
  /// the first day in effect, for a date before it).
  public static func text(_ policy: CompiledPolicy, asOf date: CivilDate, language: Language)
    -> String
  {
    let outline = policy.outline
    let day = max(date, policy.effectiveFrom)
    var current: [String: Value] = [:]
    for parameter in outline.parameters {
      current[parameter.name] = parameter.values.last { $0.from <= day }?.value
    }
    let words = Words(language: language)
    var lines = ["\(policy.title[language]) (\(policy.id) v\(policy.version))"]
    for basis in policy.basis { lines.append("  \(words.basis): \(basis)") }
    lines.append(
      "  \(words.effective): \(policy.effectiveFrom) – \(policy.effectiveTo?.description ?? "…")")
    for superseded in policy.supersedes {
      lines.append(
        "  \(words.supersedes): \(superseded.id)" + (superseded.version.map { " v\($0)" } ?? ""))
    }
    var considered = words.consider(policy.consider)
    if let window = policy.applicationWindow {
      considered += " (\(window.from) – \(window.to))"
    }
    lines.append("  \(words.considers): \(considered)")
    if let group = policy.exclusiveGroup {
      lines.append(
        "  \(words.exclusive): \(group)"
          + (policy.exclusiveWith.isEmpty
            ? "" : " (" + policy.exclusiveWith.map(\.rawValue).joined(separator: ", ") + ")"))
    }

    if !outline.parameters.isEmpty {
      lines.append("")
      lines.append(words.parameters + ":")
      for parameter in outline.parameters {
        let history = parameter.values.map {
          "\($0.value.formatted(language)) (\(words.since($0.from)))"
        }
        lines.append("  \(parameter.name) = " + history.joined(separator: "; "))
      }
    }

    lines.append("")
    lines.append(words.criteria + ":")
    for criterion in outline.criteria {
      let text = outline.reasons[criterion.key].map {
        placeholders($0[language], current, language)
      }
      lines.append("  • \(criterion.key): \(text ?? criterion.key)")
      for exception in criterion.exceptions {
        lines.append(
          "      \(exception.waives ? words.waiver : words.enforced) (\(words.priority) \(exception.priority)): "
            + exception.facts.map { $0.title[language] }.joined(separator: ", "))
      }
    }

    if let amount = outline.amount, let period = outline.period {
      lines.append("")
      switch amount {
      case .fixed(let operand):
        lines.append(
          "\(words.amount): \(describe(operand, language)) \(period.title[language])")
      case .table(let fact, let rows, let otherwise):
        lines.append("\(words.amount) (\(fact.title[language]), \(period.title[language])):")
        for row in rows { lines.append("  \(row.word) = \(describe(row.amount, language))") }
        if let otherwise { lines.append("  \(words.otherwise) = \(describe(otherwise, language))") }
      }
      for supplement in outline.supplements {
        let text = outline.reasons[supplement.key].map {
          placeholders($0[language], current, language)
        }
        let rounding = supplement.step.map { ", " + words.roundedTo(describe($0, language)) } ?? ""
        lines.append(
          "  + \(describe(supplement.rate, language))\(rounding): \(text ?? supplement.key)")
      }
    }

    if !outline.ranking.isEmpty || outline.seats != nil || outline.budget != nil {
      lines.append("")
      lines.append(words.round + ":")
      if !outline.ranking.isEmpty {
        let keys = outline.ranking.map { key in
          if let fact = key.fact {
            return "\(fact.title[language]) \(key.descending ? "↓" : "↑")"
          }
          return "[" + key.conditionFacts.map { $0.title[language] }.joined(separator: ", ") + "]"
        }
        lines.append("  \(words.rank): " + keys.joined(separator: ", "))
      }
      if let seed = outline.lotterySeed { lines.append("  \(words.lottery): \"\(seed)\"") }
      if let seats = outline.seats {
        lines.append("  \(words.seats): \(describe(seats, language))")
      }
      if let budget = outline.budget {
        lines.append("  \(words.budget): \(describe(budget, language))")
      }
      let quotas = policy.quotaSeats(asOf: day)
      for reserve in outline.reserves {
        let seats = quotas?.quotas.first { $0.name == reserve.name }.map {
          " = " + words.seatCount($0.seats, of: quotas?.seats ?? 0)
        }
        lines.append(
          "  \(words.reserve) \(reserve.name): \(reserve.share)%\(seats ?? "") ("
            + reserve.facts.map { $0.title[language] }.joined(separator: ", ") + "); "
            + (reserve.unusedToGeneral ? words.unusedToGeneral : words.unusedStays))
      }
    }
    lines.append("")
    lines.append("sha256 \(policy.textHash)")
    return lines.joined(separator: "\n")

    func describe(_ operand: PolicyOutline.Operand, _ language: Language) -> String {
      switch operand {
      case .constant(let value): value.formatted(language)
      case .parameter(let name):
        name + (current[name].map { " = " + $0.formatted(language) } ?? "")
      }
    }
  }

  /// A reason template with `{fact}` shown as the fact's title in angle quotes and `{parameter}`
  /// as its value.
  private static func placeholders(
    _ template: String, _ parameters: [String: Value], _ language: Language
  ) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      if let value = parameters[name] {
        result += value.formatted(language)
      } else {
        result += "‹" + (Fact(rawValue: name)?.title[language] ?? name) + "›"
      }
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
