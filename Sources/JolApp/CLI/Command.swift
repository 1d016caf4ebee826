import JolModel

/// One `jol` command: `jol id check`, `jol reference regions`. Each lives in its own file in
/// `Commands/` and is testable in-process through ``Jol/run(_:console:)``.
public protocol Command: Sendable {
  /// The word that selects it (`check`).
  var name: String { get }
  /// One line saying what it does.
  var summary: LocalizedText { get }
  /// Its arguments as the usage line shows them (`VALUE… [--format text|json]`).
  var synopsis: String { get }
  /// Options it accepts, beyond the global ones.
  var options: [OptionSpec] { get }
  /// How many positional arguments it takes.
  var positionalCount: ClosedRange<Int> { get }
  /// Runs the command; throws ``CommandError`` for anything a person must fix.
  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode
}

/// A noun grouping commands: `jol id …`, `jol reference …`.
public struct CommandGroup: Sendable {
  public var name: String
  public var summary: LocalizedText
  public var children: [CommandNode]

  public init(name: String, summary: LocalizedText, children: [CommandNode]) {
    self.name = name
    self.summary = summary
    self.children = children
  }
}

/// A node of the command tree.
public enum CommandNode: Sendable {
  case group(CommandGroup)
  case command(any Command)

  public var name: String {
    switch self {
    case .group(let group): group.name
    case .command(let command): command.name
    }
  }

  public var summary: LocalizedText {
    switch self {
    case .group(let group): group.summary
    case .command(let command): command.summary
    }
  }
}

/// What a running command knows: the console, the language and the global options.
public struct Context: Sendable {
  public var console: Console
  /// The language of messages and reports (`--lang`, else `JOL_LANG`, else `LANG`, else kk).
  public var language: Language
  /// The data directory (`--data`, else `JOL_DATA`, else `./jol-data`), absolute.
  public var dataDirectory: String
  /// The policies directory (`--policies`, else `./Policies`), absolute.
  public var policiesDirectory: String

  /// Writes a line of data to standard output.
  public func output(_ line: String) { console.writeOut(line + "\n") }
  /// Writes a line of progress or a message to standard error.
  public func message(_ line: String) { console.writeError(line + "\n") }
  /// The text in this context's language.
  public func text(_ localized: LocalizedText) -> String { localized[language] }
}
