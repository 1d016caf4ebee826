/// A 128-bit digest of a value's content: the first 16 bytes of the SHA-256 of an unambiguous
/// encoding of it (``ContentEncoder``). The state keeps one where it must recognise a value
/// again without keeping the value itself — a diagnostic's raw answers, a term's results — so
/// that a re-import is found from the snapshot instead of a replay of the whole log.
///
/// Equal values have equal digests; two different values share one with probability about
/// 2⁻¹²⁸. Strings are digested as their UTF-8 bytes.
public struct ContentDigest: Hashable, Codable, Sendable {
  /// The digest's first 8 bytes, big-endian.
  public var high: UInt64
  /// The digest's next 8 bytes, big-endian.
  public var low: UInt64

  /// The digest of these two halves (as a snapshot stores it).
  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The digest of what `encode` writes.
  /// - Complexity: O(n) in the encoding's length.
  init(encoding encode: (inout ContentEncoder) -> Void) {
    var encoder = ContentEncoder()
    encode(&encoder)
    let bytes = SHA256.hash(encoder.bytes)
    var high: UInt64 = 0
    var low: UInt64 = 0
    for index in 0..<8 {
      high = high << 8 | UInt64(bytes[index])
      low = low << 8 | UInt64(bytes[8 + index])
    }
    self.init(high: high, low: low)
  }
}

/// The encoding a ``ContentDigest`` is taken of: each string prefixed by its length and each
/// integer of fixed width, so that no two different sequences of values encode alike.
struct ContentEncoder {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Writes an integer as 8 bytes, little-endian.
  mutating func int(_ value: Int64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Writes a count (a length, a number of elements).
  mutating func count(_ value: Int) { int(Int64(value)) }

  /// Writes a string's UTF-8 bytes after their count.
  mutating func string(_ value: String) {
    count(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// Writes an optional string: a marker byte, then the string when there is one.
  mutating func string(_ value: String?) {
    bytes.append(value == nil ? 0 : 1)
    if let value { string(value) }
  }
}
