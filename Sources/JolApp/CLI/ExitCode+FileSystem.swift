import JolLog
import JolModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ExitCode {
  /// The one rule for the exit code of a failed system call: 73 (cannot create) when Jol could
  /// not make a file or directory — any failed `mkdir`, or an `open` or `rename` that the file
  /// system refused to create an entry for (no permission, read-only, no space or quota, a path
  /// through a regular file, a name too long); 74 (I/O error) for everything else (a failed
  /// read, write or fsync).
  ///
  /// - Parameters:
  ///   - operation: the call, as ``FileSystemError`` and ``LogError`` name it (`mkdir`, `open`).
  ///   - code: its `errno`.
  static func forFailedCall(_ operation: String, errno code: Int32) -> ExitCode {
    // A symbolic link where Jol opens its own files is not Jol's: refused as bad data.
    if code == ELOOP { return .dataError }
    switch operation {
    case "mkdir":
      return .cannotCreate
    case "open", "rename", "link", "symlink", "mkstemp":
      return refusedEntryErrors.contains(code) ? .cannotCreate : .ioError
    default:
      return .ioError
    }
  }

  /// `errno` values by which a file system refuses to create an entry.
  private static let refusedEntryErrors: Set<Int32> = [
    EACCES, EPERM, EROFS, ENOSPC, EDQUOT, ENOTDIR, EISDIR, EEXIST, ENAMETOOLONG, EMLINK,
  ]
}

extension CommandError {
  /// A failed system call, as a person reads it: what Jol was doing (`doing`), then the call,
  /// path and system reason; the exit code by ``ExitCode/forFailedCall(_:errno:)``.
  static func fileSystem(_ error: FileSystemError, doing: LocalizedText) -> CommandError {
    CommandError(
      LocalizedText.each { doing[$0] + ": \(error)" },
      exitCode: .forFailedCall(error.operation, errno: error.code))
  }
}
