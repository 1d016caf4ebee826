import Foundation
import JolModel
import Synchronization

/// Runs the demo's steps: each a real `jol` command line, in-process, in the demo directory,
/// shown with a numbered heading, its first (or last) lines and the seconds it took, and checked
/// against the exit code the step should end with. Output stays short at any size: a step's
/// whole output, when longer than it shows, is kept in `steps/NN.txt` and the heading names it.
final class DemoRunner {
  /// Which lines of a step's output the console shows.
  enum Shown {
    case first(Int)
    case last(Int)
  }

  private let context: Context
  private let demo: DemoDirectory
  private var number = 0
  /// Steps that ended with another exit code than expected.
  private(set) var failures: [String] = []

  init(context: Context, demo: DemoDirectory) {
    self.context = context
    self.demo = demo
  }

  /// Prints a paragraph.
  func say(_ text: String) { context.output(text + "\n") }

  /// Runs `jol ARGUMENTS` and shows it: by default its first 8 lines.
  func step(
    _ title: LocalizedText, _ arguments: [String], expect expected: ExitCode = .ok,
    show shown: Shown = .first(8)
  ) {
    number += 1
    context.output("── \(number). " + context.text(title))
    let typed = "jol " + Self.commandLine(arguments)
    context.output("   $ " + typed)
    let output = Captured()
    let console = Console(
      writeOut: { output.append($0) }, writeError: { output.append($0) },
      environment: context.console.environment, now: context.console.now,
      workingDirectory: demo.path)
    let started = ContinuousClock.now
    let code = Jol.run(arguments, console: console)
    let elapsed = ContinuousClock.now - started
    var lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    while lines.last == "" { lines.removeLast() }
    let limit: Int
    switch shown {
    case .first(let count), .last(let count): limit = count
    }
    if lines.count > limit {
      let file = "steps/" + (number < 10 ? "0" : "") + "\(number).txt"
      let kept = (try? demo.write("$ \(typed)\n" + output.text, to: file)) != nil
      let more = lines.count - limit
      let note =
        kept
        ? DemoText.moreLines.text(["count": "\(more)", "file": file])
        : DemoText.moreLinesNotKept.text(["count": "\(more)"])
      switch shown {
      case .first: lines = Array(lines.prefix(limit)) + ["… " + context.text(note)]
      case .last: lines = ["… " + context.text(note)] + Array(lines.suffix(limit))
      }
    }
    for line in lines { context.output("   " + line) }
    if code != expected.rawValue {
      failures.append("\(number). \(typed) → \(code)")
      context.output("   !! exit \(code), expected \(expected.rawValue)")
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    context.output("   " + context.text(DemoText.took.text(["seconds": Self.seconds(seconds)])))
    context.output("")
  }

  /// Seconds with one decimal, as the demo prints them.
  static func seconds(_ value: Double) -> String { String(format: "%.1f", value) }

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
