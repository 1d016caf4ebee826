import JolModel
import Synchronization

/// Runs the demo's steps: each a real `jol` command line, in-process, in the demo directory,
/// shown with a numbered heading and its output (or its last lines), and checked against the
/// exit code the step should end with.
final class DemoRunner {
  private let context: Context
  private let directory: String
  private var number = 0
  /// Steps that ended with another exit code than expected.
  private(set) var failures: [String] = []

  init(context: Context, directory: String) {
    self.context = context
    self.directory = directory
  }

  /// Prints a paragraph.
  func say(_ text: String) { context.output(text + "\n") }

  /// Runs `jol ARGUMENTS` and shows it; `tail` keeps only the last lines of long output.
  func step(
    _ title: LocalizedText, _ arguments: [String], expect expected: ExitCode = .ok, tail: Int? = nil
  ) {
    number += 1
    context.output("── \(number). " + context.text(title))
    let typed = "jol " + Self.commandLine(arguments)
    context.output("   $ " + typed)
    let output = Captured()
    let console = Console(
      writeOut: { output.append($0) }, writeError: { output.append($0) },
      environment: context.console.environment, now: context.console.now,
      workingDirectory: directory)
    let code = Jol.run(arguments, console: console)
    var lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    while lines.last == "" { lines.removeLast() }
    if let tail, lines.count > tail {
      context.output("   … (\(lines.count - tail))")
      lines = Array(lines.suffix(tail))
    }
    for line in lines { context.output("   " + line) }
    if code != expected.rawValue {
      failures.append("\(number). \(typed) → \(code)")
      context.output("   !! exit \(code), expected \(expected.rawValue)")
    }
    context.output("")
  }

  /// The command line as a person would type it in the demo directory: the demo's own
  /// `--policies` and `--lang` are left out.
  static func commandLine(_ arguments: [String]) -> String {
    var words: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if ["--policies", "--lang"].contains(word) {
        index += 2
        continue
      }
      words.append(word.contains(" ") ? "\"\(word)\"" : word)
      index += 1
    }
    return words.joined(separator: " ")
  }
}

/// Text written by a command during a demo step, from any thread.
private final class Captured: Sendable {
  private let buffer = Mutex("")
  func append(_ piece: String) { buffer.withLock { $0 += piece } }
  var text: String { buffer.withLock { $0 } }
}
