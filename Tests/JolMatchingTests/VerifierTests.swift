import JolModel
import Testing

@testable import JolMatching

/// The verifier on hand-made assignments: it must find every broken rule and blocking pair.
@Suite struct VerifierTests {
  static let instance = Instance(
    students: [
      .init("s1", choices: ["m1", "m2"]), .init("s2", choices: ["m1", "m2"]),
      .init("s3", choices: ["m2"]),
    ],
    mentors: [
      .init("m1", capacity: 1, enterprise: "e1", ranking: ["s1", "s2"]),
      .init("m2", capacity: 1, enterprise: "e1", ranking: ["s2", "s3"]),
    ],
    enterprises: [.init("e1", capacity: 2)])
  static let lottery = MatchingLottery(numbers: [1, 2, 3])

  static func verify(_ pairs: [(String, String)]) -> VerificationReport<String, String, String> {
    MatchingVerifier.verify(instance, assignment: pairs, lottery: lottery)
  }

  @Test func theSolversResultIsStable() throws {
    let result = try Self.instance.solve(lottery: Self.lottery)
    #expect(result.assignedMentors == ["m1", "m2", nil])
    #expect(result.verify().isStable)
  }

  @Test func findsBrokenCapacitiesAndAcceptability() {
    let report = Self.verify([
      ("s1", "m1"), ("s2", "m1"), ("s3", "m1"), ("s1", "m2"), ("s9", "m1"), ("s3", "m7"),
    ])
    #expect(
      report.violations == [
        .notOnStudentList("s3", "m1"), .assignedTwice("s1"), .unknownStudent("s9"),
        .unknownMentor("m7"), .overMentorCapacity("m1", assigned: 2, capacity: 1),
      ])
    #expect(!report.isValid)
    let notRanked = Self.verify([("s1", "m2")])
    #expect(notRanked.violations == [.notOnMentorRanking("s1", "m2")])
  }

  @Test func findsAnEnterpriseOverItsCapacity() {
    let capped = Instance(
      students: Self.instance.students, mentors: Self.instance.mentors,
      enterprises: [.init("e1", capacity: 1)])
    let report = MatchingVerifier.verify(
      capped, assignment: [("s1", "m1"), ("s2", "m2")], lottery: Self.lottery)
    #expect(report.violations == [.overEnterpriseCapacity("e1", assigned: 2, capacity: 1)])
  }

  /// A manual change that leaves m1 empty: s1 (unmatched) and s2 (at its second choice) both
  /// block with it; s3 does not, as m2 is full with s2, whom it ranks higher.
  @Test func listsTheBlockingPairsAMoveCreates() {
    let report = Self.verify([("s2", "m2")])
    #expect(report.isValid)
    #expect(
      report.blockingPairs == [
        BlockingPair(student: "s1", mentor: "m1", choice: 1, current: nil),
        BlockingPair(student: "s2", mentor: "m1", choice: 1, current: "m2"),
      ])
    #expect(report.messages(in: .en).count == 2)
  }

  /// The pairs a change created are those blocking after it and not before, by student and
  /// mentor: (s2, m1) blocked before with s2 unmatched, so it is not new with s2 at m2.
  @Test func theBlockingPairsAChangeCreatedAreThoseAbsentBefore() {
    let moved = Self.verify([("s2", "m2")])
    let stable = Self.verify([("s1", "m1"), ("s2", "m2")])
    #expect(stable.isStable)
    #expect(moved.blockingPairs(absentFrom: stable) == moved.blockingPairs)
    #expect(moved.blockingPairs(absentFrom: moved) == [])
    let empty = Self.verify([])
    #expect(empty.blockingPairs.contains { $0.student == "s2" && $0.mentor == "m1" })
    #expect(moved.blockingPairs(absentFrom: empty) == [])
    #expect(
      empty.blockingPairs(absentFrom: moved).map { "\($0.student)-\($0.mentor)" }
        == ["s2-m2", "s3-m2"])
    #expect(moved.blockingPairs[0].message[.en].hasPrefix("student 's1' and mentor m1"))
  }

  @Test func aPreferredMentorHoldingSomeoneRankedLowerBlocks() {
    // s2 at m1 while s1 (ranked above s2 by m1) is unmatched: (s1, m1) blocks, and the
    // enterprise (2 seats, both taken) ranks s1 above s3 too.
    let report = Self.verify([("s2", "m1"), ("s3", "m2")])
    #expect(
      report.blockingPairs == [BlockingPair(student: "s1", mentor: "m1", choice: 1, current: nil)])
  }

  /// With the enterprise full, a pair blocks only when the enterprise ranks it above one of
  /// its contracts.
  @Test func anEnterpriseFullWithHigherContractsDoesNotBlock() {
    let capped = Instance(
      students: [.init("s1", choices: ["m1"]), .init("s2", choices: ["m2"])],
      mentors: [
        .init("m1", capacity: 1, enterprise: "e1", ranking: ["s1"], scores: [FixedDecimal(50)]),
        .init("m2", capacity: 1, enterprise: "e1", ranking: ["s2"], scores: [FixedDecimal(60)]),
      ],
      enterprises: [.init("e1", capacity: 1)])
    let lottery = MatchingLottery(numbers: [1, 2])
    let good = MatchingVerifier.verify(capped, assignment: [("s2", "m2")], lottery: lottery)
    #expect(good.isStable)
    let bad = MatchingVerifier.verify(capped, assignment: [("s1", "m1")], lottery: lottery)
    #expect(bad.isValid)
    #expect(
      bad.blockingPairs == [BlockingPair(student: "s2", mentor: "m2", choice: 1, current: nil)])
  }
}
