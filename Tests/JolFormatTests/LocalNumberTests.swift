import JolFormat
import JolModel
import Testing

/// Numbers, money and dates as each language writes them.
@Suite struct LocalNumberTests {
  @Test func decimalsGroupByTheLanguagesRule() {
    let value = FixedDecimal("12345.6")!
    #expect(LocalNumber.decimal(value, .kk) == "12\u{00A0}345,6")
    #expect(LocalNumber.decimal(value, .ru) == "12\u{00A0}345,6")
    #expect(LocalNumber.decimal(value, .en) == "12,345.6")
    #expect(LocalNumber.decimal(FixedDecimal("-0.05")!, .ru) == "-0,05")
    #expect(LocalNumber.decimal(FixedDecimal("4.8")!, .kk) == "4,8")
    #expect(LocalNumber.decimal(FixedDecimal("1000000")!, .en) == "1,000,000")
  }

  @Test func integersGroupOnlyFromAThousand() {
    #expect(LocalNumber.integer(999, .kk) == "999")
    #expect(LocalNumber.integer(1000, .kk) == "1\u{00A0}000")
    #expect(LocalNumber.integer(-1_234_567, .en) == "-1,234,567")
  }

  @Test func moneyKeepsBothTiynDigits() {
    #expect(LocalNumber.money(Money("350000")!, .kk) == "350\u{00A0}000\u{00A0}₸")
    #expect(LocalNumber.money(Money("37392.25")!, .ru) == "37\u{00A0}392,25\u{00A0}₸")
    #expect(LocalNumber.money(Money("0.5")!, .kk) == "0,50\u{00A0}₸")
    #expect(LocalNumber.money(Money("350000")!, .en) == "350,000\u{00A0}₸")
  }

  @Test func datesAreISOInEveryLanguage() {
    for language in [Language.kk, .ru, .en] {
      #expect(LocalNumber.date(CivilDate("2026-09-01")!, language) == "2026-09-01")
    }
  }

  /// Property: grouping only inserts separators; removing them gives the plain text back.
  @Test func groupingOnlyInsertsSeparators() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<500 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let units = Int64(bitPattern: seed >> 20) % 1_000_000_000_000
      let value = FixedDecimal(units: units)
      let kk = LocalNumber.decimal(value, .kk)
      #expect(
        kk.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: ",", with: ".")
          == value.description)
      let en = LocalNumber.decimal(value, .en)
      #expect(en.replacingOccurrences(of: ",", with: "") == value.description)
    }
  }
}
