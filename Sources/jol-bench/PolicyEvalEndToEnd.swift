// `jol policy eval --format json` (and `text`) end to end, in process: a facts file of N lines written from
// the shared generator, read, decided and rendered by the command's own code path (output
// counted, not printed). The issue's yardstick: OpenFisca decides the same scholarship for
// 200 000 learners in 4.6 s end to end on these machines; the goal is 10× that, ≤ 0.46 s.
import Foundation
import JolApp
import JolModel
import Synchronization

extension PolicyBench {
  /// `policy-eval-e2e`, for the `benchmarks` array in main.swift.
  static var endToEndBenchmark: Benchmark {
    Benchmark(
      name: "policy-eval-e2e",
      summary: "jol policy eval, JSON and text, over a 200 000-line facts file, in process"
    ) {
      try PolicyBench.endToEnd()
    }
  }

  /// One facts-file line: every known fact of `facts`, as a person would write it.
  static func factsLine(_ facts: Facts, asOf date: CivilDate) -> String {
    var fields = ["\"id\": \"\(facts.id)\""]
    for fact in Fact.allCases {
      guard let value = facts.value(of: fact, asOf: date) else { continue }
      let json: String =
        switch value {
        case .integer, .decimal: value.canonical
        case .percent(let number): number.description
        case .bool(let flag): flag ? "true" : "false"
        case .set(let items): "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        default: "\"" + value.canonical + "\""
        }
      fields.append("\"\(fact.rawValue)\": \(json)")
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  static func endToEnd() throws {
    let count = BenchRun.size(200_000, quick: 20_000)
    let asOf = CivilDate("2026-10-01")!
    let directory = NSTemporaryDirectory() + "jol-bench-eval-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/facts.jsonl"
    let lines = population(count, seed: 1).map { factsLine($0, asOf: asOf) }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: file, atomically: true, encoding: .utf8)

    for format in ["json", "text"] {
      try run(format: format, file: file, count: count, in: directory)
    }
  }

  /// One end-to-end run of `jol policy eval --format FORMAT` over `file`, recorded. The
  /// console takes bytes and only counts them (and keeps the last few, to show the text
  /// tally): counting lines over a hundred megabytes would be timed as if Jol did it.
  private static func run(format: String, file: String, count: Int, in directory: String) throws {
    let written = Mutex<(bytes: Int, tail: [UInt8])>((0, []))
    let console = Console(
      writeOut: { text in written.withLock { $0.bytes += text.utf8.count } },
      writeError: { _ in }, environment: [:], now: { 1_795_928_400 }, workingDirectory: directory,
      writeOutBytes: { bytes in
        written.withLock {
          $0.bytes += bytes.count
          $0.tail = Array(bytes.suffix(300))
        }
      })
    var status: Int32 = 0
    var cpu = 0.0
    let wall = wallSeconds {
      let before = cpuSeconds()
      status = Jol.run(
        [
          "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", file, "--as-of",
          "2026-10-01", "--format", format, "--policies", policiesDirectory.path, "--lang", "kk",
        ], console: console)
      cpu = cpuSeconds() - before
    }
    let output = written.withLock { $0 }
    let tally =
      format == "json"
      ? "" : String(decoding: output.tail, as: UTF8.self).split(separator: "\n").last ?? ""
    print(
      "   \(format): \(count) lines → \(output.bytes >> 20) MB, exit \(status):"
        + String(format: " %.2f s wall, %.2f s CPU", wall, cpu)
        + (tally.isEmpty ? "" : " (\(tally))"))
    if format == "json" {
      print(
        "   the issue's OpenFisca figure for 200 000 learners: 4.6 s end to end (not measured here)"
      )
    }
    record(
      "policy eval end to end, \(format == "json" ? "JSON" : "text")", size: "\(count) facts lines",
      wall, "s", goal: count == 200_000 ? .atMost(0.46) : nil,
      baseline: String(
        format: "%.1f× the issue's OpenFisca figure", 4.6 * Double(count) / 200_000 / wall))
  }
}
