import JolModel
import Testing

@testable import JolMatching

/// Small cases whose answers are known by hand.
@Suite struct TextbookTests {
  /// Two students, two mentors, opposed preferences: students get their first choices, mentors
  /// would rather have it the other way; both matchings are stable.
  @Test func studentOptimalDiffersFromMentorOptimal() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1", "m2"]), .init("s2", choices: ["m2", "m1"])],
      mentors: [
        .init("m1", capacity: 1, ranking: ["s2", "s1"]),
        .init("m2", capacity: 1, ranking: ["s1", "s2"]),
      ])
    let result = try instance.solve(seed: 1)
    #expect(result.assignedMentors == ["m1", "m2"])
    #expect(result.verify().isStable)
    let mentorOptimal = MatchingVerifier.verify(
      instance, assignment: [("s1", "m2"), ("s2", "m1")], lottery: result.lottery)
    #expect(mentorOptimal.isStable)
  }

  @Test func aMentorWithNoSeatsTakesNobody() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1", "m2"])],
      mentors: [
        .init("m1", capacity: 0, ranking: ["s1"]), .init("m2", capacity: 1, ranking: ["s1"]),
      ])
    let result = try instance.solve(seed: 1)
    #expect(result.assignedMentors == ["m2"])
    let explanation = result.explanation(ofStudentAt: 0)
    guard case .mentorHasNoSeats = explanation.preferred.first?.reason else {
      Issue.record("expected no seats, got \(explanation.preferred)")
      return
    }
    #expect(explanation.text(in: .en).contains("takes no students (capacity 0)"))
  }

  @Test func aMentorRankingOnlySomeApplicants() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1"]), .init("s2", choices: ["m1"])],
      mentors: [.init("m1", capacity: 2, ranking: ["s2"])])
    let result = try instance.solve(seed: 1)
    #expect(result.assignedMentors == [nil, "m1"])
    #expect(result.unmatched == ["s1"])
    #expect(
      result.explanation(ofStudentAt: 0).text(in: .en).hasPrefix("unmatched: no acceptable mentor"))
  }

  @Test func everyAcceptableMentorFull() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1"]), .init("s2", choices: ["m1"])],
      mentors: [.init("m1", capacity: 1, ranking: ["s2", "s1"])])
    let result = try instance.solve(seed: 1)
    let text = result.explanation(ofStudentAt: 0).text(in: .en)
    #expect(
      text
        == "unmatched: every acceptable mentor was full; your choice #1 (m1) was full with students ranked higher (its last admitted is ranked 1, you are ranked 2)"
    )
  }

  /// The enterprise holds one seat for two mentors: the higher score gets it, the other student
  /// is turned away by the enterprise though their mentor has room.
  @Test func anEnterpriseCapBinds() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1"]), .init("s2", choices: ["m2", "m3"])],
      mentors: [
        .init("m1", capacity: 1, enterprise: "e1", ranking: ["s1"], scores: [FixedDecimal(80)]),
        .init("m2", capacity: 1, enterprise: "e1", ranking: ["s2"], scores: [FixedDecimal(70)]),
        .init("m3", capacity: 1, ranking: ["s2"]),
      ],
      enterprises: [.init("e1", capacity: 1)])
    let result = try instance.solve(seed: 1)
    #expect(result.assignedMentors == ["m1", "m3"])
    #expect(result.verify().isStable)
    #expect(
      result.explanation(ofStudentAt: 1).text(in: .en)
        == "assigned to your choice #2 (mentor m3); your choice #1 (m2): its enterprise e1 was full with students ranked higher (its cutoff 80, your score 70)"
    )
    // Giving s2 the seat at m2 as well breaks the enterprise's cap.
    let pushed = MatchingVerifier.verify(
      instance, assignment: [("s1", "m1"), ("s2", "m2")], lottery: result.lottery)
    #expect(pushed.violations == [.overEnterpriseCapacity("e1", assigned: 2, capacity: 1)])
  }

  /// When a student with a higher score proposes later, the enterprise drops a student held
  /// at another of its mentors.
  @Test func anEnterpriseRejectsAcrossItsMentors() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1", "m3"]), .init("s2", choices: ["m2"])],
      mentors: [
        .init("m1", capacity: 1, enterprise: "e1", ranking: ["s1"], scores: [FixedDecimal(60)]),
        .init("m2", capacity: 1, enterprise: "e1", ranking: ["s2"], scores: [FixedDecimal(90)]),
        .init("m3", capacity: 1, ranking: ["s1"]),
      ],
      enterprises: [.init("e1", capacity: 1)])
    let result = try instance.solve(seed: 3)
    #expect(result.assignedMentors == ["m3", "m2"])
    #expect(result.cutoffs[1] == Cutoff(value: .score(FixedDecimal(90)), admitted: 1, capacity: 1))
    #expect(result.enterpriseCutoffs[0]?.value == .score(FixedDecimal(90)))
  }

  /// The issue's example: «assigned to your choice #2; your choice #1 was full with students
  /// ranked higher (its cutoff 78.5, your score 74.0)», in every language.
  @Test func theExplanationOfTheIssue() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1", "m2"]), .init("s2", choices: ["m1"])],
      mentors: [
        .init(
          "m1", capacity: 1, ranking: ["s2", "s1"],
          scores: [FixedDecimal("78.5")!, FixedDecimal("74.0")!]),
        .init("m2", capacity: 2, ranking: ["s1"], scores: [FixedDecimal(60)]),
      ])
    let result = try instance.solve(seed: 1)
    let explanation = result.explanation(ofStudentAt: 0)
    #expect(
      explanation.text(in: .en)
        == "assigned to your choice #2 (mentor m2); your choice #1 (m1) was full with students ranked higher (its cutoff 78.5, your score 74)"
    )
    #expect(explanation.text(in: .ru).contains("проходной балл 78,5, ваш балл 74"))
    #expect(explanation.text(in: .kk).contains("өту балы 78,5, сіздің балыңыз 74"))
    #expect(
      result.cutoffs[0] == Cutoff(value: .score(FixedDecimal("78.5")!), admitted: 1, capacity: 1))
  }

  /// Equal scores: the lower lottery number wins, and the explanation says so.
  @Test func aTieIsBrokenByTheLottery() throws {
    let instance = Instance(
      students: [.init("s1", choices: ["m1"]), .init("s2", choices: ["m1"])],
      mentors: [
        .init(
          "m1", capacity: 1, ranking: ["s1", "s2"], scores: [FixedDecimal(5), FixedDecimal(5)])
      ])
    let first = try instance.solve(lottery: MatchingLottery(numbers: [2, 1]))
    #expect(first.assignedMentors == [nil, "m1"])
    #expect(first.explanation(ofStudentAt: 0).text(in: .en).contains("the lottery decided"))
    let second = try instance.solve(lottery: MatchingLottery(numbers: [1, 2]))
    #expect(second.assignedMentors == ["m1", nil])
  }

  /// Scores and positions cannot be compared within one enterprise; a mentor ranking nobody
  /// has no scale to clash.
  @Test func mentorsOfAnEnterpriseRankOnOneScale() {
    let mixed = Instance(
      students: [.init("s1", choices: ["m1", "m2", "m3"])],
      mentors: [
        .init("m1", capacity: 1, enterprise: "e1", ranking: ["s1"], scores: [FixedDecimal(1)]),
        .init("m2", capacity: 1, enterprise: "e1", ranking: []),
        .init("m3", capacity: 1, enterprise: "e1", ranking: ["s1"]),
      ],
      enterprises: [.init("e1", capacity: 1)])
    #expect(mixed.problems == [MatchingInstanceProblem(.mentor(2), .mixedScales(enterprise: "e1"))])
  }

  @Test func problemsStopTheRun() {
    let instance = Instance(
      students: [.init("s1", choices: ["m9", "m1", "m1"])],
      mentors: [.init("m1", capacity: -1, ranking: ["s1", "s7"])])
    #expect(throws: MatchingInstanceError.self) { try instance.solve(seed: 1) }
    let problems = instance.problems
    #expect(
      problems.map(\.kind) == [
        .negativeCapacity(-1), .unknownMentor("m9"), .repeatedChoice("m1"), .unknownStudent("s7"),
      ])
    #expect(
      problems.map { instance.jsonPath(of: $0.location).description } == [
        "mentors.m1.capacity", "students.s1[0]", "students.s1[2]", "mentors.m1.ranking[1]",
      ])
  }
}
