import JolFormat
import JolModel

/// One policy's side of a round: decisions, the rank order, and allocation to pools.
struct RoundRanking {
  let policy: CompiledPolicy
  let subjects: [Facts]
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
  /// Whether the awards' total went past ``Money/maximum`` (possible only without seats, as
  /// the checker bounds seats × the largest award); allocation stopped there.
  var overflowed = false
  let seats: Int?
  let budget: Money?

  init(
    policy: CompiledPolicy, subjects: [Facts], asOf: CivilDate,
    seed: String?
  ) {
    self.policy = policy
    self.subjects = subjects
    self.asOf = asOf
    seedText = (policy.lotterySeed ?? policy.id.rawValue) + (seed.map { "|" + $0 } ?? "")
    let context = policy.context(asOf: asOf)
    self.context = context
    let count = subjects.count
    var decisions = [QuickDecision](
      repeating: QuickDecision(outcome: .ineligible, amount: nil), count: count)
    if let context {
      subjects.withUnsafeBufferPointer { facts in
        for index in facts.indices {
          decisions[index] = policy.quickDecision(facts[index], context)
        }
      }
    }
    self.decisions = decisions
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
    var eligible: [Int] = []
    eligible.reserveCapacity(count)
    let readers = policy.ranking.map { key -> (@Sendable (Facts, CivilDate) -> Int64?)? in
      if case .fact(let fact, _) = key { return ConditionCompiler.numericReader(fact) }
      return nil
    }
    var keys = [Int64](repeating: 0, count: count * keyCount)
    let ranking = policy.ranking
    let keyCount = keyCount
    // Borrow the facts in place: copying a Facts value retains a dozen references.
    subjects.withUnsafeBufferPointer { facts in
      for index in 0..<count where decisions[index].outcome == .eligible {
        eligible.append(index)
        for (position, key) in ranking.enumerated() {
          let value: Int64
          switch key {
          case .fact(_, let descending):
            if let raw = readers[position]!(facts[index], asOf) {
              value = descending ? raw : -raw
            } else {
              value = Int64.min  // unknown ranks last
            }
          case .condition(_, let test):
            value = context.map { test(facts[index], $0) == .pass ? 1 : 0 } ?? 0
          }
          keys[index * keyCount + position] = value
        }
        // Lower draw wins; stored negated into "larger is better" by bit inversion.
        keys[index * keyCount + keyCount - 1] = Int64(
          bitPattern: ~lottery.draw(facts[index].id) >> 1)
      }
    }
    self.keys = keys
    eligible.sort { a, b in
      let baseA = a * keyCount
      let baseB = b * keyCount
      for position in 0..<keyCount {
        let x = keys[baseA + position]
        let y = keys[baseB + position]
        if x != y { return x > y }
      }
      return subjects[a].id < subjects[b].id
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
    overflowed = false
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
        guard let context, reserve.test(subjects[index], context) == .pass else { continue }
        let amount = decisions[index].amount ?? .zero
        if let remaining = remainingBudget, amount > remaining {
          budgetStopped = true
          break
        }
        let (total, overflow) = spent.addingReportingOverflow(amount)
        if overflow {
          overflowed = true
          break
        }
        remainingBudget = remainingBudget.map { $0 - amount }
        spent = total
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
      let (total, overflow) = spent.addingReportingOverflow(amount)
      if overflow || overflowed {
        overflowed = true
        limit[index] = .budget
        continue
      }
      remainingBudget = remainingBudget.map { $0 - amount }
      spent = total
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
  func quotaSeats(_ seats: Int, _ share: Int64) -> Int { CompiledPolicy.quotaSeats(seats, share) }

  func rankValues(_ index: Int) -> [NamedValue] {
    let facts = subjects[index]
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
          subject: subjects[index].id, rank: Int(rankOf[index]), status: status,
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
          let status = subjects.withUnsafeBufferPointer {
            policy.status(criterion, $0[index], context).0
          }
          if status == (needsInformation ? .unknown : .fail) { reasons.append(criterion.key) }
        }
      } else {
        reasons = [BuiltInReasons.notInEffect]
      }
      if needsInformation {
        missing =
          Evaluator.evaluate(policy, subjects[index], asOf: asOf, explain: false).missingFacts
      }
      entries.append(
        RoundEntry(
          subject: subjects[index].id, rank: nil,
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
    let overflow =
      overflowed
      ? Diagnostic(
        policy.amountLocation ?? SourceLocation(file: policy.file, line: 1, column: 1),
        .roundTotalOverflows) : nil
    return PolicyRoundResult(
      policy: policy.id, version: policy.version, textHash: policy.textHash, title: policy.title,
      seats: seats,
      budget: budget.map { Amount(value: $0, per: period) }, spent: spent, pools: pools,
      entries: entries, error: overflow, requirementTexts: policy.requirementTexts)
  }
}

extension Diagnostic.Message {
  fileprivate static let roundTotalOverflows = RoundMessage.roundTotalOverflows.text([
    "maximum": LocalizedText.each {
      $0 == .en ? Money.maximum.description + " KZT" : LocalNumber.money(Money.maximum, $0)
    }
  ])
}
