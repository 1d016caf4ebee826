import JolModel
import Testing

/// ``StringOrder`` puts positions in the order `String`'s `<` gives their keys, whatever the
/// keys: ASCII or not, shorter or longer than the 16 bytes it reads ahead, one a prefix of
/// another, NUL bytes, the same text composed and decomposed.
@Suite struct StringOrderTests {
  static let awkward = [
    "", "a", "A", "ab", "a\u{0}", "a\u{0}b", "L0000000000000000", "L00000000000000000",
    "L0000000000000000a", "L000000000000000", "L0000000000000001", "\u{7F}", "é", "e\u{301}",
    "é1", "e\u{301}0", "ё", "е", "Ё", "L-", "L-ё", "Lё", "L\u{FFFF}", "😀", "z", "~",
    "Z\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}x",
    "Z\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
  ]

  /// Keys in the order `<` gives; for equal keys (two forms of one text) either order.
  func expectOrdered(_ keys: [String], _ positions: [Int]) {
    #expect(positions.sorted() == Array(keys.indices))
    for (a, b) in zip(positions, positions.dropFirst()) {
      #expect(
        !(keys[b] < keys[a]), "\(keys[a].debugDescription) before \(keys[b].debugDescription)")
    }
  }

  @Test func awkwardKeysAreInTheOrderOfLessThan() {
    for shift in Self.awkward.indices {
      let keys = Array(Self.awkward[shift...] + Self.awkward[..<shift]).reversed().map { $0 }
      expectOrdered(keys, StringOrder.sorted(Array(keys.indices)) { keys[$0] })
    }
  }

  @Test func randomKeysAreInTheOrderOfLessThan() {
    var random = SplitMix64(seed: 16)
    let alphabet = Array("L0f-ёé\u{301}Z\u{0}".unicodeScalars)
    for _ in 0..<50 {
      let keys = (0..<300).map { _ in
        let length = Int(random.next() % 24)
        return String(
          String.UnicodeScalarView(
            (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
      }
      expectOrdered(keys, StringOrder.sorted(Array(keys.indices)) { keys[$0] })
    }
  }

  @Test func onlyThePositionsGivenAreSorted() {
    let keys = ["d", "c", "b", "a"]
    #expect(StringOrder.sorted([0, 2, 3]) { keys[$0] } == [3, 2, 0])
    #expect(StringOrder.sorted([]) { keys[$0] } == [])
  }
}
