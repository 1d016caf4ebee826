/// One segment's stream index: where each stream's records start in that segment, as a table of
/// (stream hash, byte offset) entries sorted by hash then offset, in blocks of 256 entries.
///
/// Saved beside the segment as `NNNNNNNNNNNNNNNNNNNN.streams` (the segment's name with another
/// suffix). It is derived data: written atomically, verified by checksums, and rebuilt from
/// the segment when missing, damaged or not matching it. A lookup reads the header and the
/// fences (the first hash of each block) once, then only the blocks that can hold the hash —
/// a few kilobytes per segment, whatever the log's size — and checks each block's checksum.
///
///     offset   size
///      0        8   magic "JOLSTRMS"
///      8        4   u32 format version (1)
///     12        4   u32 entries per block (256)
///     16        8   u64 first sequence of the segment
///     24        8   u64 covered end: the segment bytes 0..<end are indexed
///     32        8   u64 last indexed sequence (0 when none)
///     40        8   u64 byte offset of that record's line
///     48        4   u32 that line's CRC-32C (to see that the segment still holds it)
///     52        4   u32 0
///     56        8   u64 number of entries
///     64    8 × B   fences: the first hash of each of the B blocks
///      …        4   u32 CRC-32C of the header and fences
///      …            B blocks: up to 256 × (u64 hash, u64 offset), then u32 CRC-32C of them
struct StreamTable {
  static let suffix = ".streams"
  static let magic: [UInt8] = Array("JOLSTRMS".utf8)
  static let formatVersion: UInt32 = 1
  static let entriesPerBlock = 256
  static let headerSize = 64

  /// What the table covers.
  struct Coverage: Equatable {
    var segmentFirstSequence: UInt64
    /// Segment bytes `0..<end` are indexed.
    var end: UInt64
    /// The last indexed record: its sequence (0 when none), offset and line checksum.
    var lastSequence: UInt64
    var lastOffset: UInt64
    var lastChecksum: UInt32
  }

  /// One entry: a record of the stream with this hash starts at this offset of the segment.
  struct Entry: Comparable {
    var hash: UInt64
    var offset: UInt64

    static func < (lhs: Entry, rhs: Entry) -> Bool {
      (lhs.hash, lhs.offset) < (rhs.hash, rhs.offset)
    }
  }

  var coverage: Coverage
  var entryCount: Int
  /// The first hash of each block.
  var fences: [UInt64]

  var blockCount: Int { fences.count }

  /// File offset of block `index`.
  func blockOffset(_ index: Int) -> UInt64 {
    UInt64(Self.headerSize + 8 * blockCount + 4 + index * (Self.entriesPerBlock * 16 + 4))
  }

  /// Number of entries in block `index`.
  func blockEntries(_ index: Int) -> Int {
    min(Self.entriesPerBlock, entryCount - index * Self.entriesPerBlock)
  }

  /// The blocks that may hold entries with `hash`.
  func candidateBlocks(_ hash: UInt64) -> Range<Int> {
    // First block whose successor starts at or after the hash (earlier ones end before it).
    var low = 0
    var high = blockCount
    while low < high {
      let middle = (low + high) / 2
      if fences[middle] < hash { low = middle + 1 } else { high = middle }
    }
    let first = max(0, low - 1)
    var last = low
    while last < blockCount && fences[last] <= hash { last += 1 }
    return first..<max(first, last)
  }

