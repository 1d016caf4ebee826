// The figures of a run: each benchmark records its headline numbers beside the design's goals,
// and the run ends with one table (or JSON lines) of them all.
import Foundation
import JolApp
import JolFormat
import Synchronization

/// How this run measures, from the command line: `--quick` runs small sizes in seconds (a smoke
/// test: the figures are not the goals' sizes), `--format json` ends with JSON lines.
enum BenchRun {
  static let arguments = Array(CommandLine.arguments.dropFirst())
  static let quick = arguments.contains("--quick")
  static let json = zip(arguments, arguments.dropFirst()).contains {
    $0 == "--format" && $1 == "json"
  }

  /// A size: `JOL_BENCH_N` (or `variable`) when set, else the quick or the full one.
  static func size(_ full: Int, quick small: Int, variable: String = "JOL_BENCH_N") -> Int {
    ProcessInfo.processInfo.environment[variable].flatMap { Int($0) } ?? (quick ? small : full)
  }
}

/// A goal of the design: at least or at most a figure.
enum Goal: Sendable {
  case atLeast(Double)
  case atMost(Double)

  /// How far the measured figure is from the goal: ≥ 1 meets it.
  func ratio(_ measured: Double) -> Double {
    switch self {
    case .atLeast(let goal): measured / goal
    case .atMost(let goal): measured > 0 ? goal / measured : .infinity
    }
  }

  var text: String {
    switch self {
    case .atLeast(let goal): "≥ " + Figure.number(goal)
    case .atMost(let goal): "< " + Figure.number(goal)
    }
  }
}

/// One headline figure of a benchmark.
struct Figure: Sendable {
  var benchmark = ""
  var work: String
  var size: String
  var measured: Double
  var unit: String
  var goal: Goal?
  /// The measured figure beside a baseline of the same run (`9.1× JSONDecoder`), when one exists.
  var baseline: String?
  /// CPU and wall seconds of the whole benchmark (the machines are shared: CPU is the fairer).
  var cpu = 0.0
  var wall = 0.0

  /// A number as the table writes it: whole above 100, else three significant digits.
  static func number(_ value: Double) -> String {
    if value >= 100 { return String(Int(value.rounded())) }
    return String(format: "%.3g", value)
  }
}

/// Every figure recorded in this run, in order.
let recordedFigures = Mutex<[Figure]>([])

/// Records a headline figure of the benchmark that is running.
func record(
  _ work: String, size: String, _ measured: Double, _ unit: String, goal: Goal? = nil,
  baseline: String? = nil
) {
  recordedFigures.withLock {
    $0.append(
      Figure(
        work: work, size: size, measured: measured, unit: unit, goal: goal, baseline: baseline))
  }
}

/// CPU seconds (user + system) of this process and its finished children so far.
func cpuSeconds() -> Double {
  var total = 0.0
  for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
    var usage = rusage()
    getrusage(who.rawValue, &usage)
    total += Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    total += Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
  return total
}

/// The summary of the run: a table, or JSON lines with `--format json`.
func summary(_ figures: [Figure]) -> String {
  if BenchRun.json {
    // Through the one JSON writer, so a work's name can hold any character.
    return figures.map { figure in
      var fields: [(String, JSONValue)] = [
        ("benchmark", .string(figure.benchmark)), ("work", .string(figure.work)),
        ("size", .string(figure.size)), ("measured", .number(String(figure.measured))),
        ("unit", .string(figure.unit)), ("cpu_seconds", .number(Figure.number(figure.cpu))),
        ("wall_seconds", .number(Figure.number(figure.wall))), ("quick", .bool(BenchRun.quick)),
      ]
      if let goal = figure.goal {
        fields.append(("goal", .string(goal.text)))
        fields.append(("meets_goal", .bool(goal.ratio(figure.measured) >= 1)))
      }
      if let baseline = figure.baseline { fields.append(("baseline", .string(baseline))) }
      return JSONValue.object(fields).compact
    }.joined(separator: "\n")
  }
  let header = ["work", "size", "measured", "goal", "ratio", "", "baseline", "CPU s / wall s"]
  let rows = figures.map { figure -> [String] in
    let ratio = figure.goal.map { $0.ratio(figure.measured) }
    return [
      figure.work, figure.size, Figure.number(figure.measured) + " " + figure.unit,
      figure.goal.map { $0.text + " " + figure.unit } ?? "",
      ratio.map { String(format: "%.2f", $0) } ?? "",
      ratio.map { $0 >= 1 ? "pass" : "short" } ?? "", figure.baseline ?? "",
      Figure.number(figure.cpu) + " / " + Figure.number(figure.wall),
    ]
  }
  let widths = header.indices.map { column in
    ([header] + rows).map { $0[column].count }.max() ?? 0
  }
  func line(_ cells: [String]) -> String {
    zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
      .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
  }
  var lines = [line(header), line(widths.map { String(repeating: "─", count: $0) })]
  lines += rows.map(line)
  if BenchRun.quick { lines.append("(--quick: small sizes; the goals are for the full sizes)") }
  return lines.joined(separator: "\n")
}

/// A benchmark measured in a child process (`startup`) hands its figures to the parent through
/// this file: one figure a line, tab-separated.
let childFiguresVariable = "JOL_BENCH_FIGURES_FILE"

/// Writes the figures for the parent process.
func writeFigures(_ figures: [Figure], to path: String) {
  let lines = figures.map { figure -> String in
    let goal: String =
      switch figure.goal {
      case .atLeast(let value)?: "atLeast\t\(value)"
      case .atMost(let value)?: "atMost\t\(value)"
      case nil: "\t"
      }
    return [figure.work, figure.size, String(figure.measured), figure.unit, goal].joined(
      separator: "\t")
  }
  try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
}

/// Records the figures a child process wrote.
func recordFigures(from path: String) {
  let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  for line in text.split(separator: "\n") {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 6, let measured = Double(fields[2]) else { continue }
    let goal: Goal? =
      switch (fields[4], Double(fields[5])) {
      case ("atLeast", let value?): .atLeast(value)
      case ("atMost", let value?): .atMost(value)
      default: nil
      }
    record(fields[0], size: fields[1], measured, fields[3], goal: goal)
  }
}

/// Wall-clock seconds of `body`: what a person waiting for a command sees (on a shared machine
/// it counts waiting for a core too; ``threadCPUSeconds(_:)`` and ``cpuSeconds()`` do not).
func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// One `jol` command run in this process as a person at a terminal waits for it, in
/// `directory`, on the day: its wall-clock seconds, exit status and standard output.
func timedJol(_ arguments: [String], in directory: String) -> (
  seconds: Double, status: Int32, output: String
) {
  let output = Mutex("")
  let console = Console(
    writeOut: { text in output.withLock { $0 += text } }, writeError: { _ in }, environment: [:],
    now: { 1_795_928_400 }, workingDirectory: directory)
  var status: Int32 = 0
  let seconds = wallSeconds { status = Jol.run(arguments, console: console) }
  return (seconds, status, output.withLock { $0 })
}
