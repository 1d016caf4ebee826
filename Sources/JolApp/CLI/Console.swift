import Foundation
import JolModel

/// What a command may touch of the world outside: its output streams, environment and clock.
/// The executable passes the real ones; tests pass buffers and a fixed clock.
public struct Console: Sendable {
  /// Writes data (the command's result) to standard output.
  public var writeOut: @Sendable (String) -> Void
  /// Writes UTF-8 bytes to standard output without making a string of them (bulk output:
  /// `jol policy eval` writes a hundred megabytes); nil: through ``writeOut`` as text.
  public var writeOutBytes: (@Sendable (UnsafeRawBufferPointer) -> Void)?
  /// Writes messages and progress to standard error.
  public var writeError: @Sendable (String) -> Void
  /// Environment variables (`JOL_DATA`, `JOL_LANG`, `LANG`).
  public var environment: [String: String]
  /// The current instant, in seconds since 1970-01-01 UTC.
  public var now: @Sendable () -> Int64
  /// The working directory relative paths are resolved against.
  public var workingDirectory: String
  /// Takes what a command built and no longer needs (an import's plan and rows) so that it is
  /// not taken apart when the command returns: the `jol` process ends right after, and taking
  /// a region's worth of small allocations apart one by one costs a tenth of a second and more.
  /// Nil (tests, other in-process runs): freed as usual.
  public var keepUntilExit: (@Sendable (Any) -> Void)?

  public init(
    writeOut: @escaping @Sendable (String) -> Void,
    writeError: @escaping @Sendable (String) -> Void,
    environment: [String: String],
    now: @escaping @Sendable () -> Int64,
    workingDirectory: String,
    writeOutBytes: (@Sendable (UnsafeRawBufferPointer) -> Void)? = nil
  ) {
    self.writeOut = writeOut
    self.writeOutBytes = writeOutBytes
    self.writeError = writeError
    self.environment = environment
    self.now = now
    self.workingDirectory = workingDirectory
  }

  /// Writes UTF-8 `bytes` to standard output: as they are when the console takes bytes, else
  /// as text.
  public func writeOut(_ bytes: UnsafeRawBufferPointer) {
    if let writeOutBytes {
      writeOutBytes(bytes)
    } else {
      writeOut(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Today's civil date in Kazakhstan.
  public var today: CivilDate { KazakhstanTime.date(atUnixSeconds: now()) }

  /// `path` made absolute against the working directory.
  public func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : workingDirectory + "/" + path
  }
}

/// What commands leave for the end of the process they ran in (``Console/keepUntilExit``).
public final class Leftovers: @unchecked Sendable {
  // Unchecked Sendable, and safe as used: every access holds the lock.
  private let lock = NSLock()
  private var held: [Any] = []

  public init() {}

  /// The `jol` process's: held until it exits, never released.
  static let process = Leftovers()

  public func keep(_ value: Any) { lock.withLock { held.append(value) } }

  /// Frees what was kept (a process that goes on after the command: `jol-bench`).
  public func release() { lock.withLock { held = [] } }
}
