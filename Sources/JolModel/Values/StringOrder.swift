/// Positions put in the order of strings, as `String`'s `<` orders them, cheaply for the ids
/// Jol sorts a million of at a time (learner ids, as a round or the vault orders people).
///
/// Each string's first 16 UTF-8 bytes are read once into two integers. Two ASCII strings are
/// in the order of their bytes — the order `<` gives strings already in the NFC form, as ASCII
/// always is — so where their integers differ, those decide without a look at the strings;
/// where either string is not ASCII, or the first 16 bytes agree, the strings are compared.
/// - Complexity: O(n log n) comparisons of two integers, O(n) bytes read.
public enum StringOrder {
  /// `positions` sorted by `key(position)`.
  public static func sorted(_ positions: [Int], by key: (Int) -> String) -> [Int] {
    let keys = positions.map { Key(key($0), position: $0) }
    return keys.sorted { a, b in
      if a.isASCII && b.isASCII && (a.high, a.low) != (b.high, b.low) {
        return (a.high, a.low) < (b.high, b.low)
      }
      return key(a.position) < key(b.position)
    }.map(\.position)
  }

  /// A string's first 16 bytes, big-endian, zeros after its end (a string that is a prefix of
  /// another sorts first either way: its zeros meet the other's bytes, and an ASCII byte that
  /// is not a zero is greater).
  private struct Key {
    var high: UInt64 = 0
    var low: UInt64 = 0
    var isASCII = true
    let position: Int

    init(_ string: String, position: Int) {
      self.position = position
      var index = 0
      for byte in string.utf8 {
        if byte >= 0x80 { isASCII = false }
        if index < 8 {
          high |= UInt64(byte) << (56 - 8 * index)
        } else if index < 16 {
          low |= UInt64(byte) << (56 - 8 * (index - 8))
        }
        index += 1
      }
    }
  }
}
