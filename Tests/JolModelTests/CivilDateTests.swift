import JolModel
import Testing

@Suite struct CivilDateTests {
  @Test func roundTripsEveryDayOverFourCenturies() {
    var previous: CivilDate?
    for days in Int32(-150_000)...Int32(150_000) {
      let date = CivilDate(daysSinceEpoch: days)
      let (year, month, day) = date.components
      #expect(CivilDate(year: year, month: month, day: day) == date)
      if let previous { #expect(previous < date) }
      previous = date
    }
  }

  @Test(arguments: [
    ("1970-01-01", 0), ("2000-02-29", 11_016), ("2024-03-01", 19_783), ("1969-12-31", -1),
  ])
  func knownDates(text: String, days: Int32) {
    #expect(CivilDate(text)?.daysSinceEpoch == days)
    #expect(CivilDate(daysSinceEpoch: days).description == text)
  }

  @Test(arguments: [
    "2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-4-1", "20260401", "",
  ])
  func rejectsImpossibleOrMalformed(text: String) {
    #expect(CivilDate(text) == nil)
  }

  @Test func ageCountsFullYears() throws {
    let born = try #require(CivilDate("2008-02-29"))
    #expect(born.age(on: try #require(CivilDate("2026-02-28"))) == 17)
    #expect(born.age(on: try #require(CivilDate("2026-03-01"))) == 18)
    #expect(born.age(on: try #require(CivilDate("2024-02-29"))) == 16)
  }

  @Test func kazakhstanDateUsesUTCPlusFiveSinceMarch2024() {
    // 2026-11-28 19:00 UTC is 2026-11-29 00:00 in Kazakhstan.
    #expect(KazakhstanTime.date(atUnixSeconds: 1_795_892_400).description == "2026-11-29")
    #expect(KazakhstanTime.date(atUnixSeconds: 1_795_892_399).description == "2026-11-28")
  }

  @Test func kazakhstanSwitchedZoneAtEighteenUTCOnLeapDay2024() {
    // tz 2024a: +06 until 2024-02-29T18:00Z, +05 from then on.
    #expect(KazakhstanTime.singleZoneSince == 1_709_229_600)
    // 17:59:59Z is 23:59:59 on 29 February at the old UTC+6.
    #expect(KazakhstanTime.utcOffset(atUnixSeconds: 1_709_229_599) == 6 * 3600)
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_229_599).description == "2024-02-29")
    // 18:00:00Z is 23:00 on 29 February at UTC+5: still the 29th, not 1 March.
    #expect(KazakhstanTime.utcOffset(atUnixSeconds: 1_709_229_600) == 5 * 3600)
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_229_600).description == "2024-02-29")
    // 18:30Z, inside the hour the old value got wrong.
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_231_400).description == "2024-02-29")
    // 19:00Z is midnight at UTC+5.
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_233_200).description == "2024-03-01")
    // Before the change, 17:59:59Z on 28 February was already the 29th at UTC+6.
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_143_199).description == "2024-02-28")
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_143_200).description == "2024-02-29")
  }
}
