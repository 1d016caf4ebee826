import Testing

@testable import JolMatching

/// No student gains by reordering or truncating their list (spot checks on small random
/// instances, every reordering of every subset of the list, with the lottery held fixed).
@Suite struct StrategyProofnessTests {
  @Test(arguments: 0..<4)
  func noStudentGainsByMisreporting(shape: Int) throws {
    var random = RandomInstances(seed: UInt64(500 + shape))
    for round in 0..<25 {
      let instance = random.instance(
        students: 5, mentors: 3, enterprises: shape >= 2 ? 1 : 0, scored: shape % 2 == 1)
      let lottery = MatchingLottery(seed: UInt64(round), count: 5)
      let truthful = try instance.solve(lottery: lottery).assignedMentors
      for s in 0..<5 {
        let truth = instance.students[s].choices
        for list in Self.reportsOf(truth) {
          var lying = instance
          lying.students[s].choices = list
          // Mentors' rankings stay; a ranked student missing from the list is only a warning.
          let outcome = try lying.solve(lottery: lottery).assignedMentors[s]
          #expect(
            Definition.place(instance, s, outcome) >= Definition.place(instance, s, truthful[s]),
            "round \(round): student \(s) gains with \(list) instead of \(truth)")
        }
      }
    }
  }

  /// Every ordering of every subset of `list`.
  static func reportsOf(_ list: [Int]) -> [[Int]] {
    var result: [[Int]] = [[]]
    for item in list {
      result += result.flatMap { report in
        (0...report.count).map { index in
          var extended = report
          extended.insert(item, at: index)
          return extended
        }
      }
    }
    return result
  }
}
