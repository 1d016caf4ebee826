/// Reads what ``SnapshotWriter`` wrote. Every read is bounds-checked and a value out of range is
/// an error, so a body that passed its checksum but is not what this Jol wrote (a bug, or a
/// crafted file) fails with the offset rather than producing wrong state.
///
/// The reader borrows the bytes: use it only inside the scope that produced the buffer.
struct SnapshotReader {
  private let base: UnsafeRawPointer
  /// Offset of the next unread byte.
  private(set) var position: Int
  /// Offset of the end of what may be read.
  private(set) var end: Int
  /// The shared string table, read before the body.
  var sharedStrings = UnsafeBufferPointer<String>(start: nil, count: 0)
  /// For each closed set (``SnapshotEnums/Slot``), 256 entries: the current case number of each
  /// stored one, 0xFF where the snapshot has no such case. Flat, so a lookup retains nothing.
  var enumTable = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  init(_ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) {
    base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
    position = start
    self.end = end
  }

  /// Moves to another part of the same buffer.
  mutating func seek(to start: Int, end: Int) {
    position = start
    self.end = end
  }

  /// An error at the current position.
  func malformed(_ expected: String) -> SnapshotError {
    .malformed(offset: position, expected: expected)
  }

  @inline(__always)
  mutating func byte() throws(SnapshotError) -> UInt8 {
    guard position < end else { throw malformed("more bytes") }
    defer { position &+= 1 }
    return base.load(fromByteOffset: position, as: UInt8.self)
  }

  @inline(__always)
  mutating func varint() throws(SnapshotError) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      result |= UInt64(next & 0x7F) << shift
      if next < 0x80 { return result }
      shift += 7
      guard shift < 64 else { throw malformed("a number of at most 64 bits") }
    }
  }

  @inline(__always)
  mutating func int64() throws(SnapshotError) -> Int64 {
    let raw = try varint()
    return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
  }

  @inline(__always)
  mutating func int() throws(SnapshotError) -> Int { Int(try int64()) }

  /// A count of elements each taking at least one byte (so a damaged count cannot make the
  /// reader reserve more than the buffer could hold).
  @inline(__always)
  mutating func count() throws(SnapshotError) -> Int {
    let value = try varint()
    guard value <= UInt64(end - position) else { throw malformed("a count that fits the snapshot") }
    return Int(value)
  }

  /// A presence byte: 1 when an optional part follows, 0 when not.
  mutating func presence() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw malformed("a presence byte 0 or 1")
    }
  }

  @inline(__always)
  mutating func date() throws(SnapshotError) -> CivilDate {
    let days = try int64()
    guard let narrow = Int32(exactly: days) else { throw malformed("a day number") }
    return CivilDate(daysSinceEpoch: narrow)
  }

  @inline(__always)
  mutating func optionalDate() throws(SnapshotError) -> CivilDate? {
    let raw = try varint()
    guard raw != 0 else { return nil }
    let days = Int64(bitPattern: (raw - 1) >> 1) ^ -Int64(bitPattern: (raw - 1) & 1)
    guard let narrow = Int32(exactly: days) else { throw malformed("a day number") }
    return CivilDate(daysSinceEpoch: narrow)
  }

  @inline(__always)
  mutating func decimal() throws(SnapshotError) -> FixedDecimal { FixedDecimal(units: try int64()) }

  @inline(__always)
  mutating func money() throws(SnapshotError) -> Money { Money(tiyn: try int64()) }

  /// A member of the closed set `slot`.
  @inline(__always)
  mutating func enumeration<T: CaseIterable>(_ slot: SnapshotEnums.Slot, _: T.Type = T.self)
    throws(SnapshotError) -> T
  {
    let current = enumTable[slot.rawValue &<< 8 | Int(try byte())]
    guard current != 0xFF else { throw malformed("a known \(slot)") }
    return unsafeBitCast(current, to: T.self)
  }

  /// An optional member of the closed set `slot` (0xFF for nil).
  @inline(__always)
  mutating func optionalEnumeration<T: CaseIterable>(
    _ slot: SnapshotEnums.Slot, _: T.Type = T.self
  ) throws(SnapshotError) -> T? {
    let stored = try byte()
    if stored == 0xFF { return nil }
    let current = enumTable[slot.rawValue &<< 8 | Int(stored)]
    guard current != 0xFF else { throw malformed("a known \(slot)") }
    return unsafeBitCast(current, to: T.self)
  }

  /// A string written in place.
  mutating func inline() throws(SnapshotError) -> String {
    String(decoding: try inlineBytes(), as: UTF8.self)
  }

  /// The bytes of a string written in place, valid while the snapshot's buffer is.
  mutating func inlineBytes() throws(SnapshotError) -> UnsafeRawBufferPointer {
    let length = try count()
    defer { position &+= length }
    return UnsafeRawBufferPointer(start: base + position, count: length)
  }

  /// A string from the shared table.
  @inline(__always)
  mutating func shared() throws(SnapshotError) -> String {
    let number = try varint()
    guard number < UInt64(sharedStrings.count) else { throw malformed("a shared string number") }
    return sharedStrings[Int(number)]
  }

  /// An optional string from the shared table (0 for nil).
  @inline(__always)
  mutating func optionalShared() throws(SnapshotError) -> String? {
    let number = try varint()
    guard number != 0 else { return nil }
    guard number <= UInt64(sharedStrings.count) else {
      throw malformed("a shared string number")
    }
    return sharedStrings[Int(number - 1)]
  }

  /// A little-endian fixed-width number.
  mutating func fixed<T: FixedWidthInteger>(_: T.Type = T.self) throws(SnapshotError) -> T {
    let size = MemoryLayout<T>.size
    guard size <= end - position else { throw malformed("more bytes") }
    defer { position &+= size }
    return T(littleEndian: base.loadUnaligned(fromByteOffset: position, as: T.self))
  }
}
