import Synchronization

@testable import JolLog

/// The real file system with injectable failures: a call fails with an errno once a counter
/// says so, e.g. "the third fdatasync fails with EIO".
final class FaultyFileSystem: FileSystem {
  private let real = PosixFileSystem()
  private let plan = Mutex<[String: (after: Int, code: Int32)]>([:])
  private let calls = Mutex<[String: Int]>([:])
  private let readBytes = Mutex<[String: Int]>([:])
  private let sizeExtra = Mutex<UInt64>(0)

  /// Makes `size` say every file is `extra` bytes longer than it is: a file cut while it is
  /// read.
  func sayLonger(by extra: UInt64) { sizeExtra.withLock { $0 = extra } }

  /// The paths read from since the last call of this or `takeReadBytes`.
  func takeReadPaths() -> Set<String> { Set(takeReadBytes().keys) }

  /// The bytes read from each path since the last call of this or `takeReadPaths`.
  func takeReadBytes() -> [String: Int] {
    readBytes.withLock { counts in
      defer { counts = [:] }
      return counts
    }
  }

  /// Makes `operation` fail with `code` after `after` successful calls of it.
  func fail(_ operation: String, after: Int = 0, code: Int32 = 5) {  // 5: EIO
    plan.withLock { $0[operation] = (after, code) }
  }

  /// How many times `operation` was called.
  func count(_ operation: String) -> Int { calls.withLock { $0[operation] ?? 0 } }

  private func check(_ operation: String, _ path: String) throws {
    let number = calls.withLock { calls -> Int in
      calls[operation, default: 0] += 1
      return calls[operation]!
    }
    if let rule = plan.withLock({ $0[operation] }), number > rule.after {
      throw FileSystemError(operation: operation, path: path, code: rule.code)
    }
  }

  func open(_ path: String, _ mode: FileOpenMode) throws -> Int32 {
    try check("open", path)
    return try real.open(path, mode)
  }
  func close(_ descriptor: Int32) { real.close(descriptor) }
  func read(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64,
    path: String
  ) throws -> Int {
    try check("read", path)
    let count = try real.read(descriptor, into: buffer, at: offset, path: path)
    readBytes.withLock { $0[path, default: 0] += count }
    return count
  }
  func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64, path: String)
    throws
  {
    try check("write", path)
    try real.write(descriptor, bytes, at: offset, path: path)
  }
  func size(_ descriptor: Int32, path: String) throws -> UInt64 {
    try real.size(descriptor, path: path) + sizeExtra.withLock { $0 }
  }
  func identity(_ descriptor: Int32, path: String) throws -> FileIdentity {
    try real.identity(descriptor, path: path)
  }
  func truncate(_ descriptor: Int32, to length: UInt64, path: String) throws {
    try check("truncate", path)
    try real.truncate(descriptor, to: length, path: path)
  }
  func fsync(_ descriptor: Int32, path: String) throws {
    try check("fsync", path)
    try real.fsync(descriptor, path: path)
  }
  func fdatasync(_ descriptor: Int32, path: String) throws {
    try check("fdatasync", path)
    try real.fdatasync(descriptor, path: path)
  }
  func tryLock(_ descriptor: Int32, path: String) throws -> Bool {
    try real.tryLock(descriptor, path: path)
  }
  func rename(_ source: String, to destination: String) throws {
    try check("rename", source)
    try real.rename(source, to: destination)
  }
  func unlink(_ path: String) throws { try real.unlink(path) }
  func makeDirectory(_ path: String) throws { try real.makeDirectory(path) }
  func listDirectory(_ path: String) throws -> [String] { try real.listDirectory(path) }
  func exists(_ path: String) -> Bool { real.exists(path) }
  func permissions(_ path: String) throws -> UInt32 { try real.permissions(path) }
  func status(_ path: String) throws -> FileStatus? { try real.status(path) }
}
