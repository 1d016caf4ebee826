import JolModel
import Testing

/// NIST FIPS 180-4 example vectors and block-boundary lengths.
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    ("жол", "51d069b5dd78a871be1290a36a94b6ba915d115f196c0e1c2d0d9df792b6f41c"),
  ])
  func knownVectors(input: String, expected: String) {
    #expect(SHA256.hex(input) == expected)
  }

  @Test func millionAs() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    let hex = hasher.finalize().map {
      String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16)
    }.joined()
    #expect(hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func incrementalEqualsOneShotAcrossBlockBoundaries() {
    for length in [55, 56, 57, 63, 64, 65, 119, 120, 128] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      var hasher = SHA256()
      hasher.update(bytes.prefix(length / 3))
      hasher.update(bytes.dropFirst(length / 3))
      #expect(hasher.finalize() == SHA256.hash(bytes))
    }
  }

  @Test func anySplitOfTheInputGivesTheSameDigest() {
    // Pieces of every size around the block length, fed from arrays, slices and lazy
    // (non-contiguous) sequences, must hash as the whole.
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
    let whole = SHA256.hash(bytes)
    for pieceSize in [1, 3, 63, 64, 65, 127, 200] {
      var hasher = SHA256()
      var offset = 0
      var lazy = false
      while offset < bytes.count {
        let end = min(bytes.count, offset + pieceSize)
        if lazy {
          hasher.update(bytes[offset..<end].lazy.map { $0 })
        } else {
          hasher.update(bytes[offset..<end])
        }
        lazy.toggle()
        offset = end
      }
      #expect(hasher.finalize() == whole, "pieces of \(pieceSize)")
    }
  }
}
