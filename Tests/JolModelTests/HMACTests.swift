import Testing

@testable import JolModel

/// HMAC-SHA-256 against the test vectors of RFC 4231.
@Suite struct HMACTests {
  @Test func rfc4231Vectors() {
    // Test case 1: 20 bytes of 0x0b, "Hi There".
    #expect(
      HMACSHA256.hex(key: [UInt8](repeating: 0x0B, count: 20), message: Array("Hi There".utf8))
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    // Test case 2: key "Jefe".
    #expect(
      HMACSHA256.hex(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    // Test case 6: a key longer than the block (131 bytes of 0xaa).
    #expect(
      HMACSHA256.hex(
        key: [UInt8](repeating: 0xAA, count: 131),
        message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  @Test func anotherKeyAnotherCode() {
    let message = Array("070514500011".utf8)
    #expect(
      HMACSHA256.hex(key: [1, 2, 3], message: message)
        != HMACSHA256.hex(key: [1, 2, 4], message: message))
  }
}
