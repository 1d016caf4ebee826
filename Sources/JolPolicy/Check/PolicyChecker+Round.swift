import JolModel

/// Ranking, lottery, seats, budget, quotas: what a funding round needs, consistent before it runs.
extension PolicyChecker {
  mutating func checkRound(amount: CompiledAmount?) -> (
    ranking: [CompiledRankKey], seats: Operand?, budget: Operand?, reserves: [CompiledReserve]
  ) {
    var ranking: [CompiledRankKey] = []
    for key in syntax.rankKeys {
      switch key {
      case .fact(let name, let descending):
        guard let fact = fact(name) else { continue }
        guard [.integer, .decimal, .percent, .date].contains(fact.type) else {
          sink.error(
            name.location,
            "ranking needs a number or date fact; '\(fact.rawValue)' is \(fact.type.rawValue): rank by a condition in parentheses instead, e.g. (\(fact.rawValue) = …) first"
          )
          continue
        }
        ranking.append(.fact(fact, descending: descending))
      case .condition(let condition, _):
        guard let typed = typed(condition) else { continue }
        ranking.append(.condition(typed, ConditionCompiler.compile(typed)))
      }
    }
    var seats: Operand?
    if let literal = syntax.seats {
      seats = operand(literal, .number, "seats")
      if case .constant(let units) = seats, units <= 0 || units % FixedDecimal.scale != 0 {
        sink.error(
          literal.location, "seats must be a positive whole number, found \(literal.display)")
      }
    }
    var budget: Operand?
    if let (literal, period) = syntax.budget {
      budget = operand(literal, .money, "the budget")
      if let amount, amount.period != period.value {
        sink.error(
          period.location,
          "the budget is per \(period.value.rawValue) but the amount is per \(amount.period.rawValue): state both for the same period"
        )
      } else if amount == nil {
        sink.error(literal.location, "a budget needs an 'amount' to spend")
      }
    }
    let limited = syntax.seats != nil || syntax.budget != nil
    if limited && syntax.rankKeys.isEmpty && syntax.rankLocation == nil {
      sink.error(
        fileStart,
        "seats or a budget need a 'rank by …' line: who comes first when there are not enough")
    }
    if limited && syntax.tiebreak == nil {
      sink.error(
        fileStart,
        "seats or a budget need a 'tiebreak lottery \"SEED\"' line: equal ranks are decided by a recorded lottery"
      )
    }
    if !limited, let location = syntax.rankLocation {
      sink.error(
        location,
        "'rank' without seats or a budget has no effect: add 'seats N' or 'budget …', or remove it")
    }
    if !limited, let tiebreak = syntax.tiebreak {
      sink.error(tiebreak.location, "'tiebreak' without seats or a budget has no effect")
    }

    var reserves: [CompiledReserve] = []
    var total: Int64 = 0
    var names: Set<String> = []
    for decl in syntax.reserves {
      if syntax.seats == nil {
        sink.error(decl.location, "a reserved quota is a share of seats: add a 'seats N' line")
      }
      if !names.insert(decl.name.value).inserted {
        sink.error(decl.name.location, "quota '\(decl.name.value)' defined twice")
      }
      guard decl.share.kind == .percent, let share = FixedDecimal(decl.share.text) else {
        sink.error(
          decl.share.location, "a quota share is a percent (30%), found \(decl.share.display)")
        continue
      }
      if share.units <= 0 { sink.error(decl.share.location, "a quota share must be above 0%") }
      total += share.units
      if total > 100 * FixedDecimal.scale {
        sink.error(
          decl.share.location,
          "reserved quotas add up to \(FixedDecimal(units: total))%, over 100% of seats")
      }
      guard let condition = typed(decl.condition) else { continue }
      reserves.append(
        CompiledReserve(
          name: decl.name.value, share: share.units, condition: condition,
          test: ConditionCompiler.compile(condition), unusedToGeneral: decl.unusedToGeneral))
    }
    return (ranking, seats, budget, reserves)
  }
}
