import JolModel

/// The period an award of a round covers, and its amount for the whole period.
///
/// An award starts on the round's decision date and runs until the policy's effective window
/// ends, for at most one year (a round is run again for the next year). The amount is the
/// round's rate times the number of periods of the rate (month, semester, year) the award
/// covers, counting a started one: 2026-10-15 … 2027-08-31 at 40 000 ₸ per month is 11 months,
/// 440 000 ₸. Rates are those of the decision date.
public struct AwardPeriod: Sendable, Equatable {
  public let start: CivilDate
  /// Last day, inclusive.
  public let end: CivilDate

  /// The period of an award of `policy` decided on `asOf`.
  public init(policy: CompiledPolicy, asOf: CivilDate) {
    start = asOf
    let year = asOf.addingMonths(12).adding(days: -1)
    end = policy.effectiveTo.map { Swift.max(asOf, Swift.min($0, year)) } ?? year
  }

  /// Months the period touches, counted from its start: a started month counts.
  public var months: Int {
    var count = 0
    while start.addingMonths(count) <= end { count += 1 }
    return count
  }

  /// Whether the two periods share a day.
  public func overlaps(_ other: AwardPeriod) -> Bool {
    start <= other.end && other.start <= end
  }

  /// The amount for the whole period at `rate` per `period`.
  public func total(_ rate: Money, per period: Period) -> Money {
    let months = months
    let count =
      switch period {
      case .month: months
      case .semester: (months + 5) / 6
      case .year: (months + 11) / 12
      }
    return Money(tiyn: rate.tiyn * Int64(count))
  }
}

extension CivilDate {
  /// The same day `count` months later (the month's last day when it is shorter).
  public func addingMonths(_ count: Int) -> CivilDate {
    let total = year * 12 + (month - 1) + count
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = Swift.min(day, CivilDate.daysIn(month: newMonth, year: newYear))
    return CivilDate(year: newYear, month: newMonth, day: newDay)!
  }
}
