import JolModel

extension Outcome {
  /// The outcome as a person reads it.
  public var title: LocalizedText {
    switch self {
    case .eligible: DecisionMessage.eligible.text()
    case .ineligible: DecisionMessage.ineligible.text()
    case .needsInformation:
      DecisionMessage.needsInformation.text()
    }
  }
}

extension Period {
  /// "per month" words: "айына", "в месяц".
  public var title: LocalizedText {
    switch self {
    case .month: DecisionMessage.perMonth.text()
    case .semester: DecisionMessage.perSemester.text()
    case .year: DecisionMessage.perYear.text()
    }
  }
}

extension Decision {
  /// A criterion as one line a person reads: a passed one by what it requires and the values
  /// that met it («орташа балл ≥ min_gpa — орташа балл: 4,6; min_gpa: 4,5»), any other by its
  /// reason text with the values (``reasonText(_:_:)``). The key is for machines (JSON).
  public func criterionLine(_ criterion: CriterionResult, _ language: Language) -> String {
    guard criterion.status == .pass, let requirement = requirementTexts[criterion.id]?[language]
    else {
      return reasonText(criterion, language)
    }
    // The values that met it, but not one the requirement already names («= колледж»).
    let values = criterion.values.compactMap { named -> String? in
      let (title, value) = valueParts(named, language)
      let named = title + " = " + value
      return requirement.containsBytes(of: named) ? nil : title + ": " + value
    }
    return values.isEmpty ? requirement : requirement + " — " + values.joined(separator: "; ")
  }

  /// «орташа балл: 4,6»: a fact or parameter by its title and value, in `language`.
  private func valueText(_ named: NamedValue, _ language: Language) -> String {
    let (title, value) = valueParts(named, language)
    return title + ": " + value
  }

  /// A fact's or parameter's title and its value as written in `language` (`?` when unknown).
  private func valueParts(_ named: NamedValue, _ language: Language) -> (String, String) {
    let title = Fact(rawValue: named.name)?.title[language] ?? named.name
    return (title, named.value?.formatted(named: named.name, language) ?? "?")
  }

  /// The text of a criterion's reason in `language`, with the values it used (for a passed
  /// one, its values alone).
  public func reasonText(_ criterion: CriterionResult, _ language: Language) -> String {
    guard criterion.status != .pass else {
      return criterion.values.map { valueText($0, language) }.joined(separator: "; ")
    }
    var text = fill(
      reasonTexts[criterion.id]?[language] ?? criterion.id, criterion.values, language)
    switch criterion.status {
    case .waived:
      // The exception by what it says («курс = 1 …»), not by its priority number.
      let exception = criterion.decidedByPriority.flatMap {
        requirementTexts[CompiledPolicy.exceptionKey(criterion.id, priority: $0)]?[language]
      }
      let word = DecisionMessage.waived.text()
      text += " — \(word[language])" + (exception.map { ": " + $0 } ?? "")
    case .unknown:
      let unknown = criterion.values.filter { $0.value == nil }.map { named in
        Fact(rawValue: named.name)?.title[language] ?? named.name
      }
      let word = DecisionMessage.unknown.text()
      text +=
        " — \(word[language])" + (unknown.isEmpty ? "" : ": " + unknown.joined(separator: ", "))
    default:
      break
    }
    for miss in criterion.nearestMiss { text += " — " + miss.text(language) }
    return text
  }

  /// Replaces `{name}` with the value of the fact or parameter `name`.
  func fill(_ template: String, _ values: [NamedValue], _ language: Language) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      let value =
        values.first { $0.name == name }?.value
        ?? parameters.first { $0.name == name }?.value
      result += value?.formatted(named: name, language) ?? "?"
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}

extension NearestMiss {
  /// "needs GPA +0.1 (3.4 → 3.5)", in `language`.
  public func text(_ language: Language) -> String {
    let title = fact.title[language]
    let now = value.formatted(language)
    let target = required.formatted(language)
    if strict {
      return DecisionMessage.needsBeyond.text(
        ["title": title, "target": target, "now": now], in: language)
    }
    return DecisionMessage.needsChange.text(
      [
        "title": title, "change": signedChange(language), "now": now, "target": target,
      ], in: language)
  }

  /// The change with its sign, as people write it: `+0.1`, `−2` (a minus sign, not a hyphen).
  func signedChange(_ language: Language) -> String {
    let amount = change.formatted(language)
    return amount.hasPrefix("-") ? "−" + amount.dropFirst() : "+" + amount
  }
}
