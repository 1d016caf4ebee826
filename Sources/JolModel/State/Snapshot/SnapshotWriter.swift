/// Writes the body of a binary snapshot: LEB128 varints (zigzag for signed values), dates as
/// day numbers, closed sets as one byte, and strings either inline (length + UTF-8) or, for the
/// few thousand distinct values that a million learners repeat (school codes, districts,
/// specialties, subjects), as an index into a table written once at the end.
///
/// The table makes a snapshot about half the size and lets the reader make each repeated string
/// once and share it, which matters as much for resident memory as for speed.
struct SnapshotWriter {
  /// The bytes written so far: `base[0..<length]`. Raw memory rather than an array: appending
  /// to an array checks uniqueness and capacity per byte, a third of the time of encoding.
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Number of bytes written.
  private(set) var length = 0
  private var strings = SnapshotStringTable()

  /// Shared strings in order of first use.
  var sharedStrings: [String] { strings.strings }

  /// A writer with room for `capacity` bytes before it grows; call ``finish()`` exactly once.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// The bytes written, as an array; releases the writer's memory.
  mutating func finish() -> [UInt8] {
    defer {
      base.deallocate()
      capacity = 0
      length = 0
    }
    return Array(UnsafeBufferPointer(start: base, count: length))
  }

  /// The bytes written so far, for the checksum.
  var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: length) }

  @inline(__always)
  private mutating func reserve(_ count: Int) {
    if length + count > capacity { grow(to: length + count) }
  }

  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: length)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  mutating func byte(_ value: UInt8) {
    reserve(1)
    base[length] = value
    length &+= 1
  }

  /// Appends raw bytes.
  mutating func raw(_ bytes: UnsafeRawBufferPointer) {
    reserve(bytes.count)
    UnsafeMutableRawPointer(base + length).copyMemory(
      from: bytes.baseAddress ?? UnsafeRawPointer(base), byteCount: bytes.count)
    length &+= bytes.count
  }

  /// An unsigned LEB128 number.
  @inline(__always)
  mutating func varint(_ value: UInt64) {
    reserve(10)
    var rest = value
    while rest >= 0x80 {
      base[length] = UInt8(truncatingIfNeeded: rest) | 0x80
      length &+= 1
      rest >>= 7
    }
    base[length] = UInt8(truncatingIfNeeded: rest)
    length &+= 1
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
    byte(unsafeBitCast(value, to: UInt8.self))
  }

  /// An optional member of a closed set: 0xFF for nil.
  @inline(__always)
  mutating func enumeration<T: CaseIterable>(_ value: T?) {
    guard let value else { return byte(0xFF) }
    enumeration(value)
  }

  /// A string written in place: used for values unique to one learner (ids, references).
  mutating func inline(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      count(utf8.count)
      raw(UnsafeRawBufferPointer(utf8))
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

  @inline(__always)
  private mutating func sharedNumber(_ value: String) -> UInt32 { strings.number(value) }

  /// Appends a little-endian fixed-width number.
  mutating func fixed<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { raw($0) }
  }

  /// Overwrites a little-endian fixed-width number at `offset`.
  mutating func patch<T: FixedWidthInteger>(_ value: T, at offset: Int) {
    precondition(offset + MemoryLayout<T>.size <= length)
    withUnsafeBytes(of: value.littleEndian) { source in
      UnsafeMutableRawPointer(base + offset).copyMemory(
        from: source.baseAddress!, byteCount: source.count)
    }
  }
}
