#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file in large chunks and hands out its complete lines, each with the CRC-32C of its
/// checksummed part (`RecordLine.checkedStart` onwards). Checksums are computed two lines at a
/// time: two independent dependency chains run about half again as fast as one, and the
/// checksum is most of the cost of replay. Each chunk is a fresh array, so a record's payload
/// slice stays valid after the scan moves on.
struct LineScanner {
  /// One complete line: `chunk[start..<end]`, with the newline at `end`.
  struct Line {
    let chunk: [UInt8]
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
    /// File offset of the line's first byte.
    let offset: UInt64
    /// CRC-32C of `chunk[(start + RecordLine.checkedStart)..<end]`; nil for a shorter line.
    let checksum: UInt32?
  }

  let fileSystem: any FileSystem
  let descriptor: Int32
  let path: String
  var chunkSize = 1 << 20

  /// Calls `body` for each complete line starting in `[start, limit)`, in order, until it returns
  /// false. Returns the file offset just after the last complete line visited (where a partial
  /// line, if any, begins).
  @discardableResult
  func scan(from start: UInt64, to limit: UInt64, _ body: (Line) throws -> Bool) throws -> UInt64 {
    var chunk = Self.uninitializedChunk(chunkSize)
    var chunkOffset = start  // file offset of chunk[0]
    var filled = 0
    var readOffset = start
    while readOffset < limit {
      if filled == chunk.count { chunk.append(contentsOf: repeatElement(0, count: chunk.count)) }
      let want = Int(min(UInt64(chunk.count - filled), limit - readOffset))
      let count = try chunk.withUnsafeMutableBytes {
        try fileSystem.read(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled..<(filled + want)]),
          at: readOffset, path: path)
      }
      if count == 0 { break }
      filled += count
      readOffset += UInt64(count)
      var consumed = 0
      var stopped = false
      try chunk.withUnsafeBufferPointer { buffer in
        let base = buffer.baseAddress!
        func newline(after position: Int) -> Int? {
          guard position < filled, let found = memchr(base + position, 0x0A, filled - position)
          else { return nil }
          return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        }
        func checked(_ start: Int, _ end: Int) -> UnsafeRawBufferPointer? {
          let from = start + RecordLine.checkedStart
          return from < end ? UnsafeRawBufferPointer(start: base + from, count: end - from) : nil
        }
        while let firstEnd = newline(after: consumed) {
          let firstStart = consumed
          let second = newline(after: firstEnd + 1).map { (firstEnd + 1, $0) }
          var checksums: (UInt32?, UInt32?) = (nil, nil)
          let firstBytes = checked(firstStart, firstEnd)
          let secondBytes = second.flatMap { checked($0.0, $0.1) }
          if let firstBytes, let secondBytes {
            checksums = CRC32C.checksums(firstBytes, secondBytes)
          } else {
            checksums = (
              firstBytes.map { CRC32C.checksum($0) }, secondBytes.map { CRC32C.checksum($0) }
            )
          }
          consumed = firstEnd + 1
          let first = Line(
            chunk: chunk, base: base, start: firstStart, end: firstEnd,
            offset: chunkOffset + UInt64(firstStart), checksum: checksums.0)
          if try !body(first) {
            stopped = true
            return
          }
          guard let (secondStart, secondEnd) = second else { continue }
          consumed = secondEnd + 1
          let line = Line(
            chunk: chunk, base: base, start: secondStart, end: secondEnd,
            offset: chunkOffset + UInt64(secondStart), checksum: checksums.1)
          if try !body(line) {
            stopped = true
            return
          }
        }
      }
      if stopped { return chunkOffset + UInt64(consumed) }
      // Carry the partial line over into a fresh chunk (never mutate one handed out).
      var next = Self.uninitializedChunk(max(chunkSize, (filled - consumed) * 2))
      if consumed < filled {
        next.withUnsafeMutableBytes { target in
          chunk.withUnsafeBytes { source in
            target.baseAddress!.copyMemory(
              from: source.baseAddress! + consumed, byteCount: filled - consumed)
          }
        }
      }
      filled -= consumed
      chunkOffset += UInt64(consumed)
      chunk = next
    }
    return chunkOffset
  }

  /// A buffer to read into; its bytes are overwritten before they are looked at.
  private static func uninitializedChunk(_ count: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
  }
}
