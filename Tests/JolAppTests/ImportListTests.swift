import JolModel
import Testing

@testable import JolApp

/// A list cell split by its bytes gives the items splitting it by characters gives, whatever
/// stands around the separators (accents that join a separator into a larger character,
/// `\r\n`, Cyrillic, spaces).
@Suite struct ImportListTests {
  static let pieces = [
    ";", ",", "\n", "\r\n", "\r", " ", "Математика", ":5", "a", "\u{301}", "\u{200D}", "Ә",
    "\u{A0}",
    "🇰🇿", "5",
  ]

  @Test func bytesAndCharactersSplitAlike() {
    var random = SplitMix64(seed: 14)
    for _ in 0..<5_000 {
      let text = (0..<Int(random.next() % 12)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      let reference = ImportValues.listByCharacters(text).map { $0.trimmingWhitespace() }
        .filter { !$0.isEmpty }
      #expect(ImportValues.list(text) == reference, "\(Array(text.unicodeScalars))")
      if let bytes = ImportValues.listByBytes(text) {
        #expect(bytes.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } == reference)
      }
    }
  }

  @Test func commonListsAreSplitByBytes() {
    #expect(ImportValues.listByBytes("Математика:5; Физика:4")?.count == 2)
    #expect(ImportValues.listByBytes("a;\u{301}b") == nil)
  }
}
