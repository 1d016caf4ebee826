import JolFormat
import JolModel
import JolPolicy

/// Standard output written in chunks: bulk commands (`jol policy eval` over a large facts file)
/// append lines into one reused byte buffer and hand it to the console every 64 KiB, so output
/// streams and memory stays flat however many lines there are.
struct PolicyOutput: ~Copyable {
  /// Bytes after which the buffer is written out.
  static let chunkSize = 64 * 1024

  let context: Context
  /// The pending bytes; append to it, then call ``flushIfFull()``.
  var buffer = JSONBytes(capacity: PolicyOutput.chunkSize + 16 * 1024)

  init(_ context: Context) { self.context = context }

  /// Appends a line of text (a newline is added).
  mutating func line(_ text: String) {
    buffer.appendLine(text)
    flushIfFull()
  }

  /// Appends `bytes` (whole lines), written out in chunks as ``line(_:)`` writes them: each
  /// ends at the first line end from ``chunkSize`` on. A chunk that lies whole in `bytes` is
  /// written from it in place, not copied.
  mutating func append(_ bytes: borrowing JSONBytes) {
    bytes.withBytes { source in
      var start = 0
      while start < source.count {
        let rest = UnsafeRawBufferPointer(rebasing: source[start...])
        let wanted = max(Self.chunkSize - buffer.count, 1)
        guard wanted <= rest.count,
          let newline = rest[(wanted - 1)...].firstIndex(of: UInt8(ascii: "\n"))
        else {
          buffer.append(rest)
          return
        }
        let chunk = UnsafeRawBufferPointer(rebasing: rest[...newline])
        if buffer.count == 0 {
          context.console.writeOut(chunk)
        } else {
          buffer.append(chunk)
          flush()
        }
        start += chunk.count
      }
    }
  }

  /// Writes the buffer out when it holds a chunk.
  mutating func flushIfFull() {
    if buffer.count >= Self.chunkSize { flush() }
  }

  /// Writes whatever is pending.
  mutating func flush() {
    guard buffer.count > 0 else { return }
    buffer.withBytes { context.console.writeOut($0) }
    buffer.removeAll()
  }
}
