// Mentor assignment: 100 000 students × 5 000 mentors (lists of 10, enterprise caps), solve and
// the independent verifier's stability proof timed apart; and a 10 000 × 1 000 instance against
// the figure the issue states for Python's `matching` package.
import Foundation
import JolMatching
import JolModel

enum MatchBench {
  /// `match-solve`, for the `benchmarks` array in main.swift.
  static var solveBenchmark: Benchmark {
    Benchmark(
      name: "match-solve",
      summary: "stable mentor assignment, 100 000 students × 5 000 mentors: solve + verify"
    ) {
      try MatchBench.run()
    }
  }

  /// String ids, as `jol` reads them (IINs, mentor codes, BINs).
  typealias Instance = MatchingInstance<String, String, String>

  /// A seeded instance: `students` lists of `listLength` distinct mentors (popular mentors more
  /// often), capacities averaging 1.1 seats per student over all mentors, every mentor ranking
  /// all who listed it by a random score (one decimal: ties happen, the lottery breaks them),
  /// and, when `enterprises` > 0, 60% of mentors grouped into enterprises capped at 80% of their
  /// mentors' seats.
  static func instance(
    students: Int, mentors: Int, enterprises: Int, listLength: Int = 10, seed: UInt64
  ) -> Instance {
    var generator = SplitMix64(seed: seed)
    func random(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    // Uniform from half the average to one and a half times it: 1.1 seats per student overall.
    let average = Int((Double(students) * 1.1 / Double(mentors)).rounded())
    let low = max(1, average / 2)
    let capacities = (0..<mentors).map { _ in low + random(2 * (average - low) + 1) }
    func studentID(_ s: Int) -> String { "S\(s)" }
    func mentorID(_ m: Int) -> String { "M\(m)" }
    func enterpriseID(_ e: Int) -> String { "E\(e)" }
    var rankings = [[(student: Int, score: Int64)]](repeating: [], count: mentors)
    var lists: [Instance.Student] = []
    lists.reserveCapacity(students)
    for s in 0..<students {
      var choices: [Int] = []
      while choices.count < min(listLength, mentors) {
        // Skewed popularity: u^1.5 puts more students on the low-numbered mentors.
        let u = Double(generator.next() >> 11) / Double(1 << 53)
        let m = min(mentors - 1, Int(Double(mentors) * pow(u, 1.5)))
        if !choices.contains(m) { choices.append(m) }
      }
      for m in choices { rankings[m].append((s, Int64(random(1001)) * 1_000)) }
      lists.append(Instance.Student(studentID(s), choices: choices.map(mentorID)))
    }
    var mentorList: [Instance.Mentor] = []
    var enterpriseSeats = [Int](repeating: 0, count: enterprises)
    for m in 0..<mentors {
      let ranked = rankings[m].sorted { $0.score > $1.score }
      var enterprise: Int?
      if enterprises > 0 && random(10) < 6 {
        enterprise = random(enterprises)
        enterpriseSeats[enterprise!] += capacities[m]
      }
      mentorList.append(
        Instance.Mentor(
          mentorID(m), capacity: capacities[m], enterprise: enterprise.map(enterpriseID),
          ranking: ranked.map { studentID($0.student) },
          scores: ranked.map { FixedDecimal(units: $0.score) }))
    }
    let enterpriseList = (0..<enterprises).map {
      Instance.Enterprise(enterpriseID($0), capacity: enterpriseSeats[$0] * 8 / 10)
    }
    return Instance(students: lists, mentors: mentorList, enterprises: enterpriseList)
  }

  /// The textbook check, as a baseline for the verifier: for every student and every mentor
  /// they list above their own, scan the mentor's ranking for the student and its assigned
  /// students for one ranked below (score, then lottery number), or a free seat. Mentor
  /// capacities only (the small instance has no enterprises). O(C × (R + A)).
  static func naiveBlockingPairs(
    _ instance: Instance, _ result: MatchingResult<String, String, String>
  ) -> Int {
    var assigned: [String: String] = [:]
    var held: [String: [String]] = [:]
    for pair in result.pairs {
      assigned[pair.student] = pair.mentor
      held[pair.mentor, default: []].append(pair.student)
    }
    var lottery: [String: Int] = [:]
    for (index, student) in instance.students.enumerated() {
      lottery[student.id] = result.lottery.numbers[index]
    }
    var blocking = 0
    for student in instance.students {
      for choice in student.choices {
        if choice == assigned[student.id] { break }
        guard let mentor = instance.mentors.first(where: { $0.id == choice }),
          let mine = mentor.ranking.firstIndex(of: student.id)
        else { continue }
        let score = { (index: Int) in mentor.scores?[index] ?? FixedDecimal(units: 0) }
        let others = held[choice] ?? []
        let free = others.count < mentor.capacity
        let displaces = others.contains { other in
          guard let theirs = mentor.ranking.firstIndex(of: other) else { return true }
          if score(mine) != score(theirs) { return score(mine) > score(theirs) }
          return lottery[student.id]! < lottery[other]!
        }
        if free || displaces { blocking += 1 }
      }
    }
    return blocking
  }

  static func run() throws {
    let students = BenchRun.size(100_000, quick: 5_000)
    let large = instance(
      students: students, mentors: students / 20, enterprises: students / 100, seed: 11)
    let seats = large.mentors.reduce(0) { $0 + $1.capacity }
    print(
      "   instance: \(students) students × \(students / 20) mentors, lists of 10, \(seats) mentor seats, "
        + "\(large.enterprises.count) enterprises (capped at 80% of their mentors' seats)")
    var result: MatchingResult<String, String, String>?
    let solve = try wallSeconds { result = try large.solve(seed: 1) }
    var report: VerificationReport<String, String, String>?
    let verify = wallSeconds { report = result!.verify() }
    var explained = 0
    let explain = wallSeconds { explained = result!.explanations.count }
    print(String(format: "   solve (index + deferred acceptance + cutoffs): %.3f s", solve))
    print(String(format: "   verify (validity + every blocking pair):       %.3f s", verify))
    print(
      String(
        format: "   total solve + verify:                           %.3f s (goal < 1 s)",
        solve + verify))
    print(
      String(format: "   explanations, all %d students:              %.3f s", explained, explain))
    print(
      "   matched \(result!.matchedCount), unmatched \(result!.unmatched.count), "
        + "blocking pairs \(report!.blockingPairs.count), violations \(report!.violations.count)")

    // The issue compares with Python's `matching` package (resident-optimal solve, build +
    // solve ≈ 24 s at this size on these machines). That figure is the issue's, not measured in
    // this run: the ratio below is against it.
    let smallStudents = BenchRun.size(10_000, quick: 2_000, variable: "JOL_BENCH_SMALL")
    let small = instance(
      students: smallStudents, mentors: smallStudents / 10, enterprises: 0, seed: 12)
    var smallResult: MatchingResult<String, String, String>?
    let smallSolve = try wallSeconds { smallResult = try small.solve(seed: 1) }
    print(
      String(
        format: "   10 000 × 1 000, no enterprise caps: solve %.4f s (matched %d)", smallSolve,
        smallResult!.matchedCount))
    print(
      String(
        format:
          "   against the issue's stated figure for Python `matching` (≈24 s, not measured here): "
          + "%.0f× (goal ≥ 100×)", 24 / smallSolve))
    // The same-run baseline: the textbook stability check, by scans, on the small instance.
    var checked = (naive: 0, verifier: 0)
    let naive = wallSeconds { checked.naive = naiveBlockingPairs(small, smallResult!) }
    let fast = wallSeconds { checked.verifier = smallResult!.verify().blockingPairs.count }
    print(
      String(
        format:
          "   stability check, %d × %d: verifier %.4f s, naive scans %.3f s (%.0f×); "
          + "blocking pairs %d and %d", smallStudents, smallStudents / 10, fast, naive,
        naive / fast, checked.verifier, checked.naive))
    record(
      "stability check vs naive scans", size: "\(smallStudents) × \(smallStudents / 10)", fast,
      "s", baseline: String(format: "%.0f× faster than naive scans", naive / fast))
    record(
      "mentor assignment, solve + verify", size: "\(students) × \(students / 20)", solve + verify,
      "s", goal: .atMost(1))
    record(
      "mentor assignment vs Python matching (issue's 24 s)",
      size: "\(smallStudents) × \(smallStudents / 10)",
      24 / smallSolve, "×", goal: .atLeast(100))
  }
}
