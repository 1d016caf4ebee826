import JolModel

/// One policy's side of a round: decisions, the rank order, and allocation to pools.
struct RoundRanking {
  let policy: CompiledPolicy
  let subjects: [(facts: Facts, original: Int)]
  let asOf: CivilDate
  let seedText: String
  let context: EvaluationContext?
  var decisions: [QuickDecision]
  /// Indices of eligible subjects in rank order.
  var order: [Int] = []
  var rankOf: [Int32]
  var keys: [Int64]
  let keyCount: Int
  /// Per subject: pool index awarded (0 general, 1… quotas) or -1; limit that stopped them.
  var awardedPool: [Int8]
  var limit: [RoundLimit?]
  var pools: [PoolResult] = []
  var spent = Money.zero
  let seats: Int?
  let budget: Money?

  init(
    policy: CompiledPolicy, subjects: [(facts: Facts, original: Int)], asOf: CivilDate,
    seed: String?
  ) {
    self.policy = policy
    self.subjects = subjects
    self.asOf = asOf
    seedText = (policy.lotterySeed ?? policy.id.rawValue) + (seed.map { "|" + $0 } ?? "")
    let context = policy.context(asOf: asOf)
    self.context = context
    let count = subjects.count
    decisions = subjects.map { subject in
      context.map { policy.quickDecision(subject.facts, $0) }
        ?? QuickDecision(outcome: .ineligible, amount: nil)
    }
    seats = policy.seats.flatMap { operand in
      context.map { Int($0.resolve(operand) / FixedDecimal.scale) }
    }
    budget = policy.budget.flatMap { operand in context.map { Money(tiyn: $0.resolve(operand)) } }
    rankOf = [Int32](repeating: -1, count: count)
    awardedPool = [Int8](repeating: -1, count: count)
    limit = [RoundLimit?](repeating: nil, count: count)

    // Rank keys, flattened: larger is better for every key (ascending keys are negated).
    let lottery = Lottery(seed: seedText)
    keyCount = policy.ranking.count + 1
    keys = [Int64](repeating: 0, count: count * keyCount)
    var eligible: [Int] = []
    eligible.reserveCapacity(count)
    let readers = policy.ranking.map { key -> (@Sendable (Facts, CivilDate) -> Int64?)? in
      if case .fact(let fact, _) = key { return ConditionCompiler.numericReader(fact) }
      return nil
    }
    for index in 0..<count where decisions[index].outcome == .eligible {
      eligible.append(index)
      let facts = subjects[index].facts
      for (position, key) in policy.ranking.enumerated() {
        let value: Int64
        switch key {
        case .fact(_, let descending):
          if let raw = readers[position]!(facts, asOf) {
            value = descending ? raw : -raw
          } else {
            value = Int64.min  // unknown ranks last
          }
        case .condition(_, let test):
          value = context.map { test(facts, $0) == .pass ? 1 : 0 } ?? 0
        }
        keys[index * keyCount + position] = value
      }
      // Lower draw wins; stored negated into "larger is better" by bit inversion.
      keys[index * keyCount + keyCount - 1] = Int64(bitPattern: ~lottery.draw(facts.id) >> 1)
    }
    let keyCount = keyCount
    eligible.sort { a, b in
      let baseA = a * keyCount
      let baseB = b * keyCount
      for position in 0..<keyCount {
        let x = keys[baseA + position]
        let y = keys[baseB + position]
        if x != y { return x > y }
      }
      return subjects[a].facts.id < subjects[b].facts.id
    }
    order = eligible
    for (rank, index) in eligible.enumerated() { rankOf[index] = Int32(rank + 1) }
  }

  func isEligible(_ index: Int) -> Bool { rankOf[index] > 0 }
  func isAwarded(_ index: Int) -> Bool { awardedPool[index] >= 0 }

