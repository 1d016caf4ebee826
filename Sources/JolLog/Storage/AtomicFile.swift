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
    let file = try Pending(replacing: path, fileSystem: fileSystem)
    do {
      try file.write(bytes, at: 0)
    } catch {
      file.abandon()
      throw error
    }
    try file.commit()
  }

  /// A replacement being written: `PATH.tmp`, open, written piece by piece (from any thread,
  /// one write at a time), then made durable and renamed over `PATH` by ``commit()`` — the
  /// protocol of ``write(_:to:fileSystem:)`` for content that is not all there at once.
  /// Until committed, `PATH` is untouched; after a crash the temporary file is a leftover.
  public struct Pending: Sendable {
    public let path: String
    public let temporary: String
    public let descriptor: Int32
    let fileSystem: any FileSystem

    /// Creates (truncates) `PATH.tmp`, owner-only.
    public init(replacing path: String, fileSystem: any FileSystem) throws {
      self.path = path
      temporary = path + AtomicFile.temporarySuffix
      self.fileSystem = fileSystem
      descriptor = try fileSystem.open(temporary, .createTruncating)
    }

    /// Writes `bytes` at `offset` of the temporary file.
    public func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws {
      try fileSystem.write(descriptor, bytes, at: offset, path: temporary)
    }

    /// Syncs the temporary file, closes it, renames it over `path` and syncs the directory.
    /// - Throws: `FileSystemError`; the old content of `path` is then still in place (a failed
    ///   sync removes the temporary file, a failed rename may leave it).
    public func commit() throws {
      do {
        try fileSystem.fsync(descriptor, path: temporary)
      } catch {
        abandon()
        throw error
      }
      fileSystem.close(descriptor)
      try fileSystem.rename(temporary, to: path)
      let directory = parentDirectory(of: path)
      try fileSystem.syncDirectory(directory.isEmpty ? "." : directory)
    }

    /// Closes and removes the temporary file; `path` keeps its old content.
    public func abandon() {
      fileSystem.close(descriptor)
      try? fileSystem.unlink(temporary)
    }
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
