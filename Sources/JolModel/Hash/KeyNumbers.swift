/// Numbers for short keys, 0, 1, 2… in the order the keys are first seen: a small
/// open-addressing table hashed by ``KeyHash``, for keys looked up a million times (a report's
/// rows and columns, the learners a snapshot's pass folds events into), where the standard
/// `Hasher` costs more than the rest of the work.
public struct KeyNumbers: Sendable {
  /// The keys, by number.
  public private(set) var keys: [String] = []
  /// Each slot 0 when empty, else the high half of its key's hash, then the key's number plus
  /// 1: a probe compares a key only where the hashes agree. A power of two of them, at most half
  /// full.
  private var slots = [UInt64](repeating: 0, count: 16)

  public init() {}

  /// The key's number, given it if it has none yet.
  public mutating func number(_ key: String) -> Int {
    let hash = KeyHash.hash(key)
    let (number, empty) = find(key, hash: hash)
    if let number { return number }
    keys.append(key)
    slots[empty] = Self.entry(hash: hash, number: keys.count - 1)
    if keys.count * 2 > slots.count { grow() }
    return keys.count - 1
  }

  /// The key's number, if it has one.
  public func number(ifPresent key: String) -> Int? {
    number(ifPresent: key, hash: KeyHash.hash(key))
  }

  /// The key's number, if it has one, given its ``KeyHash/hash(_:)`` (taken where the key's bytes
  /// were at hand).
  public func number(ifPresent key: String, hash: UInt64) -> Int? {
    find(key, hash: hash).number
  }

  /// The key's number, or the empty slot its probe ended at.
  private func find(_ key: String, hash: UInt64) -> (number: Int?, empty: Int) {
    var slot = start(hash)
    while slots[slot] != 0 {
      if let number = number(in: slots[slot], hash: hash), keys[number] == key {
        return (number, slot)
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    return (nil, slot)
  }

  public var count: Int { keys.count }

  /// Twice the slots, every key placed again.
  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    for (number, key) in keys.enumerated() {
      let hash = KeyHash.hash(key)
      var slot = start(hash)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Self.entry(hash: hash, number: number)
    }
  }

  /// The slot a hash starts probing at: its low bits.
  private func start(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash) & (slots.count - 1)
  }

  private static func entry(hash: UInt64, number: Int) -> UInt64 {
    hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
  }

  /// The number a slot holds when its hash half is `hash`'s.
  private func number(in entry: UInt64, hash: UInt64) -> Int? {
    entry >> 32 == hash >> 32 ? Int(entry & 0xFFFF_FFFF) - 1 : nil
  }
}
