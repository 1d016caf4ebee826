#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file in large chunks and hands out its complete lines. Each chunk is a fresh array,
/// so a record's payload slice stays valid after the scan moves on.
struct LineScanner {
  /// One complete line: `chunk[start..<end]`, with the newline at `end`.
  struct Line {
    let chunk: [UInt8]
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
    /// File offset of the line's first byte.
    let offset: UInt64
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
        while consumed < filled {
          guard let newline = memchr(base + consumed, 0x0A, filled - consumed) else { break }
          let end = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
          let line = Line(
            chunk: chunk, base: base, start: consumed, end: end,
            offset: chunkOffset + UInt64(consumed))
          consumed = end + 1
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
