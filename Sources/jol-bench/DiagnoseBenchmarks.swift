import Foundation
// Scoring throughput of the diagnostics engine: answer sheets per second, in memory, for the
// shipped five-types and riasec-60 (goal ≥ 1 000 000 sheets/s). Baseline: summing the same
// sheets' answers, the least any scorer must do.
import JolDiagnostics
import JolModel

/// `diagnose-score`, for the `benchmarks` array in main.swift.
var diagnoseScoreBenchmark: Benchmark {
  Benchmark(
    name: "diagnose-score",
    summary: "answer sheets/s scored in memory: five-types and riasec-60 (goal ≥ 1 000 000/s)"
  ) {
    for id in ["five-types", "riasec-60"] {
      let instrument = try DiagnoseBench.instrument(id)
      let sheets = DiagnoseBench.sheets(
        for: instrument, count: BenchRun.size(1_000_000, quick: 50_000), seed: 2026)
      var checksum = 0
      let baseline = wallSeconds {
        for sheet in sheets { checksum &+= sheet.answers.reduce(0) { $0 &+ Int($1) } }
      }
      let scoring = wallSeconds {
        for sheet in sheets {
          let profile = instrument.score(sheet)
          checksum &+= profile.leading.count &+ (profile.scores[0] ?? 0)
        }
      }
      let rate = Double(sheets.count) / scoring
      print(
        "   \(instrument.reference): \(Int(rate)) sheets/s"
          + " (\(String(format: "%.2f", scoring / baseline))× the time of summing the answers;"
          + " checksum \(checksum % 1000))")
      record(
        "diagnostics scoring, \(instrument.reference)", size: "\(sheets.count) sheets", rate,
        "sheets/s", goal: .atLeast(1_000_000),
        baseline: String(format: "%.1f× summing the answers", scoring / baseline))
    }
  }
}

enum DiagnoseBench {
  struct BenchError: Error { var message: String }

  /// The shipped instrument, from the copy of `Policies/` built into the program.
  static func instrument(_ id: String) throws -> Instrument {
    let folder = "diagnostics/\(id)/1/"
    guard let structure = BuiltInPolicies.text(folder + id + ".instrument") else {
      throw BenchError(message: "no built-in \(folder)")
    }
    let texts = ["kk", "ru", "en"].compactMap { language in
      BuiltInPolicies.text(folder + language + ".texts").map { (folder + language + ".texts", $0) }
    }
    switch InstrumentLoader.load(instrument: (folder + id + ".instrument", structure), texts: texts)
    {
    case .success(let instrument): return instrument
    case .failure(let errors):
      throw BenchError(message: errors.errors.map(\.description).joined(separator: "\n"))
    }
  }

  /// `count` random complete sheets (seeded: the same every run).
  static func sheets(for instrument: Instrument, count: Int, seed: UInt64) -> [AnswerSheet] {
    var random = SplitMix64(seed: seed)
    let values: ClosedRange<Int8>
    switch instrument.response {
    case .choice: values = 0...1
    case .rating(let range): values = Int8(range.lowerBound)...Int8(range.upperBound)
    }
    return (0..<count).map { _ in
      AnswerSheet(answers: instrument.items.map { _ in Int8.random(in: values, using: &random) })
    }
  }
}
