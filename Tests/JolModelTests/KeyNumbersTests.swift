import Testing

@testable import JolModel

/// ``KeyNumbers``: each key its number in the order first seen, the same number every time, and
/// no number for a key never given one — through the table's growth, for short and long keys.
@Suite struct KeyNumbersTests {
  @Test func keysAreNumberedInTheOrderFirstSeen() {
    let keys =
      (0..<5_000).map { "L\(String($0, radix: 16))" } + [
        "", "район", String(repeating: "é", count: 30),
      ]
    var numbers = KeyNumbers()
    for (number, key) in keys.enumerated() { #expect(numbers.number(key) == number) }
    // Again, in another order: the same numbers, none added.
    for (number, key) in keys.enumerated().reversed() {
      #expect(numbers.number(key) == number)
      #expect(numbers.number(ifPresent: key) == number)
      #expect(numbers.number(ifPresent: key, hash: KeyHash.hash(key)) == number)
    }
    #expect(numbers.count == keys.count && numbers.keys == keys)
    for absent in ["L-1", "l0", "L", "район ", "X\(keys.count)"] {
      #expect(numbers.number(ifPresent: absent) == nil, "\(absent)")
    }
  }

  @Test func aHashIsTheSameForTheSameBytes() {
    let text = "L0123456789abcdef"
    #expect(
      KeyHash.hash(text) == KeyHash.hash(String(text.utf8.map { Character(UnicodeScalar($0)) })))
    let hash = Array(text.utf8).withUnsafeBytes { KeyHash.hash(utf8: $0) }
    #expect(hash == KeyHash.hash(text))
    #expect(KeyHash.hash("L0123456789abcdeg") != KeyHash.hash(text))
  }
}
