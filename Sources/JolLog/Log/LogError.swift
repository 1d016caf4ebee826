#if canImport(Glibc)
  import Glibc
#endif

/// An error of the log that a person can act on: what went wrong, where, and an exit code
/// following sysexits (busy 75, corrupt or conflicting data 65, I/O 74).
public struct LogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// Another process (pid, when it could be read) holds the data directory's write lock.
    case busy(pid: Int32?)
    /// A record before the durable point is damaged or breaks an invariant.
    case corrupt(segment: String, offset: UInt64, what: String)
    /// A stream was not at the version the writer expected; nothing was appended.
    case versionConflict(stream: String, expected: ExpectedVersion, actual: UInt64)
    /// A system call failed.
    case io(path: String, operation: String, errno: Int32)
    /// Flushing to stable storage failed; nothing after it is acknowledged, and the log refuses
    /// further writes until it is reopened.
    case fsyncFailed(path: String, errno: Int32)
    /// The log refuses to write because of an earlier fatal error (given).
    case writesRefused(reason: String)
    /// A proposed record is not acceptable (index in the batch, why).
    case invalidRecord(index: Int, what: String)
    /// The log's directory is not Jol's: a symbolic link, not a directory, or another owner's.
    case untrusted(path: String, what: String)
    /// A write was asked of a log opened read-only.
    case readOnly
    /// The log was closed.
    case closed
  }

  /// What went wrong.
  public let kind: Kind

  /// Wraps a kind.
  public init(_ kind: Kind) { self.kind = kind }

  /// The process exit code for this error (sysexits).
  public var exitCode: Int32 {
    switch kind {
    case .busy: 75
    case .corrupt, .versionConflict, .invalidRecord, .untrusted: 65
    case .io, .fsyncFailed, .writesRefused, .closed: 74
    case .readOnly: 64
    }
  }

  public var description: String {
    switch kind {
    case .busy(let pid?): "data directory in use by process \(pid)"
    case .busy(nil): "data directory in use by another process"
    case .corrupt(let segment, let offset, let what):
      "log corrupt: \(segment) at byte \(offset): \(what)"
    case .versionConflict(let stream, let expected, let actual):
      "stream \(stream) is at version \(actual), expected \(expected); nothing appended"
    case .io(let path, let operation, let code):
      "\(operation) \(path): \(describeErrno(code)) (errno \(code))"
    case .fsyncFailed(let path, let code):
      "fsync of \(path) failed: \(describeErrno(code)) (errno \(code)); nothing acknowledged, "
        + "the log accepts no more writes until reopened"
    case .writesRefused(let reason): "the log refuses writes: \(reason)"
    case .invalidRecord(let index, let what): "record \(index) of the batch: \(what)"
    case .untrusted(let path, let what): "\(path): \(what); Jol uses only its own files"
    case .readOnly: "the log is open read-only"
    case .closed: "the log is closed"
    }
  }

  init(_ error: FileSystemError) {
    if error.operation == "fsync" || error.operation == "fdatasync" {
      self.init(.fsyncFailed(path: error.path, errno: error.code))
    } else {
      self.init(.io(path: error.path, operation: error.operation, errno: error.code))
    }
  }
}

/// Runs `body`, turning file-system errors into `LogError`s.
func mappingErrors<T>(_ body: () throws -> T) throws(LogError) -> T {
  do {
    return try body()
  } catch let error as LogError {
    throw error
  } catch let error as FileSystemError {
    throw LogError(error)
  } catch {
    throw LogError(.io(path: "?", operation: "\(error)", errno: 0))
  }
}
