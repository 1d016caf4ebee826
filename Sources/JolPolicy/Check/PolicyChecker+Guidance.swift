import JolModel

/// Results of career diagnostics guide; they never select or exclude anyone (issue 10). So no
/// `require`, `waive` or `enforce` may name `diagnostic_direction`, however it is tested (a
/// value, a list, `is known`): each use is an error at the fact. Ranking by it (`rank by`) stays
/// allowed: a methodologist may break ties with it or order recommendations.
extension PolicyChecker {
  mutating func checkGuidanceFacts() {
    for requirement in syntax.requirements { forbid(requirement.condition, in: "require") }
    for rule in syntax.rules { forbid(rule.condition, in: rule.effect.rawValue) }
  }

  private mutating func forbid(_ condition: Condition, in keyword: String) {
    switch condition {
    case .and(let parts, _), .or(let parts, _):
      for part in parts { forbid(part, in: keyword) }
    case .not(let inner, _):
      forbid(inner, in: keyword)
    case .compare(let fact, _, _), .member(let fact, _, _), .has(let fact, _, _),
      .known(let fact, _):
      if Fact(rawValue: fact.value) == .diagnosticDirection {
        sink.error(fact.location, .diagnosticSelects(fact.value, keyword))
      }
    }
  }
}

extension Diagnostic.Message {
  fileprivate static func diagnosticSelects(_ fact: String, _ keyword: String) -> Self {
    DiagnosticUseMessage.diagnosticSelects.text(["fact": fact, "keyword": keyword])
  }
}
