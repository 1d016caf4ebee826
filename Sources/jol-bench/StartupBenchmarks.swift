// Start-up benchmarks: the binary snapshot codec on 1 000 000 learners, and a command's
// start on a large log on disk (snapshot + tail, one learner's stream, full replay).
import Foundation
import JolModel

/// `snapshot`: encode and decode the state of 1 000 000 learners (about 9 events each).
var snapshotBenchmark: Benchmark {
  Benchmark(
    name: "snapshot", summary: "binary snapshot of 1M learners' state: encode, decode, size",
    run: { try runSnapshotBenchmark(learnerCount: benchScale(default: 1_000_000)) })
}

/// Folds `learnerCount` generated learners into a state.
func generatedState(learnerCount: Int, seed: UInt64) -> (ClusterState, events: Int) {
  var state = ClusterState()
  state.reserveLearners(learnerCount)
  var generator = ReplayGenerator(seed: seed)
  var sequence: UInt64 = 0
  for learner in 0..<learnerCount {
    generator.learnerEvents(learner) { stream, payload in
      sequence += 1
      state.apply(
        payload.envelope(
          sequence: sequence, stream: stream, streamVersion: 1, id: EventID("E\(sequence)")))
    }
  }
  return (state, Int(sequence))
}

func runSnapshotBenchmark(learnerCount: Int) throws {
  let (state, events) = generatedState(learnerCount: learnerCount, seed: 11)
  var bytes: [UInt8] = []
  var encode = Double.infinity
  for _ in 0..<2 { encode = min(encode, seconds { bytes = ClusterSnapshot.encode(state) }) }
  var restored = ClusterState()
  var decode = Double.infinity
  for _ in 0..<2 {
    restored = ClusterState()
    decode = min(decode, try seconds { restored = try ClusterSnapshot.decode(bytes) })
  }
  let megabytes = Double(bytes.count) / 1_048_576
  print(
    "   \(state.learners.count) learners from \(events) events; snapshot \(String(format: "%.1f", megabytes)) MB"
      + " (\(bytes.count / max(1, state.learners.count)) bytes per learner)")
  print(
    "   encode \(String(format: "%.3f", encode)) s, decode \(String(format: "%.3f", decode)) s"
      + " (\(String(format: "%.0f", Double(state.learners.count) / decode)) learners/s)")
  print("   restored == folded: \(restored == state)")
}
