/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) of a snapshot's bytes, slicing-by-8.
///
/// JolLog has its own (faster, slicing-by-16) CRC-32C, but JolModel cannot depend on JolLog; the
/// two compute the same function (check value of `"123456789"`: `0xE3069283`, tested).
enum SnapshotChecksum {
  /// The checksum of `bytes`.
  /// - Complexity: O(n), about one table lookup per byte.
  static func crc32c(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    guard var pointer = bytes.baseAddress else { return 0 }
    let table = SnapshotChecksumTable.shared.entries
    var crc: UInt32 = 0xFFFF_FFFF
    var remaining = bytes.count
    while remaining >= 8 {
      let word = pointer.loadUnaligned(as: UInt64.self).littleEndian ^ UInt64(crc)
      crc =
        table[7 &* 256 &+ Int(truncatingIfNeeded: word & 0xFF)]
        ^ table[6 &* 256 &+ Int(truncatingIfNeeded: (word &>> 8) & 0xFF)]
        ^ table[5 &* 256 &+ Int(truncatingIfNeeded: (word &>> 16) & 0xFF)]
        ^ table[4 &* 256 &+ Int(truncatingIfNeeded: (word &>> 24) & 0xFF)]
        ^ table[3 &* 256 &+ Int(truncatingIfNeeded: (word &>> 32) & 0xFF)]
        ^ table[2 &* 256 &+ Int(truncatingIfNeeded: (word &>> 40) & 0xFF)]
        ^ table[256 &+ Int(truncatingIfNeeded: (word &>> 48) & 0xFF)]
        ^ table[Int(truncatingIfNeeded: word &>> 56)]
      pointer += 8
      remaining &-= 8
    }
    while remaining > 0 {
      let byte = pointer.load(as: UInt8.self)
      crc = table[Int(truncatingIfNeeded: (crc ^ UInt32(byte)) & 0xFF)] ^ (crc &>> 8)
      pointer += 1
      remaining &-= 1
    }
    return ~crc
  }

  /// The checksum of an array's bytes.
  static func crc32c(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { crc32c($0) }
  }

  /// Bytes below which ``crc32c(_:cores:)`` does not split the work.
  static let splitBytes = 1 << 20

  /// ``crc32c(_:)-(UnsafeRawBufferPointer)`` of a large buffer, its halves summed by two cores
  /// and joined (``combine(_:_:lengthOfSecond:)``): a snapshot of a million learners is a
  /// tenth of a second of one core.
  static func crc32c(_ bytes: UnsafeRawBufferPointer, cores: Int) -> UInt32 {
    guard cores > 1, bytes.count >= splitBytes else { return crc32c(bytes) }
    let middle = bytes.count / 2
    let shared = SharedBytes(bytes: bytes)
    let halves = Parallel.map(2) { half in
      crc32c(
        UnsafeRawBufferPointer(
          rebasing: half == 0 ? shared.bytes[..<middle] : shared.bytes[middle...]))
    }
    return combine(halves[0], halves[1], lengthOfSecond: bytes.count - middle)
  }

  /// The bytes both halves read. Unchecked Sendable, and safe as used: only read.
  private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
  }

  /// The checksum of `a` followed by `b`, from the checksum of each and the length of `b`: the
  /// first checksum carried through `b`'s length of zero bits (a linear map over GF(2), raised
  /// to that power by squaring), then the second added — zlib's `crc32_combine`, for this
  /// polynomial.
  /// - Complexity: O(log length) products of 32 × 32 bit matrices.
  static func combine(_ first: UInt32, _ second: UInt32, lengthOfSecond length: Int) -> UInt32 {
    guard length > 0 else { return first }
    // The map of one zero bit: shift right, the polynomial folded in when the low bit is set.
    var odd = [UInt32](repeating: 0, count: 32)
    odd[0] = 0x82F6_3B78
    for bit in 1..<32 { odd[bit] = 1 << UInt32(bit - 1) }
    var even = square(odd)  // two zero bits
    odd = square(even)  // four
    var crc = first
    var remaining = length
    while true {
      even = square(odd)  // a byte the first time, then 4, 16… bytes
      if remaining & 1 != 0 { crc = times(even, crc) }
      remaining >>= 1
      if remaining == 0 { break }
      odd = square(even)
      if remaining & 1 != 0 { crc = times(odd, crc) }
      remaining >>= 1
      if remaining == 0 { break }
    }
    return crc ^ second
  }

  /// The product of a 32 × 32 bit matrix (its columns) and a vector.
  private static func times(_ matrix: [UInt32], _ vector: UInt32) -> UInt32 {
    var sum: UInt32 = 0
    var rest = vector
    var column = 0
    while rest != 0 {
      if rest & 1 != 0 { sum ^= matrix[column] }
      rest >>= 1
      column += 1
    }
    return sum
  }

  /// A 32 × 32 bit matrix times itself.
  private static func square(_ matrix: [UInt32]) -> [UInt32] {
    matrix.map { times(matrix, $0) }
  }
}

/// The eight slicing tables, built once and never freed (a raw pointer keeps the loop free of
/// bounds checks and reference counting).
private final class SnapshotChecksumTable: @unchecked Sendable {
  static let shared = SnapshotChecksumTable()

  let entries: UnsafeMutablePointer<UInt32>

  private init() {
    entries = .allocate(capacity: 8 * 256)
    for index in 0..<256 {
      var crc = UInt32(index)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
      entries[index] = crc
    }
    for slice in 1..<8 {
      for index in 0..<256 {
        let previous = entries[(slice - 1) * 256 + index]
        entries[slice * 256 + index] = (previous >> 8) ^ entries[Int(previous & 0xFF)]
      }
    }
  }
}
