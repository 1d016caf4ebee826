#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system: thin wrappers over POSIX calls, retrying `EINTR`.
public struct PosixFileSystem: FileSystem {
  /// The real file system.
  public init() {}

  public func open(_ path: String, _ mode: FileOpenMode) throws -> Int32 {
    let flags: Int32
    switch mode {
    case .read: flags = O_RDONLY
    case .readWrite: flags = O_RDWR
    case .createOrOpen: flags = O_RDWR | O_CREAT
    case .createTruncating: flags = O_RDWR | O_CREAT | O_TRUNC
    case .directory: flags = O_RDONLY | O_DIRECTORY
    }
    // A symbolic link is never followed at the last step: a link planted in a data directory
    // (a `lock` pointing at another file) must not make Jol write through it.
    while true {
      let noFollow = mode == .directory ? 0 : O_NOFOLLOW
      let descriptor = Glibc.open(path, flags | O_CLOEXEC | noFollow, 0o600)
      if descriptor >= 0 { return descriptor }
      if errno != EINTR { throw FileSystemError(operation: "open", path: path, code: errno) }
    }
  }

  public func close(_ descriptor: Int32) {
    _ = Glibc.close(descriptor)
  }

  public func read(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer,
    at offset: UInt64, path: String
  ) throws -> Int {
    while true {
      let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      if count >= 0 { return count }
      if errno != EINTR { throw FileSystemError(operation: "read", path: path, code: errno) }
    }
  }

  public func write(
    _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64,
    path: String
  ) throws {
    var written = 0
    while written < bytes.count {
      let count = pwrite(
        descriptor, bytes.baseAddress! + written, bytes.count - written,
        off_t(offset) + off_t(written))
      if count < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(operation: "write", path: path, code: errno)
      }
      written += count
    }
  }

  public func size(_ descriptor: Int32, path: String) throws -> UInt64 {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw FileSystemError(operation: "fstat", path: path, code: errno)
    }
    return UInt64(info.st_size)
  }

  public func identity(_ descriptor: Int32, path: String) throws -> FileIdentity {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw FileSystemError(operation: "fstat", path: path, code: errno)
    }
    func nanoseconds(_ time: timespec) -> UInt64 {
      UInt64(max(0, time.tv_sec)) &* 1_000_000_000 &+ UInt64(max(0, time.tv_nsec))
    }
    return FileIdentity(
      size: UInt64(info.st_size), modified: nanoseconds(info.st_mtim),
      changed: nanoseconds(info.st_ctim), inode: UInt64(info.st_ino))
  }

  public func truncate(_ descriptor: Int32, to length: UInt64, path: String) throws {
    try retrying("ftruncate", path) { ftruncate(descriptor, off_t(length)) }
  }

  public func fsync(_ descriptor: Int32, path: String) throws {
    try retrying("fsync", path) { Glibc.fsync(descriptor) }
  }

  public func fdatasync(_ descriptor: Int32, path: String) throws {
    try retrying("fdatasync", path) { Glibc.fdatasync(descriptor) }
  }

  public func tryLock(_ descriptor: Int32, path: String) throws -> Bool {
    while true {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
      if errno == EWOULDBLOCK { return false }
      if errno != EINTR { throw FileSystemError(operation: "flock", path: path, code: errno) }
    }
  }

  public func rename(_ source: String, to destination: String) throws {
    try retrying("rename", source) { Glibc.rename(source, destination) }
  }

  public func unlink(_ path: String) throws {
    try retrying("unlink", path) { Glibc.unlink(path) }
  }

  public func makeDirectory(_ path: String) throws {
    if exists(path) { return }
    let parent = parentDirectory(of: path)
    if !parent.isEmpty, parent != path, !exists(parent) { try makeDirectory(parent) }
    if mkdir(path, 0o700) != 0, errno != EEXIST {
      throw FileSystemError(operation: "mkdir", path: path, code: errno)
    }
  }

  public func listDirectory(_ path: String) throws -> [String] {
    guard let directory = opendir(path) else {
      throw FileSystemError(operation: "opendir", path: path, code: errno)
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  public func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  public func permissions(_ path: String) throws -> UInt32 {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw FileSystemError(operation: "stat", path: path, code: errno)
    }
    return UInt32(info.st_mode) & 0o7777
  }

  public func status(_ path: String) throws -> FileStatus? {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return nil }
      throw FileSystemError(operation: "lstat", path: path, code: errno)
    }
    let kind: FileStatus.Kind =
      switch info.st_mode & S_IFMT {
      case S_IFREG: .regular
      case S_IFDIR: .directory
      case S_IFLNK: .symbolicLink
      default: .other
      }
    return FileStatus(
      kind: kind, owner: UInt32(info.st_uid), permissions: UInt32(info.st_mode) & 0o7777)
  }

  /// Sets the permission bits of `path` (not following a symbolic link at the last step).
  public func setPermissions(_ path: String, _ permissions: UInt32) throws {
    try retrying("chmod", path) { fchmodat(AT_FDCWD, path, mode_t(permissions), 0) }
  }

  private func retrying(_ operation: String, _ path: String, _ call: () -> Int32) throws {
    while call() != 0 {
      if errno != EINTR { throw FileSystemError(operation: operation, path: path, code: errno) }
    }
  }
}

/// The directory part of a path ("" for a bare name, "/" for a file in the root).
func parentDirectory(of path: String) -> String {
  var trimmed = Substring(path)
  while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
  guard let slash = trimmed.lastIndex(of: "/") else { return "" }
  return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
}

/// The text of an `errno` value.
func describeErrno(_ code: Int32) -> String {
  if code == ELOOP { return "a symbolic link, which Jol does not follow in its data directory" }
  return String(cString: strerror(code))
}

/// The effective user id of this process: the owner Jol's files must have.
public func currentUserID() -> UInt32 {
  UInt32(geteuid())
}

/// This process's id, written into the lock file.
func currentProcessID() -> Int32 {
  getpid()
}
