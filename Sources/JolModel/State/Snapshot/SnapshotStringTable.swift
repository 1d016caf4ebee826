/// The writer's table of shared strings: each distinct string gets a number on first use.
///
/// Looking a string up by content costs a SipHash of its bytes; a million learners repeat a
/// few thousand strings about twenty times each, so a first-level table keyed by the string's
/// 16-byte representation answers most lookups with one multiply. Equal representations are
/// equal strings (inline small strings hold their bytes; large ones point at storage that the
/// state being written keeps alive and unchanged), so a hit is always right; equal strings
/// with different representations fall through to the content dictionary and get the same
/// number.
struct SnapshotStringTable {
  /// Strings in order of first use.
  private(set) var strings: [String] = []
  private var byContent: [String: UInt32] = [:]
  /// Open addressing over representations: two words per slot, value + 1 (0 = empty).
  private var words: [UInt64] = Array(repeating: 0, count: 2 * 4096)
  private var values: [UInt32] = Array(repeating: 0, count: 4096)
  private var used = 0

  /// The number of `value`, adding it when new.
  @inline(__always)
  mutating func number(_ value: String) -> UInt32 {
    // Long strings are mostly separate copies of the same text (one per event decoded): they
    // would only fill the first-level table.
    guard MemoryLayout<String>.size == 16, value.utf8.count <= 15 else {
      return byContent[value] ?? addNew(value)
    }
    let (a, b) = unsafeBitCast(value, to: (UInt64, UInt64).self)
    let mask = values.count - 1
    var slot =
      Int(truncatingIfNeeded: ((a ^ (b &<< 29 | b &>> 35)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
      & mask
    while values[slot] != 0 {
      if words[2 * slot] == a && words[2 * slot + 1] == b { return values[slot] - 1 }
      slot = (slot + 1) & mask
    }
    let number = byContent[value] ?? addNew(value)
    words[2 * slot] = a
    words[2 * slot + 1] = b
    values[slot] = number + 1
    used += 1
    if used * 2 > values.count { grow() }
    return number
  }

  private mutating func addNew(_ value: String) -> UInt32 {
    let number = UInt32(strings.count)
    byContent[value] = number
    strings.append(value)
    return number
  }

  private mutating func grow() {
    let oldWords = words
    let oldValues = values
    values = Array(repeating: 0, count: oldValues.count * 2)
    words = Array(repeating: 0, count: oldWords.count * 2)
    used = 0
    let mask = values.count - 1
    for old in oldValues.indices where oldValues[old] != 0 {
      let a = oldWords[2 * old]
      let b = oldWords[2 * old + 1]
      var slot =
        Int(truncatingIfNeeded: ((a ^ (b &<< 29 | b &>> 35)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while values[slot] != 0 { slot = (slot + 1) & mask }
      words[2 * slot] = a
      words[2 * slot + 1] = b
      values[slot] = oldValues[old]
      used += 1
    }
  }
}
