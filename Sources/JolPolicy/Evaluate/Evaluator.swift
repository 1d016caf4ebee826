import JolModel

/// How much of its reasoning a decision carries; the outcome and amount are the same in each.
public enum DecisionDetail: Sendable {
  /// Outcome, amount, supplements, missing facts, and the failed or unknown criteria without
  /// their values.
  case outcome
  /// A refusal's reasons: the criteria that did not pass (failed, unknown or waived) with
  /// their values and nearest misses, and the parameters; the passed ones are not listed, so
  /// their values are never read.
  case refusals
  /// ``refusals`` without the parameters: for output that does not show them (JSON lines
  /// without `--explain`), which need not be looked up for every learner.
  case reasons
  /// Every criterion with its values and nearest misses, and the parameters with the dates
  /// they took effect.
  case full
}

/// Decides and explains: one policy, one learner's facts, one date.
public enum Evaluator {
  /// The decision for `facts` under `policy` on `asOf`: with `explain` in ``DecisionDetail/full``
  /// detail, else in ``DecisionDetail/outcome`` detail (cheaper, same outcome).
  /// - Complexity: O(criteria + supplements).
  public static func evaluate(
    _ policy: CompiledPolicy, _ facts: Facts, asOf: CivilDate, explain: Bool = true
  ) -> Decision {
    evaluate(policy, facts, asOf: asOf, detail: explain ? .full : .outcome)
  }

  /// The decision for `facts` under `policy` on `asOf`, carrying `detail` of its reasoning.
  /// - Complexity: O(criteria + supplements).
  public static func evaluate(
    _ policy: CompiledPolicy, _ facts: Facts, asOf: CivilDate, detail: DecisionDetail
  ) -> Decision {
    evaluate(policy, facts, on: policy.day(asOf), detail: detail)
  }

  /// The decision for `facts` under `policy` on the day `day` (``CompiledPolicy/day(_:)``),
  /// carrying `detail` of its reasoning: the same decision as on its date, for deciding many
  /// subjects on one date without working the day out for each.
  /// - Complexity: O(criteria + supplements).
  public static func evaluate(
    _ policy: CompiledPolicy, _ facts: Facts, on day: PolicyDay, detail: DecisionDetail
  ) -> Decision {
    let asOf = day.asOf
    var decision = Decision(
      subject: facts.id, source: policy.decisionSource, asOf: asOf, outcome: .ineligible,
      amount: nil, criteria: [], supplements: [], parameters: [], missingFacts: [])
    guard let context = day.context else {
      decision.criteria = [
        CriterionResult(
          id: BuiltInReasons.notInEffect, status: .fail,
          values: [
            NamedValue(name: "effective_from", value: .date(policy.effectiveFrom)),
            NamedValue(name: "effective_to", value: policy.effectiveTo.map { .date($0) }),
          ], nearestMiss: [], decidedByPriority: nil)
      ]
      return decision
    }
    if detail == .full || detail == .refusals { decision.parameters = day.uses }
    var missing: Set<Fact> = []
    var anyFail = false
    var anyUnknown = false
    for criterion in policy.criteria {
      let (status, priority) = policy.status(criterion, facts, context)
      switch status {
      case .fail: anyFail = true
      case .unknown:
        anyUnknown = true
        for fact in criterion.reads.facts where facts.value(of: fact, asOf: asOf) == nil {
          missing.insert(fact)
        }
      case .pass, .waived: break
      }
      let listed =
        switch detail {
        case .full: true
        case .refusals, .reasons: status != .pass
        case .outcome: status == .fail || status == .unknown
        }
      guard listed else { continue }
      var result = CriterionResult(
        id: criterion.key, status: status, values: [], nearestMiss: [], decidedByPriority: priority)
      if detail != .outcome {
        result.values = values(
          criterion.reads.facts, criterion.reads.parameters, facts, context, policy)
        if status == .fail {
          result.nearestMiss = nearestMisses(criterion.condition, facts, context)
        }
      }
      decision.criteria.append(result)
    }
    if anyFail {
      decision.outcome = .ineligible
      return decision
    }
    if anyUnknown {
      decision.outcome = .needsInformation
      decision.missingFacts = Fact.allCases.filter(missing.contains)
      return decision
    }
    decision.outcome = .eligible
    let (base, known) = policy.baseAmount(facts, context)
    if known == .unknown, case .table(let fact, _, _) = policy.amount?.kind {
      decision.outcome = .needsInformation
      decision.missingFacts = [fact]
      return decision
    }
    guard let base, let period = policy.amount?.period else { return decision }
    var total = base
    for supplement in policy.supplements {
      let status = supplement.test(facts, context)
      let added = status == .pass ? supplement.added(to: base, context) : .zero
      total = total + added
      if status == .unknown {
        for fact in supplement.condition.facts where facts.value(of: fact, asOf: asOf) == nil {
          missing.insert(fact)
        }
      }
      decision.supplements.append(
        SupplementResult(
          id: supplement.key, status: status == .pass ? .pass : status == .fail ? .fail : .unknown,
          rate: .percent(FixedDecimal(units: context.resolve(supplement.rate))), added: added))
    }
    if !missing.isEmpty {
      decision.outcome = .needsInformation
      decision.missingFacts = Fact.allCases.filter(missing.contains)
      return decision
    }
    decision.amount = Amount(value: total, per: period)
    return decision
  }

