import Testing

@testable import JolModel

/// Cells lose leading and trailing white space exactly as Unicode's White_Space property says,
/// though the test skips the property tables.
@Suite struct TrimmingWhitespaceTests {
  @Test func agreesWithTheWhiteSpaceProperty() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let cell = String(scalar) + "ә" + String(scalar)
      let expected = scalar.properties.isWhitespace ? "ә" : cell
      #expect(cell.trimmingWhitespace() == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test func trimsRunsAndKeepsInnerSpaces() {
    #expect("\u{00A0} Қостанай ауданы\u{2009}\t".trimmingWhitespace() == "Қостанай ауданы")
    #expect(" \u{3000} ".trimmingWhitespace() == "")
    #expect("Әлем".trimmingWhitespace() == "Әлем")
  }
}
