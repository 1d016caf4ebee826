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
/// encode alike. The encoding is hashed eight bytes at a time (a string's last bytes padded with
/// zeros: its length tells them apart) into two lanes of different multipliers, each step a
/// bijection of the lane, so that two encodings differing in one word never meet; each lane is
/// finished by a 64-bit avalanche. A word at a time, not a byte: the fold digests every term
/// result and diagnostic it reads.
struct ContentEncoder {
  private var high: UInt64 = 0xcbf2_9ce4_8422_2325
  private var low: UInt64 = 0x6c62_272e_07bb_0142

  /// Writes eight bytes, little-endian.
  @inline(__always)
  private mutating func word(_ value: UInt64) {
    high = ((high ^ value) &* 0x0000_0100_0000_01b3).rotated(29)
    low = ((low ^ value) &* 0x9e37_79b9_7f4a_7c15).rotated(31)
  }

  /// Writes one byte (as a word: the encoding is of fixed-width units).
  @inline(__always)
  mutating func byte(_ value: UInt8) { word(UInt64(value)) }

  /// Writes an integer as 8 bytes, little-endian.
  @inline(__always)
  mutating func int(_ value: Int64) { word(UInt64(bitPattern: value)) }

  /// Writes a count (a length, a number of elements).
  @inline(__always)
  mutating func count(_ value: Int) { int(Int64(value)) }

  /// Writes a string's UTF-8 bytes after their count.
  mutating func string(_ value: String) {
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
      words(of: UnsafeRawBufferPointer(utf8))
    }
    if done == nil { Array(value.utf8).withUnsafeBytes { words(of: $0) } }
  }

  /// Writes an optional string: a marker byte, then the string when there is one.
  mutating func string(_ value: String?) {
    byte(value == nil ? 0 : 1)
    if let value { string(value) }
  }

  /// Writes bytes after their count, eight at a time, the last word padded with zeros.
  private mutating func words(of bytes: UnsafeRawBufferPointer) {
    count(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
      word(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    guard offset < bytes.count else { return }
    var last: UInt64 = 0
    for index in offset..<bytes.count {
      last |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
    }
    word(last)
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

extension UInt64 {
  /// The bits rotated left by `count` (0 < count < 64).
  @inline(__always)
  func rotated(_ count: UInt64) -> UInt64 { self &<< count | self &>> (64 &- count) }
}
