import JolModel

/// The seeded lottery that breaks equal ranks: each subject draws a 64-bit number from the seed
/// and its id. Same seed and id, same draw, on every machine; no state, so order of processing
/// does not matter.
struct Lottery: Sendable {
  private let key: UInt64

  /// A lottery keyed by the first 8 bytes of SHA-256 of the seed text.
  init(seed: String) {
    let digest = SHA256.hash(Array(seed.utf8))
    key = digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The draw of `subject`: FNV-1a of the id, mixed with the key by SplitMix64's finalizer.
  /// - Complexity: O(length of the id).
  func draw(_ subject: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in subject.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    var z = hash ^ key
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
