import JolModel

/// Renders decisions for `jol policy eval` and `jol eligibility check`: one JSON object per
/// line, or text for people.
public enum DecisionRenderer {
  /// One line of JSON: `subject`, `policy`, `version`, `textHash`, `classifier` (the TVET
  /// classifier's version, or null), `asOf`, `outcome`, `amount`
  /// (null or `{"value","currency":"KZT","per"}`), `criteria` (`id`, `status`, `reason` in
  /// `language`, `values`, `nearestMiss`), `supplements`, `parameters`, `missingFacts`.
  public static func json(_ decision: Decision, language: Language = .kk) -> String {
    let amount =
      decision.amount.map { amount in
        JSONText.object([
          ("value", JSONText.string(amount.value.description)),
          ("currency", JSONText.string("KZT")),
          ("per", JSONText.string(amount.per.rawValue)),
        ])
      } ?? "null"
    let criteria = decision.criteria.map { criterion in
      var members: [(String, String)] = [
        ("id", JSONText.string(criterion.id)),
        ("status", JSONText.string(criterion.status.rawValue)),
        ("reason", JSONText.string(decision.reasonText(criterion, language))),
        ("values", JSONText.object(criterion.values.map { ($0.name, JSONText.value($0.value)) })),
      ]
      if !criterion.nearestMiss.isEmpty {
        members.append(
          (
            "nearest_miss",
            JSONText.array(
              criterion.nearestMiss.map { miss in
                JSONText.object([
                  ("fact", JSONText.string(miss.fact.rawValue)),
                  ("value", JSONText.value(miss.value)),
                  ("required", JSONText.value(miss.required)),
                  ("change", JSONText.value(miss.change)),
                  ("strict", miss.strict ? "true" : "false"),
                ])
              })
          ))
      }
      if let priority = criterion.decidedByPriority {
        members.append(("priority", String(priority)))
      }
      return JSONText.object(members)
    }
    let supplements = decision.supplements.map { supplement in
      JSONText.object([
        ("id", JSONText.string(supplement.id)),
        ("status", JSONText.string(supplement.status.rawValue)),
        ("rate", JSONText.value(supplement.rate)),
        ("added", JSONText.string(supplement.added.description)),
      ])
    }
    let parameters = decision.parameters.map { parameter in
      JSONText.object([
        ("name", JSONText.string(parameter.name)), ("value", JSONText.value(parameter.value)),
        ("from", JSONText.string(parameter.from.description)),
      ])
    }
    return JSONText.object([
      ("subject", JSONText.string(decision.subject)),
      ("policy", JSONText.string(decision.policy.rawValue)),
      ("version", JSONText.string(decision.version)),
      ("text_hash", JSONText.string(decision.textHash)),
      ("classifier", decision.classifierVersion.map(JSONText.string) ?? "null"),
      ("as_of", JSONText.string(decision.asOf.description)),
      ("outcome", JSONText.string(decision.outcome.rawValue)),
      ("amount", amount),
      ("criteria", JSONText.array(criteria)),
      ("supplements", JSONText.array(supplements)),
      ("parameters", JSONText.array(parameters)),
      ("missing_facts", JSONText.array(decision.missingFacts.map { JSONText.string($0.rawValue) })),
    ])
  }

  /// A decision as lines a person reads, in `language`.
  public static func text(_ decision: Decision, language: Language = .kk) -> String {
    let labels = Labels(language)
    var lines = [
      "\(decision.subject) — \(decision.policyTitle[language]) (\(decision.policy) v\(decision.version), \(decision.asOf))",
      "\(labels.outcome): \(decision.outcome.title[language])",
    ]
    if let amount = decision.amount {
      lines.append("\(labels.amount): \(amount.value.formatted) \(amount.per.title[language])")
    }
    if !decision.missingFacts.isEmpty {
      lines.append(
        "\(labels.missing): "
          + decision.missingFacts.map { "\($0.title[language]) (\($0.rawValue))" }.joined(
            separator: ", "))
    }
    for criterion in decision.criteria {
      let mark =
        switch criterion.status {
        case .pass: "✓"
        case .fail: "✗"
        case .unknown: "?"
        case .waived: "~"
        }
      lines.append("  \(mark) " + decision.criterionLine(criterion, language))
    }
    for supplement in decision.supplements where supplement.status == .pass {
      let text = decision.fill(
        decision.reasonTexts[supplement.id]?[language] ?? supplement.id, [], language)
      lines.append(
        "  + \(supplement.id): \(text) (+\(supplement.rate.formatted(language)), +\(supplement.added.formatted))"
      )
    }
    for parameter in decision.parameters {
      lines.append(
        "  \(labels.parameter) \(parameter.name) = \(parameter.value.formatted(language)) (\(labels.since(parameter.from)))"
      )
    }
    lines.append(
      "  sha256 \(decision.textHash)"
        + (decision.classifierVersion.map { "; \(labels.classifier) \($0)" } ?? ""))
    return lines.joined(separator: "\n")
  }

  private struct Labels {
    let language: Language
    init(_ language: Language) { self.language = language }
    var outcome: String { LocalizedText(kk: "Шешім", ru: "Решение", en: "Outcome")[language] }
    var amount: String { LocalizedText(kk: "Сомасы", ru: "Сумма", en: "Amount")[language] }
    var missing: String {
      LocalizedText(kk: "Қажет мәліметтер", ru: "Нужны сведения", en: "Missing facts")[language]
    }
    var classifier: String {
      LocalizedText(kk: "ТжКБ сыныптауышы", ru: "классификатор ТиПО", en: "TVET classifier")[
        language]
    }
    var parameter: String {
      LocalizedText(kk: "параметр", ru: "параметр", en: "parameter")[language]
    }
    func since(_ date: CivilDate) -> String {
      LocalizedText(kk: "\(date) бастап", ru: "с \(date)", en: "since \(date)")[language]
    }
  }
}
