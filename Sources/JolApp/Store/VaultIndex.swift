import JolLog
import JolModel

/// `vault/people.index`: where each IIN's row lies in `people.csv`, so `jol learner show IIN`
/// reads a few dozen bytes of the index and one row of the vault instead of the whole vault;
/// and where each row lies in the file's own order — by learner id, as Jol writes it — so a
/// command asked about a learner id (`jol eligibility check`, for the age) finds that person by
/// a binary search over the rows.
///
/// Derived, never the record: `people.csv` is. The index names the exact `people.csv` it was made
/// from (its identity — size, times, inode — and a CRC-32C of its bytes), and is used only while
/// that file is unchanged; otherwise readers read the whole vault as before, and the next writer
/// rebuilds it (``refresh(directory:fileSystem:)``). It holds IINs and byte offsets only — no
/// name, no contact — beside the vault they come from, owner-only like it.
///
/// Layout, little-endian:
///
/// ```
/// header (64 bytes)  magic "JOLVIX02" · flags u32 (1: rows listed; 0: this people.csv could not
///                    be indexed, read it whole) · length of people.csv's header line u32 ·
///                    count u64 · people.csv's size u64, mtime ns u64, ctime ns u64, inode u64,
///                    CRC-32C u32 · CRC-32C of the 60 bytes before u32
/// entry (28 bytes)   IIN, 12 ASCII digits · row offset u64 · row length u32 ·
///                    CRC-32C of the entry's first 24 bytes and its position u32
/// row (16 bytes)     row offset u64 · row length u32 ·
///                    CRC-32C of the row's first 12 bytes and its position u32
/// ```
///
/// The header is followed by `count` entries sorted by IIN, then by the same `count` rows in the
/// file's order: ascending offsets, which in a `people.csv` as Jol writes it (the only kind the
/// index lists) is ascending learner id. A lookup is a binary search — over the entries by IIN,
/// or over the rows by the learner id each holds — O(log n) reads of one entry (and one row),
/// each checked, so a damaged entry on the way is found instead of misleading the search.
enum VaultIndex {
  static let fileName = "people.index"
  static let magic = Array("JOLVIX02".utf8)
  static let headerSize = 64
  static let entrySize = 28
  static let rowSize = 16

  /// The index file's size for `count` people.
  static func fileSize(count: UInt64) -> UInt64 {
    UInt64(headerSize) + count * UInt64(entrySize + rowSize)
  }

  /// Where the row at `position` of the file's order is described.
  static func rowOffset(_ position: Int, count: UInt64) -> UInt64 {
    UInt64(headerSize) + count * UInt64(entrySize) + UInt64(position * rowSize)
  }

  /// One person's row in `people.csv`.
  struct Entry: Hashable, Sendable {
    /// The IIN's twelve digits as a number: their order is the digits' order.
    var key: UInt64
    var offset: UInt64
    var length: UInt32

    init(iin: IIN, offset: UInt64, length: UInt32) {
      self.init(key: Self.key(iin), offset: offset, length: length)
    }

    init(key: UInt64, offset: UInt64, length: UInt32) {
      self.key = key
      self.offset = offset
      self.length = length
    }

    static func key(_ iin: IIN) -> UInt64 {
      iin.value.utf8.reduce(0) { $0 * 10 + UInt64($1 &- 48) }
    }
  }

  /// What an index says about the `people.csv` it was made from.
  struct Header: Equatable, Sendable {
    /// False for a `people.csv` that is not as Jol writes it (edited by hand, or from before a
    /// column was added): its rows cannot be located, so readers read it whole.
    var listsRows: Bool
    var csvHeaderLength: UInt32
    var count: UInt64
    var source: FileIdentity
    var checksum: UInt32
  }

  // MARK: Encoding