  /// Every policy's decision for every subject, in order.
  public static func evaluate(
    _ policy: CompiledPolicy, _ population: [Facts], asOf: CivilDate, explain: Bool
  ) -> [Decision] {
    population.map { evaluate(policy, $0, asOf: asOf, explain: explain) }
  }

  private static func values(
    _ facts: [Fact], _ parameters: [Int], _ subject: Facts, _ context: EvaluationContext,
    _ policy: CompiledPolicy
  ) -> [NamedValue] {
    // A criterion reads a handful of facts and parameters: a linear check is cheaper than
    // hashing names. (The checker keeps parameter names apart from fact names.)
    var seenFacts: [Fact] = []
    var seenParameters: [Int] = []
    var result: [NamedValue] = []
    for fact in facts where !seenFacts.contains(fact) {
      seenFacts.append(fact)
      result.append(
        NamedValue(name: fact.rawValue, value: subject.value(of: fact, asOf: context.asOf)))
    }
    for index in parameters where !seenParameters.contains(index) {
      seenParameters.append(index)
      let parameter = policy.parameters[index]
      result.append(
        NamedValue(name: parameter.name, value: parameter.kind.value(context.parameters[index])))
    }
    return result
  }

  /// Failed numeric thresholds of a condition made of `and`s: how much each was missed by.
  private static func nearestMisses(
    _ condition: TypedCondition, _ facts: Facts, _ context: EvaluationContext
  ) -> [NearestMiss] {
    switch condition {
    case .and(let parts):
      return parts.flatMap { nearestMisses($0, facts, context) }
    case .numeric(let fact, let op, let operand, let kind):
      guard op != .equal && op != .notEqual,
        let value = ConditionCompiler.numericReader(fact)(facts, context.asOf)
      else { return [] }
      let bound = context.resolve(operand)
      let holds: Bool
      switch op {
      case .less: holds = value < bound
      case .lessOrEqual: holds = value <= bound
      case .greater: holds = value > bound
      default: holds = value >= bound
      }
      guard !holds else { return [] }
      let change = bound - value
      let changeValue: Value =
        kind == .date
        ? .integer(change)
        : kind == .number ? .decimal(FixedDecimal(units: change)) : kind.value(change)
      return [
        NearestMiss(
          fact: fact, value: kind.value(value), required: kind.value(bound), change: changeValue,
          strict: op == .less || op == .greater)
      ]
    default:
      return []
    }
  }
}

extension CompiledPolicy {
  /// The policy's reason texts with the built-in ones it did not override (merged when checked).
  var reasonTexts: [String: LocalizedText] { reasons }
}
