/// The file-I/O seam of the log: every call the log makes to the operating system goes through
/// it, so tests can inject failures (a failing `fdatasync`, a short disk) and other parts of Jol
/// (the vault, snapshots) get the same durable primitives. `PosixFileSystem` is the real one.
///
/// File descriptors are plain `Int32`s. Calls that take a descriptor also take the `path` it was
/// opened from, only for error messages. Every failing call throws `FileSystemError`.
public protocol FileSystem: Sendable {
  /// Opens a file; files are created owner-only (0600).
  func open(_ path: String, _ mode: FileOpenMode) throws -> Int32
  /// Closes a descriptor; errors are ignored (nothing useful can be done about them).
  func close(_ descriptor: Int32)
  /// Reads up to `buffer.count` bytes at `offset`; returns the number read, 0 at end of file.
  func read(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64,
    path: String
  ) throws -> Int
  /// Writes all of `bytes` at `offset` (looping over short writes).
  func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64, path: String)
    throws
  /// The file's size in bytes.
  func size(_ descriptor: Int32, path: String) throws -> UInt64
  /// What tells whether a file was changed or replaced: size, modification and change times,
  /// inode (`fstat`).
  func identity(_ descriptor: Int32, path: String) throws -> FileIdentity
  /// Cuts or extends the file to `length` bytes.
  func truncate(_ descriptor: Int32, to length: UInt64, path: String) throws
  /// Flushes data and metadata to stable storage.
  func fsync(_ descriptor: Int32, path: String) throws
  /// Flushes data (and the metadata needed to read it back, such as the size) to stable storage.
  func fdatasync(_ descriptor: Int32, path: String) throws
  /// `flock(LOCK_EX | LOCK_NB)`: true when the lock was taken, false when another open file
  /// description holds it.
  func tryLock(_ descriptor: Int32, path: String) throws -> Bool
  /// Renames atomically, replacing `destination`.
  func rename(_ source: String, to destination: String) throws
  /// Removes a file.
  func unlink(_ path: String) throws
  /// Creates a directory and its missing parents, owner-only (0700); succeeds if it exists.
  func makeDirectory(_ path: String) throws
  /// The names in a directory (without "." and ".."), unsorted.
  func listDirectory(_ path: String) throws -> [String]
  /// Whether anything exists at `path`.
  func exists(_ path: String) -> Bool
  /// The permission bits of the file or directory at `path` (e.g. 0o600).
  func permissions(_ path: String) throws -> UInt32
  /// What is at `path` itself, a symbolic link not followed (`lstat`); nil when nothing is.
  func status(_ path: String) throws -> FileStatus?
}

extension FileSystem {
  /// Makes a directory's entries (creations, renames, removals) durable: fsync of the directory.
  public func syncDirectory(_ path: String) throws {
    let descriptor = try open(path, .directory)
    defer { close(descriptor) }
    try fsync(descriptor, path: path)
  }

  /// Reads a whole file (small files: lock, index, vault).
  public func readFile(_ path: String) throws -> [UInt8] {
    let descriptor = try open(path, .read)
    defer { close(descriptor) }
    return try bytes(descriptor, at: 0, count: Int(try size(descriptor, path: path)), path: path)
  }

  /// Up to `count` bytes at `offset` (fewer only at the end of the file).
  public func bytes(_ descriptor: Int32, at offset: UInt64, count: Int, path: String) throws
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: count)
    let filled = try bytes.withUnsafeMutableBytes {
      try fill($0, from: descriptor, at: offset, path: path)
    }
    return filled == count ? bytes : Array(bytes[..<filled])
  }

  /// Reads into `buffer` from `offset` until it is full or the file ends.
  /// - Returns: the bytes read (fewer than `buffer.count` only at the end of the file).
  public func fill(
    _ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, at offset: UInt64,
    path: String
  ) throws -> Int {
    var filled = 0
    while filled < buffer.count {
      let read = try self.read(
        descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]),
        at: offset + UInt64(filled), path: path)
      if read == 0 { break }
      filled += read
    }
    return filled
  }
}

/// How a file is opened.
public enum FileOpenMode: Sendable, Equatable {
  /// Read only; the file must exist.
  case read
  /// Read and write; the file must exist.
  case readWrite
  /// Read and write, created (0600) when missing, kept when present.
  case createOrOpen
  /// Read and write, created (0600) or emptied.
  case createTruncating
  /// A directory, read only, to fsync it.
  case directory
}

/// A failed system call: which operation, on which path, and the `errno` it returned.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The call that failed, e.g. "fdatasync".
  public let operation: String
  /// The file or directory it was about.
  public let path: String
  /// The `errno` value.
  public let code: Int32

  /// Makes an error from a failed call.
  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  public var description: String {
    "\(operation) \(path): \(describeErrno(code)) (errno \(code))"
  }
}

/// A file's identity as `fstat` gives it: any write, truncation, replacement or restore changes
/// at least one field (the change time cannot be set back by a user).
public struct FileIdentity: Sendable, Equatable {
  /// Size in bytes.
  public var size: UInt64
  /// Modification time, nanoseconds since the epoch.
  public var modified: UInt64
  /// Status change time, nanoseconds since the epoch.
  public var changed: UInt64
  /// Inode number.
  public var inode: UInt64

  /// An identity from its fields.
  public init(size: UInt64, modified: UInt64, changed: UInt64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
  }
}

/// What a path names, as `lstat` sees it.
public struct FileStatus: Sendable, Equatable {
  /// The kind of file.
  public enum Kind: Sendable, Equatable {
    case regular, directory, symbolicLink, other
  }

  public var kind: Kind
  /// The owner's user id.
  public var owner: UInt32
  /// The permission bits (e.g. 0o700).
  public var permissions: UInt32

  /// A status from its parts.
  public init(kind: Kind, owner: UInt32, permissions: UInt32) {
    self.kind = kind
    self.owner = owner
    self.permissions = permissions
  }
}
