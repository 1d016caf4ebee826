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
    // 2024-02-29 18:30 UTC was 00:30 on 1 March at the old UTC+6.
    #expect(KazakhstanTime.date(atUnixSeconds: 1_709_231_400).description == "2024-03-01")
  }
}