  /// The file image of a table over `entries` (sorted).
  static func encode(coverage: Coverage, entries: [Entry]) -> [UInt8] {
    let blocks = (entries.count + entriesPerBlock - 1) / entriesPerBlock
    var bytes: [UInt8] = []
    bytes.reserveCapacity(headerSize + 12 * blocks + 4 + entries.count * 16)
    func put<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    bytes.append(contentsOf: magic)
    put(formatVersion)
    put(UInt32(entriesPerBlock))
    put(coverage.segmentFirstSequence)
    put(coverage.end)
    put(coverage.lastSequence)
    put(coverage.lastOffset)
    put(coverage.lastChecksum)
    put(UInt32(0))
    put(UInt64(entries.count))
    for block in 0..<blocks { put(entries[block * entriesPerBlock].hash) }
    put(CRC32C.checksum(bytes))
    for block in 0..<blocks {
      let start = bytes.count
      for entry in entries[
        (block * entriesPerBlock)..<min(entries.count, (block + 1) * entriesPerBlock)]
      {
        put(entry.hash)
        put(entry.offset)
      }
      let crc = bytes.withUnsafeBytes {
        CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[start...]))
      }
      put(crc)
    }
    return bytes
  }

  /// Reads and checks the header and fences of a table file; nil when it is not a whole,
  /// undamaged table of this format (the caller rebuilds it).
  static func readHeader(
    fileSystem: any FileSystem, descriptor: Int32, path: String
  ) throws -> StreamTable? {
    let size = try fileSystem.size(descriptor, path: path)
    guard size >= UInt64(headerSize + 4) else { return nil }
    var header = [UInt8](repeating: 0, count: headerSize)
    guard try readFully(fileSystem, descriptor, path, into: &header, at: 0) else { return nil }
    guard header.starts(with: magic) else { return nil }
    func field<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
      header.withUnsafeBytes {
        T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self))
      }
    }
    guard field(8, UInt32.self) == formatVersion,
      field(12, UInt32.self) == UInt32(entriesPerBlock)
    else { return nil }
    let entryCount = field(56, UInt64.self)
    guard entryCount <= size / 16 else { return nil }
    let blocks = (entryCount + UInt64(entriesPerBlock) - 1) / UInt64(entriesPerBlock)
    // The file must be exactly as long as its entry count says.
    guard UInt64(headerSize) + 12 * blocks + 4 + entryCount * 16 == size else { return nil }
    var fenceBytes = [UInt8](repeating: 0, count: Int(8 * blocks + 4))
    guard try readFully(fileSystem, descriptor, path, into: &fenceBytes, at: UInt64(headerSize))
    else { return nil }
    let stored = fenceBytes.withUnsafeBytes {
      UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: Int(8 * blocks), as: UInt32.self))
    }
    var crc = CRC32C.checksum(header)
    crc = fenceBytes.withUnsafeBytes {
      CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[..<Int(8 * blocks)]), continuing: crc)
    }
    guard crc == stored else { return nil }
    let fences = (0..<Int(blocks)).map { block in
      fenceBytes.withUnsafeBytes {
        UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 8 * block, as: UInt64.self))
      }
    }
    let coverage = Coverage(
      segmentFirstSequence: field(16, UInt64.self), end: field(24, UInt64.self),
      lastSequence: field(32, UInt64.self), lastOffset: field(40, UInt64.self),
      lastChecksum: field(48, UInt32.self))
    return StreamTable(coverage: coverage, entryCount: Int(entryCount), fences: fences)
  }

  /// The entries of block `index`, checksum verified; nil when the block is damaged.
  func readBlock(_ index: Int, fileSystem: any FileSystem, descriptor: Int32, path: String) throws
    -> [Entry]?
  {
    let count = blockEntries(index)
    var bytes = [UInt8](repeating: 0, count: count * 16 + 4)
    guard try Self.readFully(fileSystem, descriptor, path, into: &bytes, at: blockOffset(index))
    else { return nil }
    return bytes.withUnsafeBytes { raw -> [Entry]? in
      let stored = UInt32(
        littleEndian: raw.loadUnaligned(fromByteOffset: count * 16, as: UInt32.self))
      guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[..<(count * 16)])) == stored else {
        return nil
      }
      return (0..<count).map { entry in
        Entry(
          hash: UInt64(
            littleEndian: raw.loadUnaligned(fromByteOffset: 16 * entry, as: UInt64.self)),
          offset: UInt64(
            littleEndian: raw.loadUnaligned(fromByteOffset: 16 * entry + 8, as: UInt64.self)))
      }
    }
  }

  /// Fills `buffer` from `offset`; false when the file ends first.
  static func readFully(
    _ fileSystem: any FileSystem, _ descriptor: Int32, _ path: String, into buffer: inout [UInt8],
    at offset: UInt64
  ) throws -> Bool {
    var filled = 0
    while filled < buffer.count {
      let count = try buffer.withUnsafeMutableBytes {
        try fileSystem.read(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]),
          at: offset + UInt64(filled), path: path)
      }
      if count == 0 { return false }
      filled += count
    }
    return true
  }
}
