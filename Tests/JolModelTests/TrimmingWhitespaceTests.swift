import Testing

@testable import JolModel

/// Cells lose leading and trailing white space exactly as Unicode's White_Space property says,
/// though the test skips the property tables.
@Suite struct TrimmingWhitespaceTests {
  /// Every scalar before, after, and on both sides of a letter (ASCII, whose bytes take the
  /// fast path, and Kazakh), in a string and in a substring.
  @Test func agreesWithTheWhiteSpaceProperty() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let space = String(scalar)
      let white = scalar.properties.isWhitespace
      for letter in ["ә", "a"] {
        for (cell, trimmed) in [
          (space + letter + space, letter), (space + letter, letter), (letter + space, letter),
          (space, ""),
        ] {
          let expected = white ? trimmed : cell
          #expect(cell.trimmingWhitespace() == expected, "U+\(String(value, radix: 16))")
          // Cut by scalars: a combining mark after `[` would join it as one character.
          let substring = Substring(("[" + cell + "]").unicodeScalars.dropFirst().dropLast())
          #expect(substring.trimmingWhitespace() == expected, "U+\(String(value, radix: 16))")
        }
      }
    }
  }

  @Test func trimsRunsAndKeepsInnerSpaces() {
    #expect("\u{00A0} Қостанай ауданы\u{2009}\t".trimmingWhitespace() == "Қостанай ауданы")
    #expect(" \u{3000} ".trimmingWhitespace() == "")
    #expect("Әлем".trimmingWhitespace() == "Әлем")
  }
}
