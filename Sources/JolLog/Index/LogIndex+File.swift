/// The `index` file: a binary image of `LogIndex`, little-endian, ending in a CRC-32C of all
/// bytes before it. It is derived data: when missing, damaged or not matching the segments it
/// is ignored and rebuilt by scanning.
///
///     "JOLINDEX" u32 version=1
///     u64 coveredSequence, u64 coveredEnd(packed), u64 lastRecord(packed), u32 lastRecordChecksum
///     u64 n, n × u64 segment first sequences
///     u64 m, m × (u64 size, u64 modified, u64 changed, u64 inode): identities of the first m
///       (sealed) segments when the index was saved, so a writer sees one changed since
///     u64 n, n × (u32 length, stream bytes, u64 version)
///     u64 slots, u64 ids, slots × u64 keys, slots × u64 values
///     u32 crc32c
extension LogIndex {
  static let fileName = "index"
  private static let magic: [UInt8] = Array("JOLINDEX".utf8)
  private static let formatVersion: UInt32 = 2

  /// The file image, for the segments listed by their first sequences, with the identities of
  /// the sealed ones.
  func encoded(segmentFirstSequences: [UInt64], sealed: [FileIdentity]) -> [UInt8] {
    var writer = ByteWriter()
    writer.bytes.reserveCapacity(
      64 + 8 * segmentFirstSequences.count + 48 * streams.count
        + 16 * ids.keys.count)
    writer.bytes.append(contentsOf: Self.magic)
    writer.put(Self.formatVersion)
    writer.put(coveredSequence)
    writer.put(coveredEnd.packed)
    writer.put(lastRecord.packed)
    writer.put(lastRecordChecksum)
    writer.put(UInt64(segmentFirstSequences.count))
    for first in segmentFirstSequences { writer.put(first) }
    writer.put(UInt64(sealed.count))
    for identity in sealed {
      for field in [identity.size, identity.modified, identity.changed, identity.inode] {
        writer.put(field)
      }
    }
    writer.put(UInt64(streams.count))
    for (stream, version) in streams {
      writer.put(UInt32(stream.utf8.count))
      writer.bytes.append(contentsOf: stream.utf8)
      writer.put(version)
    }
    writer.put(UInt64(ids.keys.count))
    writer.put(UInt64(ids.count))
    writer.putAll(ids.keys)
    writer.putAll(ids.values)
    writer.put(CRC32C.checksum(writer.bytes))
    return writer.bytes
  }

  /// Decodes a file image; nil when it is damaged or of another format. Also returns the
  /// segment first sequences it was made for and the sealed segments' identities.
  static func decode(_ bytes: [UInt8]) -> (LogIndex, [UInt64], [FileIdentity])? {
    guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
    let body = bytes.count - 4
    let stored = bytes[body...].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self).littleEndian }
    guard
      bytes.withUnsafeBytes({ CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[..<body])) })
        == stored
    else { return nil }
    var reader = ByteReader(bytes: bytes, position: magic.count, end: body)
    guard reader.u32() == formatVersion else { return nil }
    var index = LogIndex()
    guard let covered = reader.u64(), let end = reader.u64(), let last = reader.u64(),
      let lastChecksum = reader.u32(), let segmentCount = reader.count(of: 8)
    else { return nil }
    index.coveredSequence = covered
    index.coveredEnd = Location(packed: end)
    index.lastRecord = Location(packed: last)
    index.lastRecordChecksum = lastChecksum
    var firsts: [UInt64] = []
    for _ in 0..<segmentCount {
      guard let first = reader.u64() else { return nil }
      firsts.append(first)
    }
    guard let sealedCount = reader.count(of: 32) else { return nil }
    var sealed: [FileIdentity] = []
    for _ in 0..<sealedCount {
      guard let size = reader.u64(), let modified = reader.u64(), let changed = reader.u64(),
        let inode = reader.u64()
      else { return nil }
      sealed.append(FileIdentity(size: size, modified: modified, changed: changed, inode: inode))
    }
    guard let streamCount = reader.count(of: 12) else { return nil }
    index.streams.reserveCapacity(streamCount)
    for _ in 0..<streamCount {
      guard let length = reader.u32(), let name = reader.string(Int(length)),
        let version = reader.u64()
      else { return nil }
      index.streams[name] = version
    }
    guard let slots = reader.count(of: 16), let idCount = reader.u64(),
      let keys = reader.u64s(slots), let values = reader.u64s(slots), reader.position == body,
      let table = IDTable(keys: keys, values: values, count: Int(idCount))
    else { return nil }
    index.ids = table
    return (index, firsts, sealed)
  }
}

/// Little-endian binary output.
private struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func put<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func putAll(_ values: [UInt64]) {
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }  // little-endian hosts only
  }
}

/// Little-endian binary input; every read is bounds-checked and returns nil past the end.
private struct ByteReader {
  let bytes: [UInt8]
  var position: Int
  let end: Int

  mutating func u32() -> UInt32? { fixed() }
  mutating func u64() -> UInt64? { fixed() }

  /// A count of items of at least `itemSize` bytes each, rejected when they cannot fit.
  mutating func count(of itemSize: Int) -> Int? {
    guard let value = u64(), value <= UInt64((end - position) / itemSize) else { return nil }
    return Int(value)
  }

  mutating func string(_ length: Int) -> String? {
    guard length <= end - position else { return nil }
    defer { position += length }
    return String(decoding: bytes[position..<position + length], as: UTF8.self)
  }

  mutating func u64s(_ count: Int) -> [UInt64]? {
    guard count <= (end - position) / 8 else { return nil }
    let values = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[position..<position + count * 8]))
      }
      initialized = count
    }
    position += count * 8
    return values
  }

  private mutating func fixed<T: FixedWidthInteger>() -> T? {
    let size = MemoryLayout<T>.size
    guard size <= end - position else { return nil }
    defer { position += size }
    return bytes.withUnsafeBytes {
      T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self))
    }
  }
}
