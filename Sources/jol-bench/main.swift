// jol-bench: benchmarks, each printing its figures next to a baseline measured in the same run
// (machines are noisy: ratios, not absolute times). `jol-bench NAME…` runs some; none runs all.
import Foundation
import JolModel

// The allocator as `jol` sets it (`Allocator`), so that the figures are the command's.
Allocator.configureForBulkWork()

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
  PolicyBench.evalBenchmark, PolicyBench.endToEndBenchmark, PolicyBench.roundBenchmark,
  MatchBench.solveBenchmark, mentorsAssignBenchmark,
  importBenchmark,
  diagnoseScoreBenchmark, diagnoseImportBenchmark,
  snapshotBenchmark, startupBenchmark,
  reportPathwaysBenchmark, generateRegionBenchmark,
  learnerShowBenchmark, logStatsBenchmark,
]

if CommandLine.arguments.dropFirst().first == "log-crash-writer" {
  runLogCrashWriter(Array(CommandLine.arguments.dropFirst(2)))
}
let options: Set<String> = ["--quick", "--format", "json"]
let requested = BenchRun.arguments.filter { !options.contains($0) }
if requested.contains("--help") || requested.contains("-h") {
  print("usage: jol-bench [NAME…] [--quick] [--format json]\n")
  for benchmark in benchmarks { print("  \(benchmark.name)  \(benchmark.summary)") }
  print("\n  --quick        small sizes, in seconds (a smoke test; the goals are for full sizes)")
  print("  --format json  the summary as JSON lines")
  exit(0)
}
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
  FileHandle.standardError.write(
    "jol-bench: unknown benchmark \(unknown.joined(separator: ", ")); see jol-bench --help\n"
      .data(using: .utf8)!)
  exit(64)
}
var failed = false
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
  print("== \(benchmark.name): \(benchmark.summary)")
  let (cpuBefore, wallBefore) = (cpuSeconds(), Date())
  let first = recordedFigures.withLock { $0.count }
  do {
    try benchmark.run()
  } catch {
    print("   failed: \(error)")
    failed = true
  }
  let (cpu, wall) = (cpuSeconds() - cpuBefore, Date().timeIntervalSince(wallBefore))
  recordedFigures.withLock { figures in
    for index in first..<figures.count {
      figures[index].benchmark = benchmark.name
      figures[index].cpu = cpu
      figures[index].wall = wall
    }
  }
}
if let path = ProcessInfo.processInfo.environment[childFiguresVariable] {
  writeFigures(recordedFigures.withLock { $0 }, to: path)
  exit(failed ? 1 : 0)
}
print("")
print(summary(recordedFigures.withLock { $0 }))
exit(failed ? 1 : 0)
