import JolFormat
import Testing

/// Numbers as facts and test files write them: JSON's grammar (with a leading `+` and leading
/// zeros, as spreadsheets write them), exponents expanded into plain digits.
@Suite struct NumberTextTests {
  @Test(arguments: [
    "0", "7", "-3", "+3", "007", "3.5", "-0.25", "1e3", "1E3", "1e+3", "25e-1", "4.5e0",
    "1e1234567",
  ])
  func numbers(text: String) {
    #expect(NumberText.isNumber(text))
  }

  @Test(arguments: [
    "", "-", "+", ".5", "5.", "1e", "1e+", "1.e3", "--1", "1-", "1 ", " 1", "1,5", "1..2", "0x10",
    "٣", "１", "1\u{0301}", "e3", "1e3.5", "NaN", "∞",
  ])
  func notNumbers(text: String) {
    #expect(!NumberText.isNumber(text))
    #expect(NumberText.plain(text) == nil)
  }

  @Test(arguments: [
    ("3.5", "3.5"), ("1e3", "1000"), ("25e-1", "2.5"), ("-1.5e2", "-150"), ("4.50e0", "4.5"),
    ("1e-3", "0.001"), ("0012e-1", "1.2"), ("5e30", "5" + String(repeating: "0", count: 30)),
  ])
  func plainDigits(text: String, expected: String) {
    #expect(NumberText.plain(text) == expected)
  }

  @Test func anExponentBeyondThirtyPlacesIsNotMadePlain() {
    #expect(NumberText.plain("1e31") == nil)
    #expect(NumberText.plain("1e-31") == nil)
    #expect(NumberText.isNumber("1e31"))
  }
}