  /// The index file: the header, the entries sorted by IIN, then their rows in the file's order.
  static func encode(_ header: Header, entries: [Entry]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(fileSize(count: UInt64(entries.count))))
    bytes += magic
    append(UInt32(header.listsRows ? 1 : 0), to: &bytes)
    append(header.csvHeaderLength, to: &bytes)
    append(UInt64(entries.count), to: &bytes)
    for field in [header.source.size, header.source.modified, header.source.changed] {
      append(field, to: &bytes)
    }
    append(header.source.inode, to: &bytes)
    append(header.checksum, to: &bytes)
    append(CRC32C.checksum(bytes), to: &bytes)
    for (position, entry) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
      let start = bytes.count
      var divisor: UInt64 = 100_000_000_000
      while divisor > 0 {
        bytes.append(UInt8(48 + entry.key / divisor % 10))
        divisor /= 10
      }
      append(entry.offset, to: &bytes)
      append(entry.length, to: &bytes)
      append(entryCheck(bytes[start...], position: position), to: &bytes)
    }
    for (position, entry) in entries.sorted(by: { $0.offset < $1.offset }).enumerated() {
      let start = bytes.count
      append(entry.offset, to: &bytes)
      append(entry.length, to: &bytes)
      append(entryCheck(bytes[start...], position: position), to: &bytes)
    }
    return bytes
  }

  /// The header of an index file from its first ``headerSize`` bytes; nil unless they are one,
  /// intact, of this format.
  static func header(_ bytes: ArraySlice<UInt8>) -> Header? {
    let start = bytes.startIndex
    guard bytes.count >= headerSize, bytes[start..<start + 8].elementsEqual(magic),
      read(UInt32.self, bytes, at: 60) == CRC32C.checksum(bytes[start..<start + 60])
    else { return nil }
    let flags = read(UInt32.self, bytes, at: 8)
    guard flags <= 1 else { return nil }
    return Header(
      listsRows: flags == 1, csvHeaderLength: read(UInt32.self, bytes, at: 12),
      count: read(UInt64.self, bytes, at: 16),
      source: FileIdentity(
        size: read(UInt64.self, bytes, at: 24), modified: read(UInt64.self, bytes, at: 32),
        changed: read(UInt64.self, bytes, at: 40), inode: read(UInt64.self, bytes, at: 48)),
      checksum: read(UInt32.self, bytes, at: 56))
  }

  /// The entry at `position` from its ``entrySize`` bytes; nil when they are damaged or belong
  /// elsewhere.
  static func entry(_ bytes: ArraySlice<UInt8>, position: Int) -> Entry? {
    let start = bytes.startIndex
    guard bytes.count == entrySize,
      read(UInt32.self, bytes, at: 24) == entryCheck(bytes[start..<start + 24], position: position)
    else { return nil }
    var key: UInt64 = 0
    for digit in bytes[start..<start + 12] {
      guard (48...57).contains(digit) else { return nil }
      key = key * 10 + UInt64(digit - 48)
    }
    return Entry(
      key: key, offset: read(UInt64.self, bytes, at: 12), length: read(UInt32.self, bytes, at: 20))
  }

  /// The offset and length of the row at `position` of the file's order, from its ``rowSize``
  /// bytes; nil when they are damaged or belong elsewhere.
  static func row(_ bytes: ArraySlice<UInt8>, position: Int) -> (offset: UInt64, length: UInt32)? {
    let start = bytes.startIndex
    guard bytes.count == rowSize,
      read(UInt32.self, bytes, at: 12) == entryCheck(bytes[start..<start + 12], position: position)
    else { return nil }
    return (read(UInt64.self, bytes, at: 0), read(UInt32.self, bytes, at: 8))
  }

  /// An entry's check covers its position too: an entry copied or moved elsewhere in the file
  /// would otherwise still read as intact and lead the binary search astray.
  private static func entryCheck(_ bytes: ArraySlice<UInt8>, position: Int) -> UInt32 {
    withUnsafeBytes(of: UInt64(position).littleEndian) {
      CRC32C.checksum($0, continuing: CRC32C.checksum(bytes))
    }
  }

  private static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8])
  {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  private static func read<Integer: FixedWidthInteger>(
    _ type: Integer.Type, _ bytes: ArraySlice<UInt8>, at offset: Int
  ) -> Integer {
    var value: Integer = 0
    for index in (0..<MemoryLayout<Integer>.size).reversed() {
      value = value << 8 | Integer(bytes[bytes.startIndex + offset + index])
    }
    return value
  }
}
