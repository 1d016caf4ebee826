#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's bytes mapped read-only into memory, unmapped when the value goes away.
///
/// Reading a large derived file (the state's snapshot) this way costs no copy: its pages come
/// from the kernel's cache as they are first read, and count as the cache's, not as the
/// process's own memory. A command starting on a million learners' snapshot saves the tenth of
/// a second that copying it into a fresh buffer takes.
///
/// The mapping sees the file as it is on disk. Jol replaces such files by renaming a new one over
/// them (``AtomicFile``), which leaves the mapped one whole; a file cut short in place by another
/// program while it is mapped would stop the reader (`SIGBUS`), so only files that Jol replaces
/// whole are mapped.
public final class MappedFile: @unchecked Sendable {
  /// The file's bytes (empty for an empty file). Valid while this value lives.
  public let bytes: UnsafeRawBufferPointer

  /// Maps the whole of `path`.
  /// - Throws: `FileSystemError` when the file cannot be opened, sized or mapped, or is not a
  ///   regular file (a directory, a device: `ENODEV`).
  public init(path: String, fileSystem: PosixFileSystem = PosixFileSystem()) throws {
    let descriptor = try fileSystem.open(path, .read)
    // The mapping outlives the descriptor.
    defer { fileSystem.close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw FileSystemError(operation: "fstat", path: path, code: errno)
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw FileSystemError(operation: "mmap", path: path, code: ENODEV)
    }
    let count = Int(info.st_size)
    guard count > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let start = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0),
      start != MAP_FAILED
    else { throw FileSystemError(operation: "mmap", path: path, code: errno) }
    bytes = UnsafeRawBufferPointer(start: start, count: count)
  }

  deinit {
    if let start = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: start), bytes.count)
    }
  }
}
