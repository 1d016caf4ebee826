import JolModel

/// A ``MatchingInstance`` on integer indices, the form the solver and the explanations work on:
/// students, mentors and enterprises numbered in instance order, and every (student, choice)
/// pair — a *contract* — numbered in student order, so a student's contracts are the range
/// `choiceStart[s]..<choiceStart[s + 1]` in their order of preference. Built once, in one pass
/// that also finds the instance's ``MatchingInstanceProblem``s.
struct MatchingMarket: Sendable {
  /// The priority of a contract the mentor does not accept (not ranked, or ignored).
  static let unacceptable = Int64.min

  let studentCount: Int
  let mentorCount: Int
  /// Start of each student's contracts; `studentCount + 1` entries.
  var choiceStart: [Int32] = [0]
  /// Per contract: the mentor (-1 for an unknown one), the student.
  var contractMentor: [Int32] = []
  var contractStudent: [Int32] = []
  /// Per contract: the mentor's priority of the student, higher is better: the score's units
  /// (``FixedDecimal/units``), or minus the 1-based position in the ranking;
  /// ``unacceptable`` when the mentor does not accept the student.
  var contractPriority: [Int64] = []
  var mentorCapacity: [Int32] = []
  /// Per mentor: its enterprise, -1 for none.
  var mentorEnterprise: [Int32] = []
  /// Per mentor: whether priorities are scores (else positions).
  var mentorScored: [Bool] = []
  var enterpriseCapacity: [Int32] = []
  /// What is wrong with the instance, in the order of its arrays.
  var problems: [MatchingInstanceProblem] = []

  /// Whether any problem stops a run.
  var hasErrors: Bool { problems.contains { !$0.isWarning } }

  init<S, M, E>(_ instance: MatchingInstance<S, M, E>) {
    studentCount = instance.students.count
    mentorCount = instance.mentors.count
    let enterpriseIndex = indexEnterprises(instance)
    let mentorIndex = indexMentors(instance, enterpriseIndex)
    let studentIndex = indexChoices(instance, mentorIndex)
    readRankings(instance, studentIndex)
    checkScales(instance)
  }

  private mutating func indexEnterprises<S, M, E>(_ instance: MatchingInstance<S, M, E>)
    -> [E: Int32]
  {
    var index: [E: Int32] = [:]
    for (e, enterprise) in instance.enterprises.enumerated() {
      if index[enterprise.id] == nil {
        index[enterprise.id] = Int32(e)
      } else {
        problems.append(.init(.enterprise(e), .repeatedEnterprise("\(enterprise.id)")))
      }
      if enterprise.capacity < 0 {
        problems.append(.init(.enterpriseCapacity(e), .negativeCapacity(enterprise.capacity)))
      }
      enterpriseCapacity.append(Int32(clamping: max(0, enterprise.capacity)))
    }
    return index
  }

  private mutating func indexMentors<S, M, E>(
    _ instance: MatchingInstance<S, M, E>, _ enterpriseIndex: [E: Int32]
  ) -> [M: Int32] {
    var index: [M: Int32] = [:]
    index.reserveCapacity(mentorCount)
    for (m, mentor) in instance.mentors.enumerated() {
      if index[mentor.id] == nil {
        index[mentor.id] = Int32(m)
      } else {
        problems.append(.init(.mentor(m), .repeatedMentor("\(mentor.id)")))
      }
      if mentor.capacity < 0 {
        problems.append(.init(.mentorCapacity(m), .negativeCapacity(mentor.capacity)))
      }
      mentorCapacity.append(Int32(clamping: max(0, mentor.capacity)))
      var enterprise: Int32 = -1
      if let id = mentor.enterprise {
        if let found = enterpriseIndex[id] {
          enterprise = found
        } else {
          problems.append(.init(.mentorEnterprise(m), .unknownEnterprise("\(id)")))
        }
      }
      mentorEnterprise.append(enterprise)
      mentorScored.append(mentor.scores != nil)
    }
    return index
  }

