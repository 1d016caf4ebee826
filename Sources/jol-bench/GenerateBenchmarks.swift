// `jol generate region --learners 1 000 000` end to end (goal < 60 s): the shared generator's
// region written as the CSV files the imports accept, the diagnostics answer sheets and the
// policies the region brings, through the same code path as the command.
import Foundation

/// `generate-region`, for the `benchmarks` array in main.swift.
var generateRegionBenchmark: Benchmark {
  Benchmark(
    name: "generate-region",
    summary: "jol generate region --learners 1 000 000: the sample region's files (goal < 60 s)"
  ) {
    let learners = BenchRun.size(1_000_000, quick: 20_000)
    let directory = NSTemporaryDirectory() + "jol-bench-generate-\(getpid())"
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    resetPeakResident()
    let seconds = try wallSeconds {
      _ = try runJolInProcess(
        ["generate", "region", "--out", "region", "--learners", "\(learners)"],
        data: directory + "/data", policies: try importPoliciesDirectory(), in: directory)
    }
    let files = (try? FileManager.default.subpathsOfDirectory(atPath: directory + "/region")) ?? []
    let bytes = files.reduce(0) { total, file in
      let size = try? FileManager.default.attributesOfItem(atPath: directory + "/region/" + file)[
        .size]
      return total + ((size as? Int) ?? 0)
    }
    print(
      "   \(learners) learners: \(String(format: "%.1f", seconds)) s, \(files.count) paths, "
        + "\(bytes / 1_048_576) MB; peak resident "
        + "\(String(format: "%.0f", Double(peakResidentBytes()) / 1_048_576)) MB")
    record("generate region", size: "\(learners) learners", seconds, "s", goal: .atMost(60))
  }
}
