/// Civil time in Kazakhstan: one zone, UTC+5, for the whole country since 2024-03-01 00:00 by the
/// old UTC+6 clock, which is 2024-02-29 18:00 UTC (tz database 2024a; Asia/Almaty and
/// Asia/Qostanay read "+06 until 2024 Mar, then +05", and `zdump` gives "Thu Feb 29 17:59:59 2024
/// UT = 23:59:59 +06" / "Thu Feb 29 18:00:00 2024 UT = 23:00:00 +05"). Before that most of the country (Astana, Almaty and the east) kept UTC+6; Jol uses UTC+6
/// for instants before the change, which is right for the regions that held most records then.
///
/// Pure: the instant is a parameter (seconds since the Unix epoch); nothing here reads a clock.
public enum KazakhstanTime {
  /// The instant of the change to a single zone: 2024-03-01 00:00 at the old UTC+6, which is
  /// 2024-02-29 18:00 UTC; the clocks went back to 2024-02-29 23:00 at UTC+5.
  public static let singleZoneSince: Int64 = 1_709_229_600

  /// Offset from UTC in seconds at an instant.
  public static func utcOffset(atUnixSeconds seconds: Int64) -> Int64 {
    seconds >= singleZoneSince ? 5 * 3600 : 6 * 3600
  }

  /// The civil date in Kazakhstan at an instant given in seconds since 1970-01-01 UTC.
  public static func date(atUnixSeconds seconds: Int64) -> CivilDate {
    let local = seconds + utcOffset(atUnixSeconds: seconds)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    return CivilDate(daysSinceEpoch: Int32(days))
  }
}
