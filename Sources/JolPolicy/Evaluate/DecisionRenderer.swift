import JolFormat
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
        JSONValue.object([
          ("value", JSONValue.string(amount.value.description)),
          ("currency", JSONValue.string("KZT")),
          ("per", JSONValue.string(amount.per.rawValue)),
        ])
      } ?? .null
    let criteria = decision.criteria.map { criterion in
      var members: [(String, JSONValue)] = [
        ("id", JSONValue.string(criterion.id)),
        ("status", JSONValue.string(criterion.status.rawValue)),
        ("reason", JSONValue.string(decision.reasonText(criterion, language))),
        ("values", JSONValue.object(criterion.values.map { ($0.name, JSONValue($0.value)) })),
      ]
      if !criterion.nearestMiss.isEmpty {
        members.append(
          (
            "nearest_miss",
            JSONValue.array(
              criterion.nearestMiss.map { miss in
                JSONValue.object([
                  ("fact", JSONValue.string(miss.fact.rawValue)),
                  ("value", JSONValue(miss.value)),
                  ("required", JSONValue(miss.required)),
                  ("change", JSONValue(miss.change)),
                  ("strict", .bool(miss.strict)),
                ])
              })
          ))
      }
      if let priority = criterion.decidedByPriority {
        members.append(("priority", .int(priority)))
      }
      return JSONValue.object(members)
    }
    let supplements = decision.supplements.map { supplement in
      JSONValue.object([
        ("id", JSONValue.string(supplement.id)),
        ("status", JSONValue.string(supplement.status.rawValue)),
        ("rate", JSONValue(supplement.rate)),
        ("added", JSONValue.string(supplement.added.description)),
      ])
    }
    let parameters = decision.parameters.map { parameter in
      JSONValue.object([
        ("name", JSONValue.string(parameter.name)), ("value", JSONValue(parameter.value)),
        ("from", JSONValue.string(parameter.from.description)),
      ])
    }
    return JSONValue.object([
      ("subject", JSONValue.string(decision.subject)),
      ("policy", JSONValue.string(decision.policy.rawValue)),
      ("version", JSONValue.string(decision.version)),
      ("text_hash", JSONValue.string(decision.textHash)),
      ("classifier", decision.classifierVersion.map(JSONValue.string) ?? .null),
      ("as_of", JSONValue.string(decision.asOf.description)),
      ("outcome", JSONValue.string(decision.outcome.rawValue)),
      ("amount", amount),
      ("criteria", JSONValue.array(criteria)),
      ("supplements", JSONValue.array(supplements)),
      ("parameters", JSONValue.array(parameters)),
      (
        "missing_facts",
        JSONValue.array(decision.missingFacts.map { JSONValue.string($0.rawValue) })
      ),
    ]).compact
  }

  /// A decision as lines a person reads, in `language`: ``writeText(_:language:into:)``'s
  /// lines without the last line end.
  public static func text(_ decision: Decision, language: Language = .kk) -> String {
    var output = JSONBytes(capacity: 1024)
    writeText(decision, language: language, into: &output)
    return output.withBytes { String(decoding: $0.dropLast(), as: UTF8.self) }
  }

  /// The labels of text output in one language, rendered once: every decision's text uses
  /// them.
  struct Labels: Sendable {
    let language: Language
    let outcome: String
    let amount: String
    let missing: String
    let classifier: String
    let parameter: String
    /// Each outcome's title, by ``Outcome`` order (eligible, ineligible, needs information).
    private let outcomeTitles: [String]
    /// "since {date}", its placeholder not filled.
    let since: SplitTemplate

    private init(rendering language: Language) {
      self.language = language
      outcomeTitles = [Outcome.eligible, .ineligible, .needsInformation].map { $0.title[language] }
      since = SplitTemplate(DecisionMessage.since.template[language])
      outcome = DecisionMessage.outcomeLabel.text(in: language)
      amount = DecisionMessage.amountLabel.text(in: language)
      missing = DecisionMessage.missingLabel.text(in: language)
      classifier = DecisionMessage.classifierLabel.text(in: language)
      parameter = DecisionMessage.parameterLabel.text(in: language)
    }

    private static let all = Language.allCases.map(Labels.init(rendering:))

    /// The labels in `language`.
    init(_ language: Language) { self = Self.all[Language.allCases.firstIndex(of: language)!] }

    /// The title of `outcome`, read once per language.
    func title(of outcome: Outcome) -> String {
      switch outcome {
      case .eligible: outcomeTitles[0]
      case .ineligible: outcomeTitles[1]
      case .needsInformation: outcomeTitles[2]
      }
    }
  }
}
