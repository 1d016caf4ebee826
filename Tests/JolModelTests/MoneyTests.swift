import JolModel
import Testing

@Suite struct MoneyTests {
  @Test(arguments: [
    ("350000", 35_000_000), ("350 000", 35_000_000), ("350000.5", 35_000_050),
    ("350 000,50 ₸", 35_000_050), ("0.01", 1), ("1 000 KZT", 100_000),
  ])
  func parsesTenge(text: String, tiyn: Int64) {
    #expect(Money(text)?.tiyn == tiyn)
  }

  @Test(arguments: ["", "abc", "1.005", "1..0", "₸"])
  func rejectsMalformed(text: String) {
    #expect(Money(text) == nil)
  }

  @Test func supplementIsExactAndRoundedHalfAwayFromZero() throws {
    let base = Money(tenge: 350_000)
    #expect(base.multiplied(by: try #require(FixedDecimal("1.15"))) == Money(tenge: 402_500))
    #expect(Money(tiyn: 3).multiplied(by: try #require(FixedDecimal("0.5"))) == Money(tiyn: 2))
    #expect(Money(tiyn: -3).multiplied(by: try #require(FixedDecimal("0.5"))) == Money(tiyn: -2))
    #expect(Money(tenge: 100).divided(into: 3) == Money(tiyn: 3333))
  }

  @Test(arguments: [
    (Money(tiyn: 628_440), Money(tenge: 1), Money(tenge: 6284)),
    (Money(tiyn: 628_450), Money(tenge: 1), Money(tenge: 6285)),
    (Money(tiyn: 628_449), Money(tenge: 1), Money(tenge: 6284)),
    (Money(tiyn: 628_440), Money(tenge: 10), Money(tenge: 6280)),
    (Money(tiyn: 628_500), Money(tenge: 10), Money(tenge: 6290)),
    (Money(tiyn: -628_450), Money(tenge: 1), Money(tenge: -6285)),
    (Money(tiyn: 7), Money(tiyn: 5), Money(tiyn: 5)),
    (Money.zero, Money(tenge: 1), Money.zero),
  ])
  func roundsHalfAwayFromZeroToAStep(amount: Money, step: Money, expected: Money) {
    #expect(amount.rounded(toMultipleOf: step) == expected)
  }

  @Test func formatsForPeople() {
    #expect(Money(tenge: 350_000).description == "350000")
    #expect(Money(tiyn: 40_250_005).description == "402500.05")
  }

  @Test func fixedDecimalArithmeticIsExact() throws {
    let gpa = try #require(FixedDecimal("3.45"))
    #expect(gpa.units == 34_500)
    #expect(gpa.description == "3.45")
    let threshold = try #require(FixedDecimal("3.5"))
    #expect((gpa - threshold).description == "-0.05")
    #expect(FixedDecimal("3,5") == FixedDecimal("3.5"))
    #expect(FixedDecimal("1.23456") == nil)
    #expect(FixedDecimal(2).divided(by: FixedDecimal(3))?.description == "0.6667")
  }
}
