import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 9: in `.tests` files nothing given twice wins silently; both places named.
struct TestFileRepeatsTests {
  static func errors(_ text: String) -> [String] {
    PolicyTestParser.parse(file: "t.tests", text: text).1.map(\.description)
  }

  @Test func aFactGivenTwiceInACaseIsAnError() {
    let errors = Self.errors(
      """
      policy p
      case "two gpas"
        as-of 2026-10-01
        facts gpa=3.4 stage=college
        facts gpa=4.5
        expect eligible
      """)
    #expect(
      errors == [
        "t.tests:5:9: error: 'gpa' given twice (first at 4:9): the last would silently win; keep one"
      ])
  }

  @Test func aCaseMayOverrideADefaultOnce() {
    let errors = Self.errors(
      """
      policy p
      defaults
        facts gpa=3.4
        facts gpa=3.5
      case "override"
        as-of 2026-10-01
        facts gpa=4.5
        expect eligible
      """)
    #expect(
      errors == [
        "t.tests:4:9: error: 'gpa' given twice (first at 3:9): the last would silently win; keep one"
      ])
  }

  @Test func aRepeatedExpectOrCaseNameIsAnError() {
    let errors = Self.errors(
      """
      policy p
      case "same"
        as-of 2026-10-01
        expect eligible
        expect ineligible
      case "same"
        as-of 2026-10-01
        expect eligible
      """)
    #expect(
      errors == [
        "t.tests:5:3: error: 'expect' given twice (first at 4:3): the last would silently win; keep one",
        "t.tests:6:6: error: case \"same\" given twice (first at 2:6): every case has its own name",
      ])
  }

  @Test func windowsTestFilesParse() throws {
    let text =
      "\u{FEFF}policy p\r\ncase \"a\"\r\n  as-of 2026-10-01\r\n  facts gpa=3.4\r\n  expect eligible\r\n"
    let (file, errors) = PolicyTestParser.parse(file: "t.tests", text: text)
    #expect(errors.isEmpty, "\(errors)")
    #expect(file?.cases.first?.facts.gpa == FixedDecimal("3.4"))
  }

  @Test func testCaseFactsAreCheckedLikeFactsFiles() {
    let errors = Self.errors(
      """
      policy p
      case "a"
        as-of 2026-10-01
        facts region=99 categories=[foo]
        expect eligible
      """)
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix("t.tests:4:16: error: unknown region '99'") == true)
    #expect(errors.last?.hasPrefix("t.tests:4:30: error: unknown category 'foo'") == true)
  }
}
