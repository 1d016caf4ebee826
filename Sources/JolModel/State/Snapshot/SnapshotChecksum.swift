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
