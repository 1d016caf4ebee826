import JolModel

/// A reserved quota's seats on a date: what `policy check`, `policy show` and a round report.
public struct QuotaSeats: Sendable, Hashable {
  /// The quota's name (`rural`).
  public var name: String
  /// Its share of the seats, in percent.
  public var share: FixedDecimal
  /// ⌊seats × share⌋: 0 means the quota takes nobody.
  public var seats: Int
}

extension CompiledPolicy {
  /// ⌊seats × share⌋, `share` in ten-thousandths of a percent: a quota never takes a fraction
  /// of a seat from the general pool. Exact for the checked limits (seats ≤ 1 000 000, shares
  /// ≤ 100%).
  static func quotaSeats(_ seats: Int, _ share: Int64) -> Int {
    Int(Int64(seats) * share / (100 * FixedDecimal.scale))
  }

  /// The seats on `date` (nil when the policy has no seats or is not in effect) and each
  /// reserved quota's part of them.
  public func quotaSeats(asOf date: CivilDate) -> (seats: Int, quotas: [QuotaSeats])? {
    guard let seats, let context = context(asOf: date) else { return nil }
    let total = Int(context.resolve(seats) / FixedDecimal.scale)
    return (
      total,
      reserves.map {
        QuotaSeats(
          name: $0.name, share: FixedDecimal(units: $0.share),
          seats: Self.quotaSeats(total, $0.share))
      }
    )
  }
}
