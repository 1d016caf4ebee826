import Foundation
// Policy engine benchmarks: decisions per second with and without explanations, and a funding
// round of 100 000 applicants. Baselines: the same rules hand-written in Swift, and a plain sort.
import JolFormat
import JolModel
import JolPolicy

enum PolicyBench {
  /// `policy-eval`, for the `benchmarks` array in main.swift.
  static var evalBenchmark: Benchmark {
    Benchmark(
      name: "policy-eval",
      summary: "decisions/s of the state TVET scholarship, with and without explanations"
    ) {
      try PolicyBench.evaluation()
    }
  }

  /// `policy-round`, for the `benchmarks` array in main.swift.
  static var roundBenchmark: Benchmark {
    Benchmark(
      name: "policy-round",
      summary: "funding rounds of 100 000 applicants: rank + quotas + seats, and budget"
    ) {
      try PolicyBench.round()
    }
  }

  static let policiesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Policies")

  static func load() throws -> PolicySet {
    var files: [(path: String, text: String)] = []
    for name in [
      "scholarships/state-tvet-scholarship.policy", "scholarships/akim-named-scholarship.policy",
      "grants/dual-training-grant.policy", "grants/rural-youth-grant.policy",
    ] {
      files.append(
        (
          name,
          try String(contentsOf: policiesDirectory.appendingPathComponent(name), encoding: .utf8)
        ))
    }
    let (set, diagnostics) = PolicySet.load(files: files)
    guard diagnostics.isEmpty else {
      throw BenchError(message: diagnostics.map(\.description).joined(separator: "\n"))
    }
    return set
  }

  struct BenchError: Error { var message: String }

  /// Deterministic population around the thresholds of the shipped policies, every fact known:
  /// the one synthetic generator's facts.
  static func population(_ count: Int, seed: UInt64) -> [Facts] {
    var generator = SyntheticGenerator(seed: seed)
    return (0..<count).map { generator.facts(id: "L\($0)", known: 100) }
  }

  static func evaluation() throws {
    let set = try load()
    let policy = set.policy("state-tvet-scholarship")!
    let people = population(BenchRun.size(200_000, quick: 20_000), seed: 1)
    let asOf = CivilDate("2026-10-01")!

    // Baseline: the same rules hand-written (and with the same amounts hard-coded).
    let waivingCategories: Set<Category> = [
      .orphan, .withoutParentalCare, .visualImpairment,
      .hearingImpairment,
    ]
    // A learner already holding the scholarship is not awarded it again.
    let held = PolicyID("state-tvet-scholarship")
    var baselineSum: Int64 = 0
    let baseline = wallSeconds {
      for _ in 0..<5 {
        for facts in people {
          guard facts.stage == .college, facts.funding == .stateOrder, facts.form == .fullTime,
            facts.awards?.contains(held) != true
          else { continue }
          // A first-year student without a session is paid; a satisfactory grade is waived for
          // orphans, children without parental care and learners with visual or hearing
          // impairment.
          let firstYearWithoutSession = facts.course == 1 && facts.lowestGrade == nil
          let waivedCategory =
            facts.categories.map { !$0.isDisjoint(with: waivingCategories) } ?? false
          if !firstYearWithoutSession {
            guard let lowest = facts.lowestGrade, lowest >= 4 || (waivedCategory && lowest >= 3)
            else { continue }
          }
          guard let level = facts.qualificationLevel else { continue }
          var amount: Int64 = level == .worker ? 4_357_400 : 4_189_600
          // +15% rounded half up to the tenge (100 tiyn).
          if facts.lowestGrade == 5 { amount += (amount * 15 / 100 + 50) / 100 * 100 }
          baselineSum &+= amount
        }
      }
    }
    var quickSum: Int64 = 0
    let quick = wallSeconds {
      for _ in 0..<5 {
        for facts in people {
          quickSum &+= policy.quickDecision(facts, asOf: asOf).amount?.tiyn ?? 0
        }
      }
    }
    var explainedCount = 0
    let explainedPeople = Array(people.prefix(100_000))
    let explained = wallSeconds {
      for facts in explainedPeople {
        explainedCount &+=
          Evaluator.evaluate(policy, facts, asOf: asOf, explain: true).criteria.count
      }
    }
    var jsonBytes = 0
    let jsonPeople = Array(people.prefix(20_000))
    let rendered = wallSeconds {
      for facts in jsonPeople {
        jsonBytes &+=
          DecisionRenderer.json(Evaluator.evaluate(policy, facts, asOf: asOf), language: .kk).utf8
          .count
      }
    }
    // What `jol policy eval --explain --format json` does per record: explain, then append the
    // line to a reused byte buffer, written out every 64 KiB.
    var lineBytes = 0
    var buffer = JSONBytes(capacity: 80 * 1024)
    let streamed = wallSeconds {
      for facts in explainedPeople {
        DecisionRenderer.writeJSONLine(
          Evaluator.evaluate(policy, facts, asOf: asOf), language: .kk, into: &buffer)
        if buffer.count >= 64 * 1024 {
          lineBytes &+= buffer.count
          buffer.removeAll()
        }
      }
    }
    let prepared = jsonPeople.map { Evaluator.evaluate(policy, $0, asOf: asOf) }
    let renderOnly = wallSeconds {
      for _ in 0..<5 {
        for decision in prepared {
          DecisionRenderer.writeJSONLine(decision, language: .kk, into: &buffer)
          if buffer.count >= 64 * 1024 {
            lineBytes &+= buffer.count
            buffer.removeAll()
          }
        }
      }
    }
    let decisions = Double(people.count * 5)
    print(
      String(format: "   hand-written Swift baseline: %12.0f decisions/s", decisions / baseline))
    print(
      String(
        format:
          "   compiled, no explanations:   %12.0f decisions/s  (%.2f× baseline time; goal ≥ 1 000 000/s)",
        decisions / quick, quick / baseline))
    print(
      String(
        format: "   compiled, with explanations: %12.0f decisions/s  (goal ≥ 100 000/s)",
        Double(explainedPeople.count) / explained))
    print(
      String(
        format: "   explained + JSON line (kk), String renderer:  %12.0f decisions/s",
        Double(jsonPeople.count) / rendered))
    print(
      String(
        format:
          "   explained + JSON line (kk), byte buffer: %12.0f decisions/s  (goal ≥ 100 000/s)",
        Double(explainedPeople.count) / streamed))
    print(
      String(
        format: "   JSON line only (decision already explained):  %12.0f lines/s",
        Double(prepared.count * 5) / renderOnly))
    print(
      "   checksums: \(baselineSum == quickSum ? "amounts agree" : "AMOUNTS DIFFER \(baselineSum) vs \(quickSum)"), \(explainedCount + jsonBytes + lineBytes > 0)"
    )
    let size = "\(people.count) learners"
    record(
      "policy eval, no explanations", size: size, decisions / quick, "decisions/s",
      goal: .atLeast(1_000_000),
      baseline: String(format: "%.2f× hand-written time", quick / baseline))
    record(
      "policy eval, explained", size: "\(explainedPeople.count) learners",
      Double(explainedPeople.count) / explained, "decisions/s", goal: .atLeast(100_000))
    record(
      "policy eval, explained + JSON line", size: "\(explainedPeople.count) learners",
      Double(explainedPeople.count) / streamed, "decisions/s", goal: .atLeast(100_000))
  }