  /// Allocates seats and budget among `candidates` (eligible subjects proposing to this
  /// policy), quotas first. Replaces any earlier allocation.
  /// - Complexity: O(n · (quotas + 1)).
  mutating func allocate(candidates: [Bool]) {
    // Limits of earlier rejections are kept: they explain why a learner moved on.
    for index in awardedPool.indices {
      awardedPool[index] = -1
      if candidates[index] { limit[index] = nil }
    }
    spent = .zero
    pools = []
    var remainingBudget = budget
    var generalSeats = seats.map { total in
      total - policy.reserves.reduce(0) { $0 + quotaSeats(total, $1.share) }
    }
    var quotaResults: [PoolResult] = []
    for (quotaIndex, reserve) in policy.reserves.enumerated() {
      let capacity = quotaSeats(seats ?? 0, reserve.share)
      var filled = 0
      var last: Int?
      var budgetStopped = false
      for index in order
      where candidates[index] && awardedPool[index] < 0 && filled < capacity && !budgetStopped {
        guard let context, reserve.test(subjects[index].facts, context) == .pass else { continue }
        let amount = decisions[index].amount ?? .zero
        if let remaining = remainingBudget, amount > remaining {
          budgetStopped = true
          break
        }
        remainingBudget = remainingBudget.map { $0 - amount }
        spent = spent + amount
        awardedPool[index] = Int8(quotaIndex + 1)
        filled += 1
        last = index
      }
      let unused = capacity - filled
      if reserve.unusedToGeneral { generalSeats = generalSeats.map { $0 + unused } }
      quotaResults.append(
        PoolResult(
          name: reserve.name, seats: capacity, awarded: filled,
          released: reserve.unusedToGeneral ? unused : 0,
          vacant: reserve.unusedToGeneral ? 0 : unused, cutoff: last.map(rankValues) ?? []))
    }
    var filled = 0
    var last: Int?
    var budgetStopped = false
    for index in order where candidates[index] && awardedPool[index] < 0 {
      if budgetStopped {
        limit[index] = .budget
        continue
      }
      if let generalSeats, filled >= generalSeats {
        limit[index] = .seats
        continue
      }
      let amount = decisions[index].amount ?? .zero
      if let remaining = remainingBudget, amount > remaining {
        budgetStopped = true
        limit[index] = .budget
        continue
      }
      remainingBudget = remainingBudget.map { $0 - amount }
      spent = spent + amount
      awardedPool[index] = 0
      filled += 1
      last = index
    }
    pools =
      [
        PoolResult(
          name: "general", seats: generalSeats, awarded: filled, released: 0, vacant: 0,
          cutoff: last.map(rankValues) ?? [])
      ]
      + quotaResults
  }

  /// ⌊seats × share⌋: a quota never takes a fraction of a seat from the general pool.
  func quotaSeats(_ seats: Int, _ share: Int64) -> Int {
    Int(Int64(seats) * share / (100 * FixedDecimal.scale))
  }

  func rankValues(_ index: Int) -> [NamedValue] {
    let facts = subjects[index].facts
    return policy.ranking.compactMap { key in
      guard case .fact(let fact, _) = key else { return nil }
      return NamedValue(name: fact.rawValue, value: facts.value(of: fact, asOf: asOf))
    }
  }

  func result(holding: [Int], choice: Int, duplicates: [Int], applicants: [Applicant])
    -> PolicyRoundResult
  {
    var entries: [RoundEntry] = []
    entries.reserveCapacity(subjects.count + duplicates.count)
    let period = policy.amount?.period ?? .year
    for index in order {
      let pool = awardedPool[index]
      let status: RoundStatus =
        pool >= 0
        ? .awarded
        : (holding[index] >= 0 && holding[index] != choice) ? .awardedElsewhere : .notAwarded
      entries.append(
        RoundEntry(
          subject: subjects[index].facts.id, rank: Int(rankOf[index]), status: status,
          pool: pool < 0 ? nil : pool == 0 ? "general" : policy.reserves[Int(pool) - 1].name,
          amount: pool >= 0 ? decisions[index].amount.map { Amount(value: $0, per: period) } : nil,
          limit: status == .notAwarded ? limit[index] : nil, failedReasons: [], missingFacts: [],
          rankValues: rankValues(index)))
    }
    for index in subjects.indices where rankOf[index] < 0 {
      let needsInformation = decisions[index].outcome == .needsInformation
      var reasons: [String] = []
      var missing: [Fact] = []
      if let context {
        // Only the keys here; the full explanation is one Evaluator call away.
        for criterion in policy.criteria {
          let status = policy.status(criterion, subjects[index].facts, context).0
          if status == (needsInformation ? .unknown : .fail) { reasons.append(criterion.key) }
        }
      } else {
        reasons = [BuiltInReasons.notInEffect]
      }
      if needsInformation {
        missing =
          Evaluator.evaluate(policy, subjects[index].facts, asOf: asOf, explain: false).missingFacts
      }
      entries.append(
        RoundEntry(
          subject: subjects[index].facts.id, rank: nil,
          status: needsInformation ? .needsInformation : .ineligible,
          pool: nil, amount: nil, limit: nil, failedReasons: reasons, missingFacts: missing,
          rankValues: []))
    }
    for index in duplicates {
      entries.append(
        RoundEntry(
          subject: applicants[index].subject, rank: nil, status: .duplicate, pool: nil, amount: nil,
          limit: nil,
          failedReasons: [], missingFacts: [], rankValues: []))
    }
    return PolicyRoundResult(
      policy: policy.id, version: policy.version, textHash: policy.textHash, title: policy.title,
      seats: seats,
      budget: budget.map { Amount(value: $0, per: period) }, spent: spent, pools: pools,
      entries: entries)
  }
}
