/// A 128-bit digest of a value's content, taken of an unambiguous encoding of it
/// (``ContentEncoder``). The state keeps one where it must recognise a value again without
/// keeping the value itself — a diagnostic's raw answers, a term's results — so that a re-import
/// is found from the snapshot instead of a replay of the whole log.
///
/// Equal values have equal digests; two different values share one by chance only (two
/// independent 64-bit lanes). It is computed on every fold of such an event, so it is a fast
/// hash, not a cryptographic one: it tells a re-import from a changed sheet, it does not resist
/// a forger. Strings are digested as their UTF-8 bytes.
public struct ContentDigest: Hashable, Codable, Sendable {
  /// The first lane.
  public var high: UInt64
  /// The second lane.
  public var low: UInt64

  /// The digest of these two lanes (as a snapshot stores it).
  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The digest of what `encode` writes.
  /// - Complexity: O(n) in the encoding's length; nothing is allocated.
  init(encoding encode: (inout ContentEncoder) -> Void) {
    var encoder = ContentEncoder()
    encode(&encoder)
    self = encoder.digest
  }

  /// The lane-wise sum of digests: the digest of a set of values whatever their order (each
  /// element's digest taken on its own), without sorting them.
  static func sum(_ digests: some Sequence<ContentDigest>) -> ContentDigest {
    digests.reduce(ContentDigest(high: 0, low: 0)) {
      ContentDigest(high: $0.high &+ $1.high, low: $0.low &+ $1.low)
    }
  }
}

/// The encoding a ``ContentDigest`` is taken of, hashed as it is written: each string prefixed
/// by its length and each integer of fixed width, so that no two different sequences of values
/// encode alike. Two FNV-1a lanes of different primes, each finished by a 64-bit avalanche.
struct ContentEncoder {
  private var high: UInt64 = 0xcbf2_9ce4_8422_2325
  private var low: UInt64 = 0x6c62_272e_07bb_0142

  /// Writes one byte.
  @inline(__always)
  mutating func byte(_ value: UInt8) {
    high = (high ^ UInt64(value)) &* 0x0000_0100_0000_01b3
    low = (low ^ UInt64(value)) &* 0x9e37_79b9_7f4a_7c15
  }

  /// Writes an integer as 8 bytes, little-endian.
  mutating func int(_ value: Int64) {
    let bits = UInt64(bitPattern: value)
    for shift in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: bits >> shift)) }
  }

  /// Writes a count (a length, a number of elements).
  mutating func count(_ value: Int) { int(Int64(value)) }

  /// Writes a string's UTF-8 bytes after their count.
  mutating func string(_ value: String) {
    count(value.utf8.count)
    for unit in value.utf8 { byte(unit) }
  }

  /// Writes an optional string: a marker byte, then the string when there is one.
  mutating func string(_ value: String?) {
    byte(value == nil ? 0 : 1)
    if let value { string(value) }
  }

  /// The digest of everything written: each lane avalanched, the second with the first mixed
  /// in so the lanes do not fail together.
  var digest: ContentDigest {
    let first = Self.avalanche(high)
    return ContentDigest(high: first, low: Self.avalanche(low ^ (first &* 0xff51_afd7_ed55_8ccd)))
  }

  /// The 64-bit finaliser of MurmurHash3: every input bit changes about half the output bits.
  private static func avalanche(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x &*= 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    return x
  }
}
