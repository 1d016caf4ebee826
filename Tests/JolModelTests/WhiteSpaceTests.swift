import Testing

@testable import JolModel

/// ``Unicode/Scalar/isWhiteSpace`` answers what the White_Space property does, for every
/// scalar: the trimming and the number cleaning of imports rely on it.
struct WhiteSpaceTests {
  @Test func everyScalarIsWhiteSpaceExactlyWhenThePropertySaysSo() {
    var spaces = 0
    for value in UInt32(0)...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
      #expect(
        scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
      if scalar.isWhiteSpace { spaces += 1 }
    }
    #expect(spaces == 25)
  }

  @Test func cellsAreTrimmedOfEveryKindOfSpaceAndOnlyOfIt() {
    #expect("\u{A0} 1 200\u{2009}\t".trimmingWhitespace() == "1 200")
    #expect("\u{3000}Әлия\u{202F}".trimmingWhitespace() == "Әлия")
    // A zero-width space is not white space.
    #expect("\u{200B}x\u{200B}".trimmingWhitespace() == "\u{200B}x\u{200B}")
    #expect(" \u{85}\u{2028} ".trimmingWhitespace() == "")
  }
}
