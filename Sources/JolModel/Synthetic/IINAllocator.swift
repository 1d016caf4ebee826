/// Gives each synthetic person an IIN no one else has, however many people there are.
///
/// An IIN is a birth date, a sex (with the century), a four-digit serial and a check digit; some
/// serials have no valid check digit. The allocator keeps, per birth date and sex, the next
/// serial to try, so people born the same day get serials in turn. When a day's 10 000 serials
/// are used up, the person's birth date moves to the next day of the same year (a region of
/// millions still fits: 365 days × 2 sexes × ~9 000 serials per birth year); the returned date is
/// the one the IIN encodes, and the caller records it as the birth date.
struct IINAllocator: Sendable {
  /// Per (days since epoch, sex): the next serial to try.
  private var next: [Int64: Int] = [:]

  /// A new IIN for a person born on `birthDate` (or, when that day is full, a later day of the
  /// same year, wrapping to 1 January), with the date it encodes.
  /// - Complexity: amortised O(1); nil only when every day of the year is full.
  mutating func allocate(born birthDate: CivilDate, sex: Sex) -> (iin: IIN, birthDate: CivilDate)? {
    let year = birthDate.year
    let first = CivilDate(year: year, month: 1, day: 1)!
    let days = CivilDate.isLeap(year) ? 366 : 365
    let offset = first.days(to: birthDate)
    for step in 0..<days {
      let date = first.adding(days: (offset + step) % days)
      let key = Int64(date.daysSinceEpoch) * 2 + (sex == .male ? 0 : 1)
      var serial = next[key, default: 1]
      while serial <= 9_999 {
        let candidate = IIN.synthesize(birthDate: date, sex: sex, serial: serial)
        serial += 1
        if let iin = candidate {
          next[key] = serial
          return (iin, date)
        }
      }
      next[key] = serial
    }
    return nil
  }
}
