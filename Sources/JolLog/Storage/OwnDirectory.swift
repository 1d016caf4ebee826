#if canImport(Glibc)
  import Glibc
#endif

/// Jol uses only its own directories: never one reached through a symbolic link (which would
/// lead the log or the vault elsewhere), never a file where a directory belongs, never another
/// user's.
public enum OwnDirectory {
  /// Refuses `path` unless it is missing or a real directory of this user.
  /// - Parameter creating: whether the caller would create the directory (a writer): a file in
  ///   its way is then an `mkdir` that failed, else a directory that cannot be read.
  /// - Throws: `LogError.untrusted` for a link or another user's directory; `LogError.io`
  ///   (`ENOTDIR`) for something else in the way; file-system errors.
  public static func check(
    _ path: String, creating: Bool, fileSystem: any FileSystem = PosixFileSystem()
  ) throws(LogError) {
    let status = try mappingErrors { try fileSystem.status(path) }
    guard let status else { return }
    switch status.kind {
    case .directory: break
    case .symbolicLink:
      throw LogError(.untrusted(path: path, what: "a symbolic link, not a directory"))
    default:
      throw LogError(.io(path: path, operation: creating ? "mkdir" : "opendir", errno: ENOTDIR))
    }
    if status.owner != currentUserID() {
      throw LogError(
        .untrusted(path: path, what: "owned by user \(status.owner), not by this user"))
    }
  }
}