  /// Numbers the contracts; every priority starts as ``unacceptable``.
  private mutating func indexChoices<S, M, E>(
    _ instance: MatchingInstance<S, M, E>, _ mentorIndex: [M: Int32]
  ) -> [S: Int32] {
    var index: [S: Int32] = [:]
    index.reserveCapacity(studentCount)
    // The last student that chose each mentor: finds a repeated choice in O(1).
    var lastChooser = [Int32](repeating: -1, count: mentorCount)
    let total = instance.students.reduce(0) { $0 + $1.choices.count }
    contractMentor.reserveCapacity(total)
    contractStudent.reserveCapacity(total)
    choiceStart.reserveCapacity(studentCount + 1)
    for (s, student) in instance.students.enumerated() {
      if index[student.id] == nil {
        index[student.id] = Int32(s)
      } else {
        problems.append(.init(.student(s), .repeatedStudent("\(student.id)")))
      }
      for (position, id) in student.choices.enumerated() {
        var mentor: Int32 = -1
        if let m = mentorIndex[id] {
          if lastChooser[Int(m)] == Int32(s) {
            problems.append(
              .init(.choice(student: s, position: position), .repeatedChoice("\(id)")))
          } else {
            lastChooser[Int(m)] = Int32(s)
            mentor = m
          }
        } else {
          problems.append(.init(.choice(student: s, position: position), .unknownMentor("\(id)")))
        }
        contractMentor.append(mentor)
        contractStudent.append(Int32(s))
      }
      choiceStart.append(Int32(contractMentor.count))
    }
    contractPriority = [Int64](repeating: Self.unacceptable, count: contractMentor.count)
    return index
  }

  /// Sets each ranked student's priority on its contract with the mentor.
  private mutating func readRankings<S, M, E>(
    _ instance: MatchingInstance<S, M, E>, _ studentIndex: [S: Int32]
  ) {
    // The last mentor that ranked each student: finds a repeated entry in O(1).
    var lastRanker = [Int32](repeating: -1, count: studentCount)
    for (m, mentor) in instance.mentors.enumerated() {
      if let scores = mentor.scores {
        checkScores(scores, of: m, rankingCount: mentor.ranking.count)
      }
      for (position, id) in mentor.ranking.enumerated() {
        let place = MatchingInstanceProblem.Location.ranking(mentor: m, position: position)
        guard let s = studentIndex[id] else {
          problems.append(.init(place, .unknownStudent("\(id)")))
          continue
        }
        guard lastRanker[Int(s)] != Int32(m) else {
          problems.append(.init(place, .repeatedRanking("\(id)")))
          continue
        }
        lastRanker[Int(s)] = Int32(m)
        guard let contract = contract(student: Int(s), mentor: Int32(m)) else {
          problems.append(
            .init(place, .notListedByStudent(student: "\(id)", mentor: "\(mentor.id)")))
          continue
        }
        if let scores = mentor.scores {
          contractPriority[contract] = position < scores.count ? scores[position].units : 0
        } else {
          contractPriority[contract] = -Int64(position + 1)
        }
      }
    }
  }

  private mutating func checkScores(_ scores: [FixedDecimal], of m: Int, rankingCount: Int) {
    if scores.count != rankingCount {
      problems.append(
        .init(.mentor(m), .scoreCount(ranking: rankingCount, scores: scores.count)))
    }
    for position in scores.indices.dropFirst() where scores[position] > scores[position - 1] {
      problems.append(
        .init(
          .ranking(mentor: m, position: position),
          .scoresNotDescending(previous: scores[position - 1], score: scores[position])))
    }
  }

  /// Mentors sharing a capped enterprise compare priorities: all scored, or none (a mentor
  /// ranking nobody has no scale).
  private mutating func checkScales<S, M, E>(_ instance: MatchingInstance<S, M, E>) {
    var firstScored = [Bool?](repeating: nil, count: enterpriseCapacity.count)
    for m in 0..<mentorCount where mentorEnterprise[m] >= 0 && !instance.mentors[m].ranking.isEmpty
    {
      let e = Int(mentorEnterprise[m])
      if let scored = firstScored[e] {
        if scored != mentorScored[m] {
          problems.append(
            .init(.mentor(m), .mixedScales(enterprise: "\(instance.enterprises[e].id)")))
        }
      } else {
        firstScored[e] = mentorScored[m]
      }
    }
  }

  /// The contract of `student` with `mentor`, if the student listed it.
  func contract(student: Int, mentor: Int32) -> Int? {
    var c = Int(choiceStart[student])
    let end = Int(choiceStart[student + 1])
    while c < end {
      if contractMentor[c] == mentor { return c }
      c += 1
    }
    return nil
  }
}
