import Dispatch

/// Writes a group's bytes on a thread of its own, chunk after chunk in order, while the append
/// goes on encoding the rest of the group: the kernel's copy of the bytes into the page cache
/// then overlaps the encoding instead of following it.
///
/// It only writes. Nothing it writes is durable or acknowledged until the group is flushed:
/// ``finish()`` waits for every chunk, then the log syncs the file and writes the commit
/// marker, as for a group written at once.
final class GroupWriter: @unchecked Sendable {
  /// Bytes a group gathers before they are handed to its writer.
  static let chunkBytes = 4 << 20

  private let queue = DispatchQueue(label: "jol.log.group-writer")
  private let pending = DispatchGroup()
  private let fileSystem: any FileSystem
  private let descriptor: Int32
  private let path: String
  /// The first failed write's error; the chunks after it are dropped. Unchecked Sendable, and
  /// safe as used: set only on `queue`, read only after ``finish()`` has waited for `queue`.
  private var failure: (any Error)?

  /// A writer to the open file `descriptor` (opened from `path`, named in errors).
  init(fileSystem: any FileSystem, descriptor: Int32, path: String) {
    self.fileSystem = fileSystem
    self.descriptor = descriptor
    self.path = path
  }

  /// Writes `bytes` at `offset`, after every chunk handed before.
  func write(_ bytes: [UInt8], at offset: UInt64) {
    queue.async(group: pending) { [self] in
      guard failure == nil else { return }
      do {
        try bytes.withUnsafeBytes { try fileSystem.write(descriptor, $0, at: offset, path: path) }
      } catch {
        failure = error
      }
    }
  }

  /// Waits until every chunk handed is written; no write is in progress once it returns.
  /// - Throws: the first failed write's error.
  func finish() throws {
    pending.wait()
    if let failure { throw failure }
  }
}
