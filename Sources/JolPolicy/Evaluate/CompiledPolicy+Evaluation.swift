import JolModel

extension CompiledPolicy {
  /// Whether the policy is in force on `date`.
  public func isInEffect(on date: CivilDate) -> Bool {
    date >= effectiveFrom && (effectiveTo.map { date <= $0 } ?? true)
  }

  /// The parameter values in force on `date`; nil when the policy is not in effect.
  func context(asOf date: CivilDate) -> EvaluationContext? {
    guard isInEffect(on: date) else { return nil }
    var values: [Int64] = []
    values.reserveCapacity(parameters.count)
    for parameter in parameters {
      // The checker guarantees a value from the first effective day on.
      values.append(parameter.resolve(date)?.value ?? 0)
    }
    return EvaluationContext(asOf: date, parameters: values)
  }

  /// The policy on `date`: in effect or not, with the parameter values then (see ``PolicyDay``).
  public func day(_ date: CivilDate) -> PolicyDay {
    guard let context = context(asOf: date) else {
      return PolicyDay(asOf: date, context: nil, uses: [])
    }
    let uses = parameters.map { parameter in
      // In effect: every parameter has a value from the first effective day on.
      let resolved = parameter.resolve(date)!
      return ParameterUse(
        name: parameter.name, value: parameter.kind.value(resolved.value), from: resolved.from)
    }
    return PolicyDay(asOf: date, context: context, uses: uses)
  }

  /// A criterion's status: its test, then exceptions by descending priority.
  @inline(__always)
  func status(_ criterion: CompiledCriterion, _ facts: Facts, _ context: EvaluationContext)
    -> (CriterionStatus, Int?)
  {
    let base = criterion.test(facts, context)
    if base == .pass { return (.pass, nil) }
    for rule in criterion.rules {
      switch rule.test(facts, context) {
      case .pass:
        if rule.effect == .waive { return (.waived, rule.priority) }
        return (base == .fail ? .fail : .unknown, rule.priority)
      case .unknown:
        // Whether the exception applies is itself unknown.
        return (.unknown, rule.priority)
      case .fail:
        continue
      }
    }
    return (base == .fail ? .fail : .unknown, nil)
  }

  /// The base amount before supplements: the money, or nil with `.unknown` when the table's
  /// fact is missing.
  @inline(__always)
  func baseAmount(_ facts: Facts, _ context: EvaluationContext) -> (Money?, Tri) {
    guard let amount else { return (nil, .pass) }
    switch amount.kind {
    case .fixed(let operand):
      return (Money(tiyn: context.resolve(operand)), .pass)
    case .table(_, let rows, let otherwise):
      guard let word = amount.tableWord(facts) else { return (nil, .unknown) }
      guard let operand = rows[word] ?? otherwise else { return (nil, .fail) }
      return (Money(tiyn: context.resolve(operand)), .pass)
    }
  }

  /// Outcome and amount without explanations: the hot path of rounds and bulk evaluation.
  /// - Complexity: O(criteria + supplements) closure calls; no allocation.
  public func quickDecision(_ facts: Facts, asOf date: CivilDate) -> QuickDecision {
    guard let context = context(asOf: date) else {
      return QuickDecision(outcome: .ineligible, amount: nil)
    }
    return quickDecision(facts, context)
  }

  func quickDecision(_ facts: Facts, _ context: EvaluationContext) -> QuickDecision {
    var unknown = false
    for criterion in criteria {
      switch status(criterion, facts, context).0 {
      case .fail: return QuickDecision(outcome: .ineligible, amount: nil)
      case .unknown: unknown = true
      case .pass, .waived: break
      }
    }
    if unknown { return QuickDecision(outcome: .needsInformation, amount: nil) }
    let (base, known) = baseAmount(facts, context)
    guard known == .pass else { return QuickDecision(outcome: .needsInformation, amount: nil) }
    guard let base else { return QuickDecision(outcome: .eligible, amount: nil) }
    var total = base
    for supplement in supplements {
      switch supplement.test(facts, context) {
      case .pass:
        total = total + supplement.added(to: base, context)
      case .unknown: return QuickDecision(outcome: .needsInformation, amount: nil)
      case .fail: break
      }
    }
    return QuickDecision(outcome: .eligible, amount: total)
  }
}

extension CompiledSupplement {
  /// What the supplement adds to a base amount: the base times its rate, rounded to its step
  /// when the policy says `rounded to`, else to the tiyn.
  @inline(__always)
  func added(to base: Money, _ context: EvaluationContext) -> Money {
    let exact = base.multiplied(by: FixedDecimal(units: context.resolve(rate) / 100))
    guard let step else { return exact }
    return exact.rounded(toMultipleOf: Money(tiyn: context.resolve(step)))
  }
}
