/// A calendar date with no time of day and no time zone: the day on which a fact took effect
/// ("enrolled on 2026-09-01"). Stored as the number of days since 1970-01-01, so comparison and
/// day arithmetic are integer operations.
///
/// Dates are proleptic Gregorian. "Today" depends on the clock and the time zone; see
/// ``KazakhstanTime`` — engines take the date as a parameter and never read the clock.
public struct CivilDate: Hashable, Comparable, Sendable {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int32

  public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

  /// The date for a year, month (1–12) and day (1–31), or nil when no such day exists
  /// (2026-02-29, 2026-04-31, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.daysSinceEpoch = Int32(CivilDate.days(year: year, month: month, day: day))
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  /// Year, month and day of this date.
  public var components: (year: Int, month: Int, day: Int) {
    // Days → civil, after Howard Hinnant's `civil_from_days` (eras of 400 years).
    let z = Int(daysSinceEpoch) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// The date `count` days later (earlier when negative).
  public func adding(days count: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + Int32(count))
  }

  /// Whole days from `self` to `other` (negative when `other` is earlier).
  public func days(to other: CivilDate) -> Int {
    Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
  }

  /// Full years a person born on `self` has on `date`. A person born on 29 February becomes a
  /// year older on 1 March in common years, as Kazakhstan's civil registration counts it.
  public func age(on date: CivilDate) -> Int {
    let born = components
    let now = date.components
    var years = now.year - born.year
    if (now.month, now.day) < (born.month, born.day) { years -= 1 }
    return years
  }

  /// Whether `year` is a leap year of the Gregorian calendar.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func days(year: Int, month: Int, day: Int) -> Int {
    // Civil → days, after Howard Hinnant's `days_from_civil`.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
