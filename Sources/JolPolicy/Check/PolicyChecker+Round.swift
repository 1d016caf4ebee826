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
          sink.error(name.location, .rankNeedsNumber(fact))
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
      seats = operand(literal, .number, .theSeats)
      if case .constant(let units) = seats, units <= 0 || units % FixedDecimal.scale != 0 {
        sink.error(literal.location, .seatsPositive(found: literal.display))
      }
    }
    var budget: Operand?
    if let (literal, period) = syntax.budget {
      budget = operand(literal, .money, .theBudget)
      if let amount, amount.period != period.value {
        sink.error(period.location, .periodsDiffer(budget: period.value, amount: amount.period))
      } else if amount == nil {
        sink.error(literal.location, .budgetWithoutAmount)
      }
    }
    let limited = syntax.seats != nil || syntax.budget != nil
    if limited && syntax.rankKeys.isEmpty && syntax.rankLocation == nil {
      sink.error(fileStart, .limitNeedsRank)
    }
    if limited && syntax.tiebreak == nil {
      sink.error(fileStart, .limitNeedsTiebreak)
    }
    if !limited, let location = syntax.rankLocation {
      sink.error(location, .rankWithoutLimit)
    }
    if !limited, let tiebreak = syntax.tiebreak {
      sink.error(tiebreak.location, .tiebreakWithoutLimit)
    }

    var reserves: [CompiledReserve] = []
    var total: Int64 = 0
    var names: Set<String> = []
    for decl in syntax.reserves {
      if syntax.seats == nil {
        sink.error(decl.location, .quotaNeedsSeats)
      }
      if !names.insert(decl.name.value).inserted {
        sink.error(decl.name.location, .quotaTwice(decl.name.value))
      }
      guard decl.share.kind == .percent, let share = FixedDecimal(decl.share.text) else {
        sink.error(decl.share.location, .shareIsPercent(found: decl.share.display))
        continue
      }
      if share.units <= 0 { sink.error(decl.share.location, .sharePositive) }
      total += share.units
      if total > 100 * FixedDecimal.scale {
        sink.error(decl.share.location, .quotasOver100(FixedDecimal(units: total)))
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

extension Diagnostic.Message {
  fileprivate static let theSeats = CheckMessage.theSeats.text()

  fileprivate static let theBudget = CheckMessage.theBudget.text()

  fileprivate static func rankNeedsNumber(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return CheckMessage.rankNeedsNumber.text(["name": name, "type": type])
  }

  fileprivate static func seatsPositive(found: String) -> Self {
    CheckMessage.seatsPositive.text(["found": found])
  }

  fileprivate static func periodsDiffer(budget: Period, amount: Period) -> Self {
    // English names the period by its keyword ("per month"); kk and ru by its title.
    func period(_ period: Period) -> Self {
      .each { $0 == .en ? period.rawValue : period.title[$0] }
    }
    return CheckMessage.periodsDiffer.text(["budget": period(budget), "amount": period(amount)])
  }

  fileprivate static let budgetWithoutAmount = CheckMessage.budgetWithoutAmount.text()

  fileprivate static let limitNeedsRank = CheckMessage.limitNeedsRank.text()

  fileprivate static let limitNeedsTiebreak = CheckMessage.limitNeedsTiebreak.text()

  fileprivate static let rankWithoutLimit = CheckMessage.rankWithoutLimit.text()

  fileprivate static let tiebreakWithoutLimit = CheckMessage.tiebreakWithoutLimit.text()

  fileprivate static let quotaNeedsSeats = CheckMessage.quotaNeedsSeats.text()

  fileprivate static func quotaTwice(_ name: String) -> Self {
    CheckMessage.quotaTwice.text(["name": name])
  }

  fileprivate static func shareIsPercent(found: String) -> Self {
    CheckMessage.shareIsPercent.text(["found": found])
  }

  fileprivate static let sharePositive = CheckMessage.sharePositive.text()

  fileprivate static func quotasOver100(_ total: FixedDecimal) -> Self {
    CheckMessage.quotasOver100.text(["total": decimal(total)])
  }
}
