/// Requirements and their exceptions: one requirement per reason key; exceptions name an
/// existing requirement; two exceptions that could both apply with equal priority and opposite
/// effects are a conflict.
extension PolicyChecker {
  mutating func checkCriteria() -> [CompiledCriterion] {
    var criteria: [CompiledCriterion] = []
    var seen: [String: SourceLocation] = [:]
    for requirement in syntax.requirements {
      let key = requirement.key.value
      useReason(requirement.key)
      if let first = seen[key] {
        sink.error(
          requirement.key.location,
          "reason key '\(key)' already used by the requirement at line \(first.line): each requirement has its own key"
        )
      }
      seen[key] = requirement.key.location
      guard let condition = typed(requirement.condition) else { continue }
      criteria.append(
        CompiledCriterion(
          key: key, condition: condition, test: ConditionCompiler.compile(condition), rules: []))
    }
    for rule in syntax.rules {
      guard let index = criteria.firstIndex(where: { $0.key == rule.key.value }) else {
        if seen[rule.key.value] == nil {
          var message =
            "'\(rule.effect.rawValue)' names '\(rule.key.value)', which is no requirement's reason key"
          if let near = EditDistance.closest(
            to: rule.key.value, among: syntax.requirements.map(\.key.value))
          {
            message += ": did you mean '\(near)'?"
          }
          sink.error(rule.key.location, message)
        }
        _ = typed(rule.condition)
        continue
      }
      guard let condition = typed(rule.condition) else { continue }
      criteria[index].rules.append(
        CompiledRule(
          effect: rule.effect, priority: rule.priority.value, condition: condition,
          test: ConditionCompiler.compile(condition)))
    }
    checkConflicts()
    for index in criteria.indices {
      criteria[index].rules.sort { $0.priority > $1.priority }
    }
    return criteria
  }

  /// Equal priority and opposite effects on one key: which applies would be a silent pick.
  private mutating func checkConflicts() {
    let rules = syntax.rules
    for (i, a) in rules.enumerated() {
      for b in rules[(i + 1)...]
      where a.key.value == b.key.value && a.priority.value == b.priority.value {
        if a.effect != b.effect {
          sink.error(
            b.location,
            "conflict: '\(b.effect.rawValue) \(b.key.value)' and '\(a.effect.rawValue) \(a.key.value)' at line \(a.location.line) have the same priority \(a.priority.value) and can both apply: give the one that should win a higher priority"
          )
        } else {
          sink.error(
            b.location,
            "'\(b.effect.rawValue) \(b.key.value)' repeats priority \(a.priority.value) of line \(a.location.line): join the conditions with 'or' or use distinct priorities"
          )
        }
      }
    }
  }

  mutating func useReason(_ key: Located<String>) {
    if reasonUses[key.value] == nil { reasonUses[key.value] = key.location }
  }
}
