/// The acknowledged end of the log, kept durably in the `commit` file: the witness that tells a
/// torn tail (bytes after the last acknowledged batch, which a crash may leave) from damage to
/// acknowledged records (which must be reported, never cut off).
///
/// The writer flushes a group's records first and this marker second, and acknowledges the
/// group only when both are durable; so at any crash the log holds at least what the marker
/// says. The file has two 64-byte slots written alternately in place (`pwrite`, `fdatasync`):
/// a torn marker write leaves the other slot, one commit older, intact. Each slot:
///
///     offset size
///      0      8   magic "JOLCOMMT"
///      8      8   u64 generation (the slot written is generation % 2)
///     16      8   u64 last acknowledged sequence (0: empty log)
///     24      8   u64 first sequence of the segment holding it
///     32      8   u64 committed end: the segment's bytes 0..<end are acknowledged (0 when the
///                 last record is in a sealed segment, acknowledged whole)
///     40      8   u64 byte offset of the last acknowledged record's line
///     48      4   u32 that line's CRC-32C
///     52      4   u32 0
///     56      4   u32 CRC-32C of bytes 0..<56
///     60      4   u32 0
struct CommitMarker: Equatable {
  static let fileName = "commit"
  static let slotSize = 64
  private static let magic: [UInt8] = Array("JOLCOMMT".utf8)

  var generation: UInt64 = 0
  var lastSequence: UInt64 = 0
  var segmentFirstSequence: UInt64 = 0
  var end: UInt64 = 0
  var lastRecordOffset: UInt64 = 0
  var lastRecordChecksum: UInt32 = 0

  /// What the `commit` file says.
  enum Reading: Equatable {
    /// No file: a new log (the writer creates it before the first segment); beside segments,
    /// damage — the marker was removed, or the log predates markers.
    case absent
    /// The newest valid slot; `strict` when the other slot is present but invalid — a torn
    /// marker write, after which the records it described are already durable, or damage —
    /// so nothing after the marker may be taken for a torn tail.
    case marker(CommitMarker, strict: Bool)
  }

  /// The slot image of this marker.
  func encoded() -> [UInt8] {
    var bytes = Self.magic
    bytes.reserveCapacity(Self.slotSize)
    for value in [generation, lastSequence, segmentFirstSequence, end, lastRecordOffset] {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    withUnsafeBytes(of: lastRecordChecksum.littleEndian) { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [0, 0, 0, 0])
    let checksum = CRC32C.checksum(bytes)
    withUnsafeBytes(of: checksum.littleEndian) { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [0, 0, 0, 0])
    return bytes
  }

  /// Decodes one slot; nil when it is damaged or not a marker.
  static func decode(_ slot: ArraySlice<UInt8>) -> CommitMarker? {
    guard slot.count == slotSize, slot.starts(with: magic) else { return nil }
    let bytes = Array(slot)
    func u64(_ offset: Int) -> UInt64 {
      bytes.withUnsafeBytes {
        UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      }
    }
    func u32(_ offset: Int) -> UInt32 {
      bytes.withUnsafeBytes {
        UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      }
    }
    guard CRC32C.checksum(Array(bytes[..<56])) == u32(56) else { return nil }
    return CommitMarker(
      generation: u64(8), lastSequence: u64(16), segmentFirstSequence: u64(24), end: u64(32),
      lastRecordOffset: u64(40), lastRecordChecksum: u32(48))
  }

  /// Reads the `commit` file of `directory`.
  ///
  /// - Throws: `LogError.corrupt` when the file exists but no slot is valid; file-system errors.
  static func read(directory: String, fileSystem: any FileSystem) throws -> Reading {
    let path = directory + "/" + fileName
    guard fileSystem.exists(path) else { return .absent }
    let bytes = try fileSystem.readFile(path)
    let slots = stride(from: 0, to: min(bytes.count, 2 * slotSize), by: slotSize).map {
      bytes[$0..<min($0 + slotSize, bytes.count)]
    }
    let valid = slots.compactMap(decode)
    guard let newest = valid.max(by: { $0.generation < $1.generation }) else {
      throw LogError(
        .corrupt(
          segment: fileName, offset: 0,
          what: "the commit marker is damaged: the acknowledged end of the log is unknown"))
    }
    return .marker(newest, strict: valid.count < slots.count)
  }

  /// Creates the file holding this marker in slot 0, atomically (write-temp, fsync, rename).
  func create(directory: String, fileSystem: any FileSystem) throws {
    try AtomicFile.write(encoded(), to: directory + "/" + Self.fileName, fileSystem: fileSystem)
  }

  /// Writes this marker into its slot of the open `commit` file and flushes it.
  func write(descriptor: Int32, directory: String, fileSystem: any FileSystem) throws {
    let path = directory + "/" + Self.fileName
    let slot = UInt64(generation % 2) * UInt64(Self.slotSize)
    try encoded().withUnsafeBytes { try fileSystem.write(descriptor, $0, at: slot, path: path) }
    try fileSystem.fdatasync(descriptor, path: path)
  }
}
