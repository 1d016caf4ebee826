import JolModel
import Testing

@testable import JolLog

@Suite struct CRC32CTests {
  @Test func standardCheckValue() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
  }

  /// Vectors from RFC 3720 (iSCSI), appendix B.4.
  @Test func rfc3720Vectors() {
    #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
    #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    #expect(CRC32C.checksum((0..<32).map { UInt8(31 - $0) }) == 0x113F_DB5C)
  }

  @Test func emptyInputIsZero() {
    #expect(CRC32C.checksum([UInt8]()) == 0)
  }

  /// Slicing-by-8 must agree with the bit-at-a-time definition at every length and alignment,
  /// and continuing a checksum must equal checksumming the concatenation.
  @Test func agreesWithBitwiseDefinition() {
    var random = SplitMix64(seed: 3720)
    for length in 0..<200 {
      let data = (0..<(length + 7)).map { _ in UInt8.random(in: 0...255, using: &random) }
      let offset = length % 7
      let slice = Array(data[offset..<(offset + length)])
      #expect(CRC32C.checksum(slice) == bitwise(slice), "length \(length)")
      let cut = length / 3
      let continued = CRC32C.checksum(
        Array(slice[cut...]), continuing: CRC32C.checksum(Array(slice[..<cut])))
      #expect(continued == bitwise(slice))
    }
  }

  @Test func pairedChecksumsEqualSingleOnes() {
    var random = SplitMix64(seed: 16)
    for _ in 0..<100 {
      let first = (0..<Int.random(in: 0...300, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      let second = (0..<Int.random(in: 0...300, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      let pair = first.withUnsafeBytes { a in second.withUnsafeBytes { b in CRC32C.checksums(a, b) }
      }
      #expect(pair.0 == bitwise(first))
      #expect(pair.1 == bitwise(second))
    }
  }

  private func bitwise(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
    }
    return ~crc
  }
}
