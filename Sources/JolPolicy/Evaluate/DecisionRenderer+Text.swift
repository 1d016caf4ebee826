import JolFormat
import JolModel

extension DecisionRenderer {
  /// Appends the decision as lines a person reads, in `language`, each ending in a newline:
  /// the bulk path of `jol policy eval --format text`. Reasons and values are written by the
  /// JSON writers with escaping off, so text and JSON say the same things the same way.
  /// - Complexity: O(length of the text); allocates only for passed criteria's lines and
  ///   nearest misses' changes.
  public static func writeText(
    _ decision: Decision, language: Language = .kk, into output: inout JSONBytes
  ) {
    let escapes = output.escapes
    output.escapes = false
    defer { output.escapes = escapes }
    let labels = Labels(language)
    output.content(decision.subject)
    output.raw(" — ")
    output.content(decision.policyTitle[language])
    output.raw(" (")
    output.content(decision.policy.rawValue)
    output.raw(" v")
    output.content(decision.version)
    output.raw(", ")
    output.date(decision.asOf)
    output.raw(")\n")
    output.content(labels.outcome)
    output.raw(": ")
    output.content(labels.title(of: decision.outcome))
    output.byte(UInt8(ascii: "\n"))
    if let amount = decision.amount {
      output.content(labels.amount)
      output.raw(": ")
      output.formattedMoney(amount.value, language)
      output.raw(" ")
      output.content(amount.per.title[language])
      output.byte(UInt8(ascii: "\n"))
    }
    if !decision.missingFacts.isEmpty {
      output.content(labels.missing)
      output.raw(": ")
      for (index, fact) in decision.missingFacts.enumerated() {
        if index > 0 { output.raw(", ") }
        output.content(fact.title[language])
        output.raw(" (")
        output.content(fact.rawValue)
        output.raw(")")
      }
      output.byte(UInt8(ascii: "\n"))
    }
    for criterion in decision.criteria {
      switch criterion.status {
      case .pass: output.raw("  ✓ ")
      case .fail: output.raw("  ✗ ")
      case .unknown: output.raw("  ? ")
      case .waived: output.raw("  ~ ")
      }
      if criterion.status == .pass && decision.requirementTexts[criterion.id] != nil {
        // By its requirement, less the values it names: found on the assembled text.
        output.content(decision.criterionLine(criterion, language))
      } else {
        writeReason(criterion, of: decision, language, &output)
      }
      output.byte(UInt8(ascii: "\n"))
    }
    for supplement in decision.supplements where supplement.status == .pass {
      output.raw("  + ")
      output.content(supplement.id)
      output.raw(": ")
      fill(
        decision.source.reasonTemplates[supplement.id]?[language]
          ?? SplitTemplate(supplement.id), [], decision.parameters, language, &output)
      output.raw(" (+")
      output.formatted(supplement.rate, language)
      output.raw(", +")
      output.formattedMoney(supplement.added, language)
      output.raw(")\n")
    }
    for parameter in decision.parameters {
      output.raw("  ")
      output.content(labels.parameter)
      output.raw(" ")
      output.content(parameter.name)
      output.raw(" = ")
      output.formatted(parameter.value, language)
      output.raw(" (")
      labels.since.write(into: &output) { name, _, output in
        if name == "date" {
          output.date(parameter.from)
        } else {
          output.content(MessageTemplate.missingMarker(name))
        }
      }
      output.raw(")\n")
    }
    output.raw("  sha256 ")
    output.content(decision.textHash)
    if let classifier = decision.classifierVersion {
      output.raw("; ")
      output.content(labels.classifier)
      output.raw(" ")
      output.content(classifier)
    }
    output.byte(UInt8(ascii: "\n"))
  }
}
