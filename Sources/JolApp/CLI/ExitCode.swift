/// Exit codes of `jol`, after BSD's sysexits, as DESIGN.md's command-line conventions list them.
public enum ExitCode: Int32, Sendable {
  case ok = 0
  /// A check ran and found failures (a policy test failed).
  case failure = 1
  /// The command line was wrong: unknown command or option, missing argument.
  case usage = 64
  /// Input data was wrong: a malformed CSV row, an invalid IIN, a policy typo.
  case dataError = 65
  /// An input file or record does not exist.
  case noInput = 66
  /// An output file or directory could not be created.
  case cannotCreate = 73
  /// Reading or writing failed.
  case ioError = 74
  /// The data directory is in use by another process.
  case busy = 75
}
