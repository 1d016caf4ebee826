import JolModel

/// Where a KPI stands on a date, from its value in the pathway report.
///
/// **The rule.** The *target in force* is the short-term target until the end of its year, then
/// the long-term target. The *path* runs straight from the baseline (31 December of its year)
/// to the short-term target (31 December of its year), then on to the long-term target; before
/// the baseline's day it is the baseline, after the long-term target's day that target. Then:
/// - **met**: the value reaches the target in force;
/// - **on track**: it does not, but it reaches the path on the date;
/// - **behind**: otherwise;
/// - **not published**: disclosure control withheld the value (a count below the minimum cell
///   size, a rate on one), so no status is given either — a status would tell about it;
/// - **no data**: the log has nothing the figure is computed from (no mentorships recorded).
///
/// ```swift
/// // baseline 2025: 50 %, short-term 2027: 60 %; on 2026-12-31 the path is at 55 %
/// KPIStatus(value: 56, kpi: kpi, asOf: date)  // .onTrack
/// ```
public enum KPIStatus: String, CaseIterable, Hashable, Sendable {
  case met
  case onTrack = "on_track"
  case behind
  case notPublished = "not_published"
  case noData = "no_data"

  /// The status of `value` (nil when withheld) for `kpi` on `asOf`.
  public init(value: FixedDecimal?, kpi: KPI, asOf: CivilDate) {
    guard let value else {
      self = .notPublished
      return
    }
    if value >= kpi.target(asOf: asOf).value {
      self = .met
    } else if value >= kpi.path(asOf: asOf) {
      self = .onTrack
    } else {
      self = .behind
    }
  }

  /// The status's name in every language.
  public var title: LocalizedText {
    switch self {
    case .met: PassportMessage.statusMet.text()
    case .onTrack: PassportMessage.statusOnTrack.text()
    case .behind: PassportMessage.statusBehind.text()
    case .notPublished: PassportMessage.statusNotPublished.text()
    case .noData: PassportMessage.statusNoData.text()
    }
  }
}

extension KPI {
  /// The target in force on `date`: the short-term one until the end of its year, then the
  /// long-term one.
  public func target(asOf date: CivilDate) -> Point {
    date <= shortTerm.date ? shortTerm : longTerm
  }

  /// The value the straight path from the baseline through the short-term to the long-term
  /// target has reached on `date`, rounded half away from zero as the report publishes the
  /// metric (a share to a tenth, learners whole), so the status follows the figures shown.
  public func path(asOf date: CivilDate) -> FixedDecimal {
    if date <= baseline.date { return baseline.value }
    if date <= shortTerm.date { return unit.rounded(Self.between(baseline, shortTerm, date)) }
    if date <= longTerm.date { return unit.rounded(Self.between(shortTerm, longTerm, date)) }
    return longTerm.value
  }

  /// The value on `date` of the straight line from `start` to `end` (`date` between their
  /// days, the days apart).
  private static func between(_ start: Point, _ end: Point, _ date: CivilDate) -> FixedDecimal {
    let elapsed = FixedDecimal(start.date.days(to: date))
    let span = FixedDecimal(start.date.days(to: end.date))
    // One rounding only: the rise times the days elapsed is exact, then divided.
    let rise = ((end.value - start.value) * elapsed).divided(by: span) ?? .zero
    return start.value + rise
  }
}
