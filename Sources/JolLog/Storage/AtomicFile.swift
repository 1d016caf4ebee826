/// Replacing a whole file atomically and durably: after a crash the path holds either the old
/// content or the new one, never a mix, and after `write` returns the new content survives a
/// power loss.
///
/// Protocol: write `PATH.tmp` (0600), fsync it, rename it over `PATH`, fsync the directory.
/// A leftover `*.tmp` after a crash is garbage; `removeLeftovers(in:)` deletes them, and must
/// only be called by the directory's single writer (holding its lock).
public enum AtomicFile {
  /// The suffix of temporary files; a file with it is never live data.
  public static let temporarySuffix = ".tmp"

  /// Replaces the file at `path` with `bytes`, durably.
  ///
  /// - Throws: `FileSystemError` when a step fails; the old content is then still in place,
  ///   and a temporary file may be left behind.
  public static func write(
    _ bytes: [UInt8], to path: String, fileSystem: any FileSystem = PosixFileSystem()
  ) throws {
    try bytes.withUnsafeBytes { try write($0, to: path, fileSystem: fileSystem) }
  }

  /// Replaces the file at `path` with `bytes`, durably (see `write(_:to:fileSystem:)`).
  public static func write(
    _ bytes: UnsafeRawBufferPointer, to path: String, fileSystem: any FileSystem
  ) throws {
    let temporary = path + temporarySuffix
    let descriptor = try fileSystem.open(temporary, .createTruncating)
    do {
      try fileSystem.write(descriptor, bytes, at: 0, path: temporary)
      try fileSystem.fsync(descriptor, path: temporary)
    } catch {
      fileSystem.close(descriptor)
      try? fileSystem.unlink(temporary)
      throw error
    }
    fileSystem.close(descriptor)
    try fileSystem.rename(temporary, to: path)
    let directory = parentDirectory(of: path)
    try fileSystem.syncDirectory(directory.isEmpty ? "." : directory)
  }

  /// Deletes leftover temporary files in `directory` and makes the deletion durable.
  /// Returns the names removed.
  @discardableResult
  public static func removeLeftovers(
    in directory: String, fileSystem: any FileSystem = PosixFileSystem()
  ) throws -> [String] {
    let leftovers = try fileSystem.listDirectory(directory).filter {
      $0.hasSuffix(temporarySuffix)
    }
    for name in leftovers { try fileSystem.unlink(directory + "/" + name) }
    if !leftovers.isEmpty { try fileSystem.syncDirectory(directory) }
    return leftovers.sorted()
  }
}
