// `jol log stats` on a 10-million-event log, in process through the command's own code path
// (`Jol.run`): with the counts by type a writer keeps (`snapshots/event-types`), and the whole
// log counted by type, as a writer does once when it keeps none (the baseline of the same run).
// With JOL_BENCH_STARTUP_KEEP, the start-up benchmark's kept directory is used (and its counts
// file left there); else a log is generated and deleted.
import Foundation
import JolApp

/// `log-stats`, for the `benchmarks` array in main.swift.
var logStatsBenchmark: Benchmark {
  Benchmark(
    name: "log-stats",
    summary: "jol log stats on 10 M events: with the kept counts by type vs the log counted whole"
  ) {
    try runLogStatsBenchmark()
  }
}

private func runLogStatsBenchmark() throws {
  let kept = ProcessInfo.processInfo.environment[startupKeepVariable]
  let directory = kept ?? NSTemporaryDirectory() + "jol-bench-stats-\(getpid())"
  var events = 0
  if kept == nil || !FileManager.default.fileExists(atPath: directory + "/log") {
    events = BenchRun.size(10_000_000, quick: 200_000, variable: "JOL_BENCH_EVENTS")
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let generation = try wallSeconds { _ = try generateStartupLog(events: events, in: directory) }
    print("   generated \(events) events in \(String(format: "%.1f", generation)) s")
  }
  defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }

  // The writer with no counts kept: the whole log read, each event's type from its payload.
  var counted = 0
  let whole = try wallSeconds {
    counted = try EventTypeCountsBench.refresh(dataDirectory: directory, afresh: true)
  }
  guard events == 0 || counted == events else {
    throw LogStatsBenchmarkError(description: "counted \(counted) events of \(events)")
  }
  let runs = (0..<5).map { _ in try? timedStats(directory, events: counted) }
  guard runs.allSatisfy({ $0 != nil }) else {
    throw LogStatsBenchmarkError(description: "jol log stats did not list \(counted) events")
  }
  let stats = runs.compactMap { $0 }.sorted()[2]
  print(
    "   \(counted) events counted by type whole in \(String(format: "%.2f", whole)) s;"
      + " jol log stats with the kept counts: \(String(format: "%.3f", stats)) s (median of 5)")
  let size = "\(counted) events"
  record(
    "jol log stats, with the counts a writer keeps", size: size, stats, "s",
    goal: counted >= 10_000_000 ? .atMost(1) : nil,
    baseline: String(format: "%.0f× the log counted whole", whole / stats))
  record("the log counted by type whole (a writer, once)", size: size, whole, "s")
}

/// Wall-clock seconds of one `jol log stats --format json`, checked to list `events` events.
private func timedStats(_ data: String, events: Int) throws -> Double {
  let run = timedJol(["log", "stats", "--data", data, "--format", "json"], in: data)
  guard run.status == 0, run.output.contains("\"events\":\(events),") else {
    throw LogStatsBenchmarkError(description: "log stats exited \(run.status)")
  }
  return run.seconds
}

private struct LogStatsBenchmarkError: Error, CustomStringConvertible {
  let description: String
}
