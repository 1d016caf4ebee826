/// Writes the body of a binary snapshot: LEB128 varints (zigzag for signed values), dates as
/// day numbers, closed sets as one byte, and strings either inline (length + UTF-8) or, for the
/// few thousand distinct values that a million learners repeat (school codes, districts,
/// specialties, subjects), as an index into a table written once at the end.
///
/// The table makes a snapshot about half the size and lets the reader make each repeated string
/// once and share it, which matters as much for resident memory as for speed.
struct SnapshotWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []
  /// Index of each shared string in ``sharedStrings``.
  private var sharedIndex: [String: UInt32] = [:]
  /// Shared strings in order of first use.
  private(set) var sharedStrings: [String] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  @inline(__always)
  mutating func byte(_ value: UInt8) { bytes.append(value) }

  /// An unsigned LEB128 number.
  @inline(__always)
  mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(truncatingIfNeeded: rest))
  }

  /// A signed number, zigzag-encoded so that small negative numbers stay short.
  @inline(__always)
  mutating func int(_ value: Int64) {
    varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  @inline(__always)
  mutating func int(_ value: Int) { int(Int64(value)) }

  /// A count of elements.
  @inline(__always)
  mutating func count(_ value: Int) { varint(UInt64(value)) }

  @inline(__always)
  mutating func date(_ value: CivilDate) { int(Int64(value.daysSinceEpoch)) }

  /// An optional date: 0 for nil, else the zigzag day number plus one.
  @inline(__always)
  mutating func date(_ value: CivilDate?) {
    guard let value else { return varint(0) }
    let days = Int64(value.daysSinceEpoch)
    varint(UInt64(bitPattern: (days << 1) ^ (days >> 63)) + 1)
  }

  @inline(__always)
  mutating func decimal(_ value: FixedDecimal) { int(value.units) }

  @inline(__always)
  mutating func money(_ value: Money) { int(value.tiyn) }

  /// A member of a closed set (a payload-free enum of at most 256 cases): its case number,
  /// which is its position in `allCases`. The reader maps it through the names the snapshot
  /// lists (``SnapshotEnums``), so reordering cases in a later Jol does not misread.
  @inline(__always)
  mutating func enumeration<T: CaseIterable>(_ value: T) {
    bytes.append(unsafeBitCast(value, to: UInt8.self))
  }

  /// An optional member of a closed set: 0xFF for nil.
  @inline(__always)
  mutating func enumeration<T: CaseIterable>(_ value: T?) {
    guard let value else { return bytes.append(0xFF) }
    enumeration(value)
  }

  /// A string written in place: used for values unique to one learner (ids, references).
  mutating func inline(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// A string likely repeated across learners: its index in the shared table.
  @inline(__always)
  mutating func shared(_ value: String) {
    varint(UInt64(sharedNumber(value)))
  }

  /// An optional shared string: 0 for nil, else its index plus one.
  @inline(__always)
  mutating func shared(_ value: String?) {
    guard let value else { return varint(0) }
    varint(UInt64(sharedNumber(value)) + 1)
  }

  private mutating func sharedNumber(_ value: String) -> UInt32 {
    if let number = sharedIndex[value] { return number }
    let number = UInt32(sharedStrings.count)
    sharedIndex[value] = number
    sharedStrings.append(value)
    return number
  }

  /// Appends a little-endian fixed-width number.
  mutating func fixed<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Overwrites a little-endian fixed-width number at `offset`.
  mutating func patch<T: FixedWidthInteger>(_ value: T, at offset: Int) {
    withUnsafeBytes(of: value.littleEndian) { source in
      for index in 0..<source.count { bytes[offset + index] = source[index] }
    }
  }
}
