import JolFormat
import JolModel

/// Limits that keep a round's arithmetic exact: the largest award (the biggest amount with every
/// supplement) must be countable in tiyn, seats at most ``maximumSeats``, and seats × the
/// largest award must be countable too — so `policy check` refuses a policy whose round would
/// overflow, at the line that makes it so. A round without seats can still sum past the limit
/// with enough applicants; ``Round`` reports that at run time (see ``RoundResult/errors``).
/// Also: each reserved quota's seats (⌊seats × share⌋), with a warning for a quota of 0 seats.
extension PolicyChecker {
  /// The most seats a policy may offer: far above any round, and small enough that seats ×
  /// share never overflows.
  static let maximumSeats: Int64 = 1_000_000

  /// Each value `operand` takes over the policy's life, with where it is written: the constant
  /// at `literal`, or every dated value of the parameter.
  func values(_ operand: Operand, _ literal: Literal) -> [(value: Int64, location: SourceLocation)]
  {
    switch operand {
    case .constant(let value): return [(value, literal.location)]
    case .parameter(let index):
      let name = parameters[index].name
      let decl = syntax.parameters.first { $0.name.value == name }
      return zip(parameters[index].values, decl?.values ?? []).map {
        ($0.value, $1.value.location)
      }
    }
  }

  /// Checks the largest award, seats and seats × award; warns about quotas of 0 seats.
  mutating func checkLimits(
    amount: CompiledAmount?, supplements: [CompiledSupplement], seats: Operand?
  ) {
    var seatCounts: [(value: Int64, location: SourceLocation)] = []
    if let seats, let literal = syntax.seats {
      for (units, location) in values(seats, literal) {
        let count = units / FixedDecimal.scale
        if count > Self.maximumSeats {
          sink.error(location, .tooManySeats(count, Self.maximumSeats))
        } else {
          seatCounts.append((count, location))
        }
      }
    }
    checkQuotaSeats(seatCounts.map(\.value))
    guard let amount, let decl = syntax.amount else { return }
    guard let award = largestAward(amount, supplements) else {
      sink.error(decl.location, .awardOverflows)
      return
    }
    for (count, location) in seatCounts
    where award.multipliedReportingOverflow(by: count).overflow {
      sink.error(location, .roundOverflows(seats: count, award: award))
    }
  }

  /// The biggest amount any learner can get: the largest base amount plus every supplement at
  /// its largest rate; nil when it cannot be counted in tiyn.
  private func largestAward(_ amount: CompiledAmount, _ supplements: [CompiledSupplement])
    -> Money?
  {
    let bases: [Operand] =
      switch amount.kind {
      case .fixed(let operand): [operand]
      case .table(_, let rows, let otherwise): Array(rows.values) + (otherwise.map { [$0] } ?? [])
      }
    let base = Money(tiyn: bases.flatMap(allValues).max() ?? 0)
    var total = base
    for supplement in supplements {
      let rate = allValues(supplement.rate).max() ?? 0
      var (added, overflow) = base.multipliedReportingOverflow(by: FixedDecimal(units: rate / 100))
      guard !overflow else { return nil }
      // Rounding to a step adds at most one step.
      if let step = supplement.step {
        (added, overflow) = added.addingReportingOverflow(Money(tiyn: allValues(step).max() ?? 0))
        guard !overflow else { return nil }
      }
      let (sum, sumOverflow) = total.addingReportingOverflow(added)
      guard !sumOverflow else { return nil }
      total = sum
    }
    return total
  }

  /// Every value an operand takes: the constant, or each dated value of the parameter.
  func allValues(_ operand: Operand) -> [Int64] {
    switch operand {
    case .constant(let value): [value]
    case .parameter(let index): parameters[index].values.map(\.value)
    }
  }

  /// A quota whose share of the seats rounds down to 0 takes nobody: a warning at its share.
  private mutating func checkQuotaSeats(_ seatCounts: [Int64]) {
    for decl in syntax.reserves {
      guard decl.share.kind == .percent, let share = FixedDecimal(decl.share.text), share.units > 0
      else { continue }
      if let seats = seatCounts.first(where: {
        CompiledPolicy.quotaSeats(Int($0), share.units) == 0
      }) {
        sink.warning(decl.share.location, .quotaOfNoSeats(decl.name.value, share, seats: seats))
      }
    }
  }
}

extension Diagnostic.Message {
  fileprivate static func tooManySeats(_ count: Int64, _ limit: Int64) -> Self {
    CheckMessage.tooManySeats.text(["count": String(count), "limit": String(limit)])
  }

  fileprivate static let awardOverflows = CheckMessage.awardOverflows.text([
    "maximum": amount(Money.maximum)
  ])

  fileprivate static func roundOverflows(seats: Int64, award: Money) -> Self {
    CheckMessage.roundOverflows.text([
      "seats": String(seats), "award": amount(award), "maximum": amount(Money.maximum),
    ])
  }

  fileprivate static func quotaOfNoSeats(_ name: String, _ share: FixedDecimal, seats: Int64)
    -> Self
  {
    CheckMessage.quotaOfNoSeats.text([
      "name": name, "seats": String(seats), "percent": decimal(share),
    ])
  }

  /// An amount as each language writes it in these messages: `35 000 ₸`, `35000 KZT` in English.
  private static func amount(_ money: Money) -> Self {
    .each { $0 == .en ? money.description + " KZT" : LocalNumber.money(money, $0) }
  }
}
