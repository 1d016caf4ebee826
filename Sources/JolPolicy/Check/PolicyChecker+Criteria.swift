/// Requirements and their exceptions: one requirement per reason key; exceptions name an
/// existing requirement; two exceptions that could both apply with equal priority and opposite
/// effects are a conflict.
extension PolicyChecker {
  mutating func checkCriteria() -> [CompiledCriterion] {
    checkGuidanceFacts()
    var criteria: [(key: String, condition: TypedCondition, rules: [CompiledRule])] = []
    var seen: [String: SourceLocation] = [:]
    for requirement in syntax.requirements {
      let key = requirement.key.value
      useReason(requirement.key)
      if let first = seen[key] {
        sink.error(requirement.key.location, .keyUsed(key, line: first.line))
      }
      seen[key] = requirement.key.location
      guard let condition = typed(requirement.condition) else { continue }
      criteria.append((key, condition, []))
    }
    for rule in syntax.rules {
      guard let index = criteria.firstIndex(where: { $0.key == rule.key.value }) else {
        if seen[rule.key.value] == nil {
          let near = EditDistance.closest(
            to: rule.key.value, among: syntax.requirements.map(\.key.value))
          sink.error(rule.key.location, .noSuchRequirement(rule, near: near))
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
    return criteria.map {
      CompiledCriterion(
        key: $0.key, condition: $0.condition, test: ConditionCompiler.compile($0.condition),
        rules: $0.rules.sorted { $0.priority > $1.priority })
    }
  }

  /// Equal priority and opposite effects on one key: which applies would be a silent pick.
  private mutating func checkConflicts() {
    let rules = syntax.rules
    for (i, a) in rules.enumerated() {
      for b in rules[(i + 1)...]
      where a.key.value == b.key.value && a.priority.value == b.priority.value {
        if a.effect != b.effect {
          sink.error(b.location, .conflict(b, a))
        } else {
          sink.error(b.location, .repeatedPriority(b, a))
        }
      }
    }
  }

  mutating func useReason(_ key: Located<String>) {
    if reasonUses[key.value] == nil { reasonUses[key.value] = key.location }
  }
}

extension Diagnostic.Message {
  fileprivate static func keyUsed(_ key: String, line: Int) -> Self {
    CheckMessage.keyUsed.text(["key": key, "line": String(line)])
  }

  fileprivate static func noSuchRequirement(_ rule: RuleDecl, near: String?) -> Self {
    let effect = rule.effect.rawValue
    let key = rule.key.value
    let head = CheckMessage.noSuchRequirement.text(["effect": effect, "key": key])
    return near.map { head + .didYouMean($0) } ?? head
  }

  fileprivate static func conflict(_ b: RuleDecl, _ a: RuleDecl) -> Self {
    let this = "'\(b.effect.rawValue) \(b.key.value)'"
    let other = "'\(a.effect.rawValue) \(a.key.value)'"
    let line = a.location.line
    let priority = a.priority.value
    return CheckMessage.conflict.text([
      "this": this, "line": String(line), "other": other, "priority": String(priority),
    ])
  }

  fileprivate static func repeatedPriority(_ b: RuleDecl, _ a: RuleDecl) -> Self {
    let this = "'\(b.effect.rawValue) \(b.key.value)'"
    let line = a.location.line
    let priority = a.priority.value
    return CheckMessage.repeatedPriority.text([
      "this": this, "line": String(line), "priority": String(priority),
    ])
  }
}
