import JolModel

/// What a command may touch of the world outside: its output streams, environment and clock.
/// The executable passes the real ones; tests pass buffers and a fixed clock.
public struct Console: Sendable {
  /// Writes data (the command's result) to standard output.
  public var writeOut: @Sendable (String) -> Void
  /// Writes messages and progress to standard error.
  public var writeError: @Sendable (String) -> Void
  /// Environment variables (`JOL_DATA`, `JOL_LANG`, `LANG`).
  public var environment: [String: String]
  /// The current instant, in seconds since 1970-01-01 UTC.
  public var now: @Sendable () -> Int64
  /// The working directory relative paths are resolved against.
  public var workingDirectory: String

  public init(
    writeOut: @escaping @Sendable (String) -> Void,
    writeError: @escaping @Sendable (String) -> Void,
    environment: [String: String],
    now: @escaping @Sendable () -> Int64,
    workingDirectory: String
  ) {
    self.writeOut = writeOut
    self.writeError = writeError
    self.environment = environment
    self.now = now
    self.workingDirectory = workingDirectory
  }

  /// Today's civil date in Kazakhstan.
  public var today: CivilDate { KazakhstanTime.date(atUnixSeconds: now()) }

  /// `path` made absolute against the working directory.
  public func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : workingDirectory + "/" + path
  }
}
