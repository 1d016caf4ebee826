import Testing

@testable import JolMatching

/// Every matching of small random instances enumerated: the solver's result is stable, and every
/// student weakly prefers it to any other stable matching (student-optimality); the verifier
/// agrees with the definition of stability on every matching.
@Suite struct BruteForceTests {
  static let shapes: [(students: Int, mentors: Int, enterprises: Int, scored: Bool)] = [
    (3, 2, 0, false), (4, 3, 0, false), (5, 3, 0, true), (4, 3, 1, false), (5, 3, 2, true),
    (5, 2, 1, false),
  ]

  @Test(arguments: 0..<6)
  func resultIsTheStudentOptimalStableMatching(shape: Int) throws {
    let (students, mentors, enterprises, scored) = Self.shapes[shape]
    var random = RandomInstances(seed: UInt64(100 + shape))
    for round in 0..<60 {
      let instance = random.instance(
        students: students, mentors: mentors, enterprises: enterprises, scored: scored)
      let result = try instance.solve(seed: UInt64(round))
      let lottery = result.lottery.numbers
      let solved = result.assignedMentors
      #expect(Definition.isStable(instance, lottery, solved), "round \(round)")
      var stableCount = 0
      for matching in Definition.allValidMatchings(instance) {
        let pairs = matching.enumerated().compactMap { s, m in m.map { (s, $0) } }
        let report = MatchingVerifier.verify(instance, assignment: pairs, lottery: result.lottery)
        let definition = Definition.blockingCount(instance, lottery, matching)
        #expect(report.isValid)
        #expect(report.blockingPairs.count == definition, "round \(round): \(matching)")
        guard definition == 0 else { continue }
        stableCount += 1
        for s in 0..<students {
          #expect(
            Definition.place(instance, s, solved[s]) <= Definition.place(instance, s, matching[s]),
            "round \(round): student \(s) prefers \(matching) to \(solved)")
        }
      }
      #expect(stableCount >= 1)
    }
  }
}
