/// The checksum of a snapshot's bytes: a 64-bit hash, taken block by block so that cores can
/// share the work.
///
/// The bytes are cut into blocks of ``blockBytes`` (the last one shorter). Each block is hashed on
/// its own, seeded by its number, in four lanes of eight-byte words (a word goes to lane
/// `offset / 8 % 4`). A lane's step adds the word times an odd constant, rotates, and multiplies by
/// another odd constant: for a given lane value it is a bijection of the word, and for a given
/// word a bijection of the lane, so two blocks that differ in one word never leave a lane alike.
/// The lanes, the block's length and its last bytes (fewer than 32, as words, the last one
/// padded with zeros) are then mixed into one 64-bit value and finished by an avalanche. The
/// blocks' hashes are mixed in order, with the length of the whole, into the checksum.
///
/// It is a check against damage (a disk's, a copy's), not against a forger: two different
/// contents share a checksum by chance only, about one in 2⁶⁴. It replaced CRC-32C in snapshot
/// format 12: on a million learners' snapshot it reads about ten times as many bytes a second,
/// and a command's start-up checks every byte of the snapshot.
enum SnapshotChecksum {
  /// Bytes in a block (the last block of a snapshot is shorter).
  static let blockBytes = 1 << 20

  /// Bytes of the checksum at the end of a snapshot.
  static let size = 8

  /// The checksum of `bytes`, its blocks hashed by up to `cores` threads.
  /// - Complexity: O(n): about a multiplication per eight bytes.
  static func checksum(_ bytes: UnsafeRawBufferPointer, cores: Int = 1) -> UInt64 {
    let blocks = (bytes.count + blockBytes - 1) / blockBytes
    let runs = max(1, min(cores, blocks))
    var whole = Mix.seed ^ UInt64(bytes.count) &* Mix.prime5
    if runs == 1 {
      for block in 0..<blocks { whole = Mix.step(whole, self.block(block, of: bytes)) }
    } else {
      let shared = SharedBytes(bytes: bytes)
      let hashes = Parallel.map(runs) { run in
        (blocks * run / runs..<blocks * (run + 1) / runs).map { block($0, of: shared.bytes) }
      }
      for hash in hashes.joined() { whole = Mix.step(whole, hash) }
    }
    return Mix.avalanche(whole)
  }

  /// The checksum of an array's bytes.
  static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// The hash of block number `index` of `bytes`.
  private static func block(_ index: Int, of bytes: UnsafeRawBufferPointer) -> UInt64 {
    let start = index * blockBytes
    let count = min(blockBytes, bytes.count - start)
    guard let base = bytes.baseAddress.map({ $0 + start }), count > 0 else {
      return Mix.avalanche(Mix.seed &+ UInt64(index))
    }
    let seed = Mix.seed &+ UInt64(index) &* Mix.prime1
    var a = seed &+ Mix.prime1 &+ Mix.prime2
    var b = seed &+ Mix.prime2
    var c = seed
    var d = seed &- Mix.prime1
    var offset = 0
    while offset &+ 32 <= count {
      a = Mix.round(a, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
      b = Mix.round(
        b, base.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self).littleEndian)
      c = Mix.round(
        c, base.loadUnaligned(fromByteOffset: offset &+ 16, as: UInt64.self).littleEndian)
      d = Mix.round(
        d, base.loadUnaligned(fromByteOffset: offset &+ 24, as: UInt64.self).littleEndian)
      offset &+= 32
    }
    var hash =
      a.rotated(1) &+ b.rotated(7) &+ c.rotated(12) &+ d.rotated(18) &+ UInt64(count)
    for lane in [a, b, c, d] { hash = Mix.step(hash, lane) }
    while offset < count {
      // The last bytes as words, the last word padded with zeros: the length, mixed in above,
      // tells a padding zero from a zero byte.
      var word: UInt64 = 0
      for byte in 0..<min(8, count &- offset) {
        word |= UInt64(base.load(fromByteOffset: offset &+ byte, as: UInt8.self)) << (8 * byte)
      }
      hash = Mix.step(hash, word)
      offset &+= 8
    }
    return Mix.avalanche(hash)
  }

  /// The bytes the threads read. Unchecked Sendable, and safe as used: only read.
  private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
  }

  /// The hash's arithmetic: odd 64-bit constants (those of xxHash64, whose lane step this is),
  /// a lane's step, a step folding one value into a running hash, and the final avalanche.
  private enum Mix {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5
    /// The seed of every hash ("JOLSNAP" and a format marker).
    static let seed: UInt64 = 0x4A4F_4C53_4E41_500C

    /// One word into a lane.
    @inline(__always)
    static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      (lane &+ word &* prime2).rotated(31) &* prime1
    }

    /// One value into a running hash.
    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 {
      (hash ^ round(0, value)).rotated(27) &* prime1 &+ prime4
    }

    /// Every bit of the result depends on every bit of `hash`.
    @inline(__always)
    static func avalanche(_ hash: UInt64) -> UInt64 {
      var hash = hash
      hash ^= hash >> 33
      hash &*= prime2
      hash ^= hash >> 29
      hash &*= prime3
      hash ^= hash >> 32
      return hash
    }
  }
}