  static func round() throws {
    let set = try load()
    let asOf = CivilDate("2026-08-25")!
    // School leavers of grades 9–11 who applied before the round.
    let applicants = population(BenchRun.size(100_000, quick: 10_000), seed: 2).enumerated().map {
      index, facts -> Applicant in
      var facts = facts
      facts.stage = .school
      facts.grade = 9 + index % 3
      facts.appliedOn = CivilDate("2026-07-01")!.adding(days: index % 40)
      return Applicant(facts: facts)
    }
    let keys = applicants.map { ($0.facts.gpa ?? .zero, $0.facts.id) }
    let sortBaseline = wallSeconds {
      let sorted = keys.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
      precondition(sorted.count == applicants.count)
    }
    let rural = set.policy("rural-youth-grant")!
    let ruralSeats = rural.quotaSeats(asOf: asOf)
    var result: RoundResult?
    let quotaRound = wallSeconds {
      result = Round.run(policy: rural, applicants: applicants, asOf: asOf)
    }
    let awarded = result!.policies[0].entries.filter { $0.status == .awarded }.count

    let dual = set.policy("dual-training-grant")!
    let dualApplicants = population(BenchRun.size(100_000, quick: 10_000), seed: 3).map {
      facts -> Applicant in
      var facts = facts
      facts.form = .fullTime
      facts.dualTraining = true
      facts.age = 19
      facts.appliedOn = CivilDate("2026-07-15")!
      return Applicant(facts: facts)
    }
    var budgetResult: RoundResult?
    let budgetRound = (0..<3).map { _ in
      wallSeconds {
        budgetResult = Round.run(
          policy: dual, applicants: dualApplicants, asOf: CivilDate("2026-09-01")!)
      }
    }.min()!
    let spent = budgetResult!.policies[0].spent

    print(String(format: "   baseline: sort 100 000 (GPA, id) pairs:    %.3f s", sortBaseline))
    print(
      String(
        format:
          "   rural-youth-grant (seats %d, %d quotas):  %.3f s best of 3  (%.1f× baseline; goal < 0.5 s), %d awarded",
        ruralSeats?.seats ?? 0, ruralSeats?.quotas.count ?? 0, quotaRound,
        quotaRound / sortBaseline, awarded))
    print(
      String(
        format:
          "   dual-training-grant (budget 30 000 000):   %.3f s best of 3  (%.1f× baseline; goal < 0.5 s), spent %@",
        budgetRound, budgetRound / sortBaseline, spent.description))
    let size = "\(applicants.count) applicants"
    record(
      "round with seats and quotas", size: size, quotaRound, "s", goal: .atMost(0.5),
      baseline: String(format: "%.1f× sorting them", quotaRound / sortBaseline))
    record(
      "round with a budget", size: size, budgetRound, "s", goal: .atMost(0.5),
      baseline: String(format: "%.1f× sorting them", budgetRound / sortBaseline))
  }
}
