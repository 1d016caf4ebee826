import Foundation
// The pathway report over N generated learners (goal: 1 000 000 learners < 5 s, < 1.5 GB
// resident). The state is built first, from the shared generator's sample region; the report
// (counts, disclosure control, the HTML) is what is timed. `JOL_BENCH_N` sets N.
import JolModel
import JolReports

/// `report-pathways`, for the `benchmarks` array in main.swift.
var reportPathwaysBenchmark: Benchmark {
  Benchmark(
    name: "report-pathways",
    summary:
      "the pathway report over 1M learners' state: seconds and peak RSS (goal < 5 s, < 1.5 GB)"
  ) {
    let learners = BenchRun.size(1_000_000, quick: 20_000)
    var state = ClusterState()
    state.reserveLearners(learners)
    let build = wallSeconds {
      // The generated region and its events are dropped once folded: what a command holds is
      // the state (from the snapshot), not the generator's records.
      var generator = SyntheticGenerator(seed: 2026)
      let region = generator.region(learners: learners)
      for (index, draft) in region.events(learnerID: { LearnerID("L-\($0)") }).enumerated() {
        state.apply(
          EventEnvelope(
            id: EventID("E\(index)"), stream: draft.stream, streamVersion: 1,
            sequence: UInt64(index + 1), recordedAt: Timestamp(millisecondsSinceEpoch: 0),
            effective: draft.effective, actor: "bench", event: draft.event))
      }
    }
    // The peak from here on: the state resident, and the report's own memory.
    resetPeakResident()
    let asOf = CivilDate(year: 2026, month: 9, day: 30)!
    var bytes = 0
    var failure: (any Error)?
    let report = wallSeconds {
      do {
        let report = try PathwayReport(
          state: state, scope: PathwayScope(asOf: asOf), logPosition: state.coveredSequence,
          names: PathwayNames(kato: .builtIn, classifier: nil, state: state))
        bytes = report.document(.kk).html(.kk).utf8.count
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    print(
      "   \(learners) learners: report \(String(format: "%.2f", report)) s"
        + " (state built in \(String(format: "%.2f", build)) s; HTML \(bytes) bytes);"
        + " peak resident \(String(format: "%.0f", Double(peakResidentBytes()) / 1_048_576)) MB")
    record(
      "pathway report", size: "\(learners) learners", report, "s", goal: .atMost(5))
    record(
      "pathway report, peak resident memory", size: "\(learners) learners",
      Double(peakResidentBytes()) / 1_048_576, "MB", goal: .atMost(1536))
  }
}

/// Starts the peak count of ``peakResidentBytes()`` again from the present resident size
/// (Linux: writing 5 to /proc/self/clear_refs), so one benchmark's peak is not an earlier one's.
func resetPeakResident() {
  try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// The most resident memory this process has had, in bytes (VmHWM of /proc/self/status; 0
/// where unavailable).
func peakResidentBytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
  }
  return 0
}
