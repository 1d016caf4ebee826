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

  /// Writes the buffer out when it holds a chunk.
  mutating func flushIfFull() {
    if buffer.count >= Self.chunkSize { flush() }
  }

  /// Writes whatever is pending.
  mutating func flush() {
    guard buffer.count > 0 else { return }
    context.console.writeOut(buffer.string)
    buffer.removeAll()
  }
}
