import Foundation
import JolFormat
import JolModel
import JolPolicy

/// Decisions rendered on every core and written in the population's order: each round hands
/// every core a run of subjects to decide into its own buffer, then writes the buffers one
/// after the other. The bytes are those of one loop over the population, whatever the cores.
enum DecisionBatches {
  /// Subjects per core per round: some 150 KiB of JSON, so output streams while memory stays
  /// flat.
  static let runLength = 256

  /// Appends one subject's decision to the buffer and returns its outcome.
  typealias Renderer = @Sendable (borrowing Facts, inout JSONBytes) -> Outcome

  /// Renders every subject of `population` (runs of subjects, one after the other), writing
  /// the bytes to `output` in order; `cores` runs at a time, run `index` with the renderer
  /// `makeRenderer(index)` gives it — its own, so that what it reads is counted by its core
  /// alone. Returns how many decisions had each outcome.
  static func render(
    _ population: [[Facts]], cores: Int = Parallel.cores,
    into output: inout PolicyOutput, makeRenderer: (Int) -> Renderer
  ) -> [Outcome: Int] {
    let runs = (0..<max(1, cores)).map { Run(makeRenderer($0)) }
    for subjects in population {
      renderRounds(subjects, runs, into: &output)
    }
    var counts: [Outcome: Int] = [:]
    for (slot, outcome) in Run.outcomes.enumerated() {
      let count = runs.reduce(0) { $0 + $1.counts[slot] }
      if count > 0 { counts[outcome] = count }
    }
    return counts
  }

  /// Renders `population` in rounds, each handing every run its subjects.
  private static func renderRounds(
    _ population: [Facts], _ runs: [Run], into output: inout PolicyOutput
  ) {
    var start = 0
    while start < population.count {
      let round = min(runs.count, (population.count - start + runLength - 1) / runLength)
      let first = start
      Parallel.forEach(round) { index in
        let run = runs[index]
        let lower = first + index * runLength
        // By index: the subject is lent to the renderer, where iterating would copy it (and
        // count a reference per field) for every decision.
        for subject in lower..<min(lower + runLength, population.count) {
          run.counts[run.slot(run.render(population[subject], &run.buffer))] += 1
        }
      }
      for run in runs.prefix(round) {
        output.append(run.buffer)
        run.buffer.removeAll()
      }
      start += round * runLength
    }
  }

  /// One core's renderer, buffer and outcome counts, reused from round to round. Unchecked:
  /// during a round only the core its index is given to touches it, between rounds only the
  /// caller.
  private final class Run: @unchecked Sendable {
    static let outcomes: [Outcome] = [.eligible, .ineligible, .needsInformation]
    let render: Renderer
    var buffer = JSONBytes(capacity: 256 * 1024)
    var counts = [0, 0, 0]

    init(_ render: @escaping Renderer) { self.render = render }

    func slot(_ outcome: Outcome) -> Int {
      switch outcome {
      case .eligible: 0
      case .ineligible: 1
      case .needsInformation: 2
      }
    }
  }
}
