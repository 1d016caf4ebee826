/// A 64-bit hash of a short key's UTF-8 bytes, taken eight at a time, for the tables a command
/// fills with a million keys (learner ids, a report's row keys), where the standard `Hasher`
/// (SipHash) costs more than the rest of the work. Seeded once per process: a table's order
/// must not depend on it.
public enum KeyHash {
  /// This process's seed: ids are minted at random, and a seed of its own per process keeps
  /// any run of them from colliding in every process alike.
  private static let seed = UInt64.random(in: .min ... .max)

  /// The hash of `text`'s UTF-8 bytes.
  public static func hash(_ text: String) -> UInt64 {
    // In place where the text is stored contiguously (always, for a native string): a copy
    // would count a reference on its storage.
    if let hash = text.utf8.withContiguousStorageIfAvailable({
      hash(utf8: UnsafeRawBufferPointer($0))
    }) {
      return hash
    }
    var text = text
    return text.withUTF8 { hash(utf8: UnsafeRawBufferPointer($0)) }
  }

  /// The hash of these UTF-8 bytes.
  public static func hash(utf8 bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < bytes.count {
      var last: UInt64 = 0
      for (shift, byte) in bytes[offset...].enumerated() { last |= UInt64(byte) << (8 * shift) }
      hash = mix(hash ^ last)
    }
    return mix(hash)
  }

  /// SplitMix64's finaliser: every input bit moves about half the output bits.
  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
