// jol-bench: benchmarks, each printing its figures next to a baseline measured in the same run
// (machines are noisy: ratios, not absolute times). `jol-bench NAME…` runs some; none runs all.
import Foundation

/// A benchmark: a name and a function that runs it and prints its figures.
struct Benchmark {
  let name: String
  let summary: String
  let run: () throws -> Void
}

/// Every benchmark. Each lives in its own file; add one line here for a new one.
let benchmarks: [Benchmark] = [
  logAppendBenchmark, logReplayBenchmark,
  replayBenchmark, stateMemoryBenchmark,
  PolicyBench.evalBenchmark, PolicyBench.roundBenchmark,
  MatchBench.solveBenchmark,
  importBenchmark,
  diagnoseScoreBenchmark, diagnoseImportBenchmark,
  snapshotBenchmark, startupBenchmark,
]

if CommandLine.arguments.dropFirst().first == "log-crash-writer" {
  runLogCrashWriter(Array(CommandLine.arguments.dropFirst(2)))
}
let requested = Array(CommandLine.arguments.dropFirst())
if requested.contains("--help") || requested.contains("-h") {
  print("usage: jol-bench [NAME…]\n")
  for benchmark in benchmarks { print("  \(benchmark.name)  \(benchmark.summary)") }
  exit(0)
}
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
  FileHandle.standardError.write(
    "jol-bench: unknown benchmark \(unknown.joined(separator: ", ")); see jol-bench --help\n"
      .data(using: .utf8)!)
  exit(64)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
  print("== \(benchmark.name): \(benchmark.summary)")
  do {
    try benchmark.run()
  } catch {
    print("   failed: \(error)")
  }
}
