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
  fileprivate static let theSeats = Self(kk: "орын саны", ru: "числа мест", en: "seats")

  fileprivate static let theBudget = Self(kk: "бюджет", ru: "бюджета", en: "the budget")

  fileprivate static func rankNeedsNumber(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return Self(
      kk:
        "рейтинг үшін сан немесе күн фактісі керек; '\(name)' — \(type.kk): оның орнына жақшадағы шарт бойынша реттеңіз, мысалы (\(name) = …) first",
      ru:
        "для ранжирования нужен факт-число или дата; '\(name)' — \(type.ru): ранжируйте по условию в скобках, например (\(name) = …) first",
      en:
        "ranking needs a number or date fact; '\(name)' is \(type.en): rank by a condition in parentheses instead, e.g. (\(name) = …) first"
    )
  }

  fileprivate static func seatsPositive(found: String) -> Self {
    Self(
      kk: "орын саны оң бүтін сан болуы керек, бірақ \(found) кездесті",
      ru: "число мест должно быть целым положительным, а найдено \(found)",
      en: "seats must be a positive whole number, found \(found)")
  }

  fileprivate static func periodsDiffer(budget: Period, amount: Period) -> Self {
    Self(
      kk:
        "бюджет \(budget.title.kk), ал сома \(amount.title.kk) көрсетілген: екеуін бір кезеңге көрсетіңіз",
      ru:
        "бюджет указан \(budget.title.ru), а сумма — \(amount.title.ru): укажите оба за один период",
      en:
        "the budget is per \(budget.rawValue) but the amount is per \(amount.rawValue): state both for the same period"
    )
  }

  fileprivate static let budgetWithoutAmount = Self(
    kk: "бюджетке жұмсалатын 'amount' сомасы керек",
    ru: "бюджету нужна сумма 'amount', на которую он тратится",
    en: "a budget needs an 'amount' to spend")

  fileprivate static let limitNeedsRank = Self(
    kk: "орындар немесе бюджет үшін 'rank by …' жолы керек: жетпеген кезде кім бірінші болатыны",
    ru: "для мест или бюджета нужна строка 'rank by …': кто первый, когда на всех не хватает",
    en: "seats or a budget need a 'rank by …' line: who comes first when there are not enough")

  fileprivate static let limitNeedsTiebreak = Self(
    kk:
      "орындар немесе бюджет үшін 'tiebreak lottery \"SEED\"' жолы керек: тең орындарды тіркелетін жеребе шешеді",
    ru:
      "для мест или бюджета нужна строка 'tiebreak lottery \"SEED\"': равные места решает записанная жеребьёвка",
    en:
      "seats or a budget need a 'tiebreak lottery \"SEED\"' line: equal ranks are decided by a recorded lottery"
  )

  fileprivate static let rankWithoutLimit = Self(
    kk:
      "орын не бюджет болмаса, 'rank' ештеңеге әсер етпейді: 'seats N' немесе 'budget …' қосыңыз, не оны алып тастаңыз",
    ru:
      "'rank' без мест или бюджета ни на что не влияет: добавьте 'seats N' или 'budget …' либо удалите его",
    en: "'rank' without seats or a budget has no effect: add 'seats N' or 'budget …', or remove it")

  fileprivate static let tiebreakWithoutLimit = Self(
    kk: "орын не бюджет болмаса, 'tiebreak' ештеңеге әсер етпейді",
    ru: "'tiebreak' без мест или бюджета ни на что не влияет",
    en: "'tiebreak' without seats or a budget has no effect")

  fileprivate static let quotaNeedsSeats = Self(
    kk: "квота — орындардың үлесі: 'seats N' жолын қосыңыз",
    ru: "квота — это доля мест: добавьте строку 'seats N'",
    en: "a reserved quota is a share of seats: add a 'seats N' line")

  fileprivate static func quotaTwice(_ name: String) -> Self {
    Self(
      kk: "'\(name)' квотасы екі рет анықталған", ru: "квота '\(name)' определена дважды",
      en: "quota '\(name)' defined twice")
  }

  fileprivate static func shareIsPercent(found: String) -> Self {
    Self(
      kk: "квота үлесі пайызбен беріледі (30%), бірақ \(found) кездесті",
      ru: "доля квоты задаётся в процентах (30%), а найдено \(found)",
      en: "a quota share is a percent (30%), found \(found)")
  }

  fileprivate static let sharePositive = Self(
    kk: "квота үлесі 0%-дан жоғары болуы керек", ru: "доля квоты должна быть больше 0%",
    en: "a quota share must be above 0%")

  fileprivate static func quotasOver100(_ total: FixedDecimal) -> Self {
    Self(
      kk:
        "квоталардың қосындысы \(total.description.replacingComma())% — орындардың 100%-нан асады",
      ru: "квоты в сумме составляют \(total.description.replacingComma())% — больше 100% мест",
      en: "reserved quotas add up to \(total)%, over 100% of seats")
  }
}
