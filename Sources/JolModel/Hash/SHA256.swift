/// SHA-256 (FIPS 180-4), small and dependency-free: the hash that names a policy text in every
/// decision, and the source of the seeded lottery. CryptoKit is not available on Linux.
///
/// - Complexity: O(n) in the input length; about 64 rounds per 64-byte block.
public struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19
  )
  private var buffer: [UInt8] = []
  private var length: UInt64 = 0

  /// A hasher with nothing fed yet.
  public init() { buffer.reserveCapacity(64) }

  /// Feeds bytes. Contiguous input (arrays, `String.UTF8View` of native strings) is hashed
  /// block by block without copying.
  public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
    if done != nil { return }
    update(Array(bytes))
  }

  /// Feeds the bytes of a buffer.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var offset = 0
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, bytes.count)
      buffer.append(contentsOf: bytes[0..<take])
      offset = take
      guard buffer.count == 64 else { return }
      buffer.withUnsafeBytes { compress($0) }
      buffer.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 64)]))
      offset += 64
    }
    buffer.append(contentsOf: bytes[offset...])
  }

  /// The 32-byte digest of everything fed. The hasher itself is left unchanged.
  public func finalize() -> [UInt8] {
    var copy = self
    let bitLength = length &* 8
    copy.buffer.append(0x80)
    if copy.buffer.count > 56 {
      while copy.buffer.count < 64 { copy.buffer.append(0) }
      copy.buffer.withUnsafeBytes { copy.compress($0) }
      copy.buffer.removeAll(keepingCapacity: true)
    }
    while copy.buffer.count < 56 { copy.buffer.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      copy.buffer.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    copy.buffer.withUnsafeBytes { copy.compress($0) }
    let words = [
      copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4, copy.state.5,
      copy.state.6, copy.state.7,
    ]
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in words {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// The digest of `bytes`.
  public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The digest of the UTF-8 bytes of `text`, as 64 lowercase hexadecimal digits.
  public static func hex(_ text: String) -> String {
    hex(bytes: hash(Array(text.utf8)))
  }

  /// `bytes` as lowercase hexadecimal digits, two a byte.
  public static func hex(bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return bytes.map { String(digits[Int($0 >> 4)]) + String(digits[Int($0 & 15)]) }.joined()
  }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Folds one 64-byte block into the state. The message schedule lives on the stack.
  private mutating func compress(_ block: UnsafeRawBufferPointer) {
    var (a, b, c, d, e, f, g, h) = state
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for i in 0..<16 {
        w[i] =
          UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16
          | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
      }
      for i in 16..<64 {
        let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
        let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      }
      Self.k.withUnsafeBufferPointer { k in
        for i in 0..<64 {
          let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
          let choice = (e & f) ^ (~e & g)
          let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
          let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
          let majority = (a & b) ^ (a & c) ^ (b & c)
          let t2 = s0 &+ majority
          (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
      }
    }
    state = (
      state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f,
      state.6 &+ g, state.7 &+ h
    )
  }

  @inline(__always)
  private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
