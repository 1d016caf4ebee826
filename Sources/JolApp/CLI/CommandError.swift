import JolModel

/// An error a person can act on: what was wrong, where, and what would be accepted, in every
/// language, with the exit code it ends the command with.
public struct CommandError: Error, Sendable {
  public var message: LocalizedText
  public var exitCode: ExitCode

  public init(_ message: LocalizedText, exitCode: ExitCode) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A wrong command line (exit 64), shown with the command's usage line.
  public static func usage(_ message: LocalizedText) -> CommandError {
    CommandError(message, exitCode: .usage)
  }
}
