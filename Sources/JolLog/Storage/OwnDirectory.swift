/// Jol uses only its own directories: never one reached through a symbolic link (which would
/// lead the log or the vault elsewhere), never a file where a directory belongs, never another
/// user's.
public enum OwnDirectory {
  /// Refuses `path` unless it is missing or a real directory of this user.
  /// - Throws: `LogError.untrusted` saying what it is instead; file-system errors.
  public static func check(_ path: String, fileSystem: any FileSystem = PosixFileSystem())
    throws(LogError)
  {
    let status = try mappingErrors { try fileSystem.status(path) }
    guard let status else { return }
    switch status.kind {
    case .directory: break
    case .symbolicLink:
      throw LogError(.untrusted(path: path, what: "a symbolic link, not a directory"))
    default: throw LogError(.untrusted(path: path, what: "not a directory"))
    }
    if status.owner != currentUserID() {
      throw LogError(
        .untrusted(path: path, what: "owned by user \(status.owner), not by this user"))
    }
  }
}
