import Testing

@testable import JolMatching

/// Random instances of moderate size: the result has no blocking pair, respects every capacity,
/// explains every student consistently, and is the same for the same input and seed.
@Suite struct PropertyTests {
  @Test(arguments: 0..<8)
  func resultsAreStableValidAndDeterministic(seed: Int) throws {
    var random = RandomInstances(seed: UInt64(seed))
    let instance = random.instance(
      students: 60, mentors: 12, maxCapacity: 6, enterprises: seed % 3 == 0 ? 0 : 4,
      scored: seed % 2 == 0)
    let result = try instance.solve(seed: UInt64(seed))
    let report = result.verify()
    #expect(report.violations.isEmpty)
    #expect(report.blockingPairs.isEmpty)
    for (mentor, students) in result.assignments {
      #expect(students.count <= instance.mentors[mentor].capacity)
    }
    for enterprise in instance.enterprises {
      let load = result.assignedMentors.filter { m in
        m.map { instance.mentors[$0].enterprise == enterprise.id } ?? false
      }.count
      #expect(load <= enterprise.capacity)
    }
    let again = try instance.solve(seed: UInt64(seed))
    #expect(again.assignedMentors == result.assignedMentors)
    #expect(again.lottery == result.lottery)
    for (s, explanation) in result.explanations.enumerated() {
      switch explanation.outcome {
      case .assigned(let choice, let mentor):
        #expect(result.assignedMentors[s] == mentor)
        #expect(instance.students[s].choices[choice - 1] == mentor)
        #expect(explanation.preferred.count == choice - 1)
      case .noAcceptableMentor:
        #expect(result.assignedMentors[s] == nil)
        #expect(
          explanation.preferred.allSatisfy {
            if case .unacceptable = $0.reason { true } else { false }
          })
      case .everyAcceptableMentorFull:
        #expect(result.assignedMentors[s] == nil)
        #expect(
          explanation.preferred.contains {
            if case .unacceptable = $0.reason { false } else { true }
          })
      }
    }
  }

  @Test func theLotteryIsAPermutationFixedBySeed() {
    let lottery = MatchingLottery(seed: 7, count: 1000)
    #expect(lottery.numbers.sorted() == Array(1...1000))
    #expect(MatchingLottery(seed: 7, count: 1000) == lottery)
    #expect(MatchingLottery(seed: 8, count: 1000).numbers != lottery.numbers)
    #expect(MatchingLottery(seed: 7, count: 0).numbers == [])
  }
}
