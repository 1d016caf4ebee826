// `jol policy eval --format json` end to end, in process: a facts file of N lines written from
// the shared generator, read, decided and rendered by the command's own code path (output
// counted, not printed). The yardstick: OpenFisca decides the same scholarship for
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
      summary: "jol policy eval --format json over a 200 000-line facts file, in process"
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

    let written = Mutex<(lines: Int, bytes: Int)>((0, 0))
    let console = Console(
      writeOut: { text in
        written.withLock {
          $0.lines += text.utf8.count { $0 == 0x0A }
          $0.bytes += text.utf8.count
        }
      },
      writeError: { _ in }, environment: [:], now: { 1_795_928_400 }, workingDirectory: directory)
    var status: Int32 = 0
    var cpu = 0.0
    let wall = seconds {
      let before = cpuSeconds()
      status = Jol.run(
        [
          "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", file, "--as-of",
          "2026-10-01", "--format", "json", "--policies", policiesDirectory.path, "--lang", "kk",
        ], console: console)
      cpu = cpuSeconds() - before
    }
    let output = written.withLock { $0 }
    print(
      "   \(count) lines → \(output.lines) decisions (\(output.bytes >> 20) MB of JSON), exit \(status):"
        + String(format: " %.2f s wall, %.2f s CPU", wall, cpu))
    print(
      "   the issue's OpenFisca figure for 200 000 learners: 4.6 s end to end (not measured here)")
    record(
      "policy eval end to end, JSON", size: "\(count) facts lines", wall, "s",
      goal: count == 200_000 ? .atMost(0.46) : nil,
      baseline: String(
        format: "%.1f× the issue's OpenFisca figure", 4.6 * Double(count) / 200_000 / wall))
  }
}
