import JolModel
import Testing

/// `containsBytes(of:)` finds a text inside another byte for byte, as `contains` would for
/// texts in one normalisation form.
@Suite struct StringBytesContainTests {
  @Test(arguments: [
    ("оқу нысаны = күндізгі", "нысаны = күндізгі", true),
    ("оқу нысаны = күндізгі", "нысаны = кешкі", false),
    ("abc", "", true),
    ("", "a", false),
    ("ab", "abc", false),
    ("aaab", "aab", true),
    ("stage = college", "stage = college", true),
    ("stage = college", "college ", false),
    ("курс = 1", "курс = 1", true),
  ])
  func findsTheBytes(text: String, part: String, expected: Bool) {
    #expect(text.containsBytes(of: part) == expected)
    // The same answer as the standard library's search on these texts.
    #expect((part.isEmpty || text.utf8.firstRange(of: part.utf8) != nil) == expected)
  }

  @Test func randomTextsAgreeWithTheStandardSearch() {
    var random = SplitMix64(seed: 7)
    let alphabet = Array("abө ")
    for _ in 0..<500 {
      let text = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % 4)] })
      let part = String((0..<Int(random.next() % 4)).map { _ in alphabet[Int(random.next() % 4)] })
      let expected = part.isEmpty || text.utf8.firstRange(of: part.utf8) != nil
      #expect(text.containsBytes(of: part) == expected, "\(text) / \(part)")
    }
  }
}
