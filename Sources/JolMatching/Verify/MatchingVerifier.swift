/// The independent checker: whether an assignment is valid and stable for an instance, under
/// the rule and stability written on ``MatchingInstance``. It reads only the instance, the
/// lottery and the pairs — none of the solver's indices or bookkeeping — so it checks the
/// solver's results and hand-edited assignments (a manual move) alike.
///
/// The instance must have no errors (``MatchingInstance/problems``): ids are taken at their
/// first appearance.
public enum MatchingVerifier {
  /// Every violation of validity and every blocking pair of `assignment` (student, mentor
  /// pairs), with the contract order of `lottery`.
  /// - Precondition: `lottery.numbers` has one number per student.
  /// - Complexity: O(C + A log A): C the pairs on the lists, A the assignment's size.
  @_specialize(exported:true,where S == String, M == String, E == String)
  public static func verify<S, M, E>(
    _ instance: MatchingInstance<S, M, E>, assignment: [(S, M)],
    lottery: MatchingLottery
  ) -> VerificationReport<S, M, E> {
    precondition(lottery.numbers.count == instance.students.count, "one lottery number per student")
    var checker = Checker(instance, lottery: lottery.numbers)
    checker.read(assignment)
    checker.checkCapacities()
    return VerificationReport(
      violations: checker.violations, blockingPairs: checker.blockingPairs())
  }
}

extension MatchingResult {
  /// The verifier's report on this result (valid and stable, unless the solver is wrong).
  @_specialize(exported:true,where StudentID == String, MentorID == String, EnterpriseID == String)
  public func verify() -> VerificationReport<StudentID, MentorID, EnterpriseID> {
    MatchingVerifier.verify(
      instance, assignment: pairs.map { ($0.student, $0.mentor) }, lottery: lottery)
  }
}

/// A contract's place in the order mentors and enterprises choose by: priority (higher first),
/// lottery number (lower first), the student listed first, the student's earlier choice.
private struct Rank {
  var priority: Int64
  var lottery: Int
  var student: Int
  var position: Int

  func isAbove(_ other: Rank) -> Bool {
    if priority != other.priority { return priority > other.priority }
    if lottery != other.lottery { return lottery < other.lottery }
    if student != other.student { return student < other.student }
    return position < other.position
  }
}

private struct Checker<S: Hashable & Sendable, M: Hashable & Sendable, E: Hashable & Sendable> {
  let instance: MatchingInstance<S, M, E>
  let lottery: [Int]
  var studentIndex: [S: Int] = [:]
  var mentorIndex: [M: Int] = [:]
  /// Per mentor: its enterprise's index, -1 for none.
  var mentorEnterprise: [Int] = []
  /// The mentors' priorities, keyed by `student × mentorCount + mentor`.
  var priority: [Int: Int64] = [:]
  /// Per student: the assigned mentor's place on their list, -1 when unmatched.
  var assignedPosition: [Int]
  /// The ranks of the contracts each mentor and each enterprise holds.
  var mentorHolds: [[Rank]]
  var enterpriseHolds: [[Rank]]
  var violations: [AssignmentViolation<S, M, E>] = []

  init(_ instance: MatchingInstance<S, M, E>, lottery: [Int]) {
    self.instance = instance
    self.lottery = lottery
    assignedPosition = Array(repeating: -1, count: instance.students.count)
    mentorHolds = Array(repeating: [], count: instance.mentors.count)
    enterpriseHolds = Array(repeating: [], count: instance.enterprises.count)
    // Sized once: growing a dictionary of 100 000 ids rehashes every id several times.
    studentIndex.reserveCapacity(instance.students.count)
    mentorIndex.reserveCapacity(instance.mentors.count)
    for (s, student) in instance.students.enumerated() where studentIndex[student.id] == nil {
      studentIndex[student.id] = s
    }
    var enterpriseIndex: [E: Int] = [:]
    for (e, enterprise) in instance.enterprises.enumerated()
    where enterpriseIndex[enterprise.id] == nil {
      enterpriseIndex[enterprise.id] = e
    }
    let mentorCount = instance.mentors.count
    priority.reserveCapacity(instance.mentors.reduce(0) { $0 + $1.ranking.count })
    for (m, mentor) in instance.mentors.enumerated() {
      if mentorIndex[mentor.id] == nil { mentorIndex[mentor.id] = m }
      mentorEnterprise.append(mentor.enterprise.flatMap { enterpriseIndex[$0] } ?? -1)
      for (position, id) in mentor.ranking.enumerated() {
        guard let s = studentIndex[id] else { continue }
        let value =
          mentor.scores.map { position < $0.count ? $0[position].units : 0 }
          ?? -Int64(position + 1)
        let key = s * mentorCount + m
        if priority[key] == nil { priority[key] = value }
      }
    }
  }

  mutating func read(_ assignment: some Sequence<(S, M)>) {
    for (studentID, mentorID) in assignment {
      guard let s = studentIndex[studentID] else {
        violations.append(.unknownStudent(studentID))
        continue
      }
      guard let m = mentorIndex[mentorID] else {
        violations.append(.unknownMentor(mentorID))
        continue
      }
      guard assignedPosition[s] < 0 else {
        violations.append(.assignedTwice(studentID))
        continue
      }
      guard let position = instance.students[s].choices.firstIndex(of: mentorID) else {
        violations.append(.notOnStudentList(studentID, mentorID))
        continue
      }
      guard let value = priority[s * instance.mentors.count + m] else {
        violations.append(.notOnMentorRanking(studentID, mentorID))
        continue
      }
      assignedPosition[s] = position
      let rank = Rank(priority: value, lottery: lottery[s], student: s, position: position)
      mentorHolds[m].append(rank)
      if mentorEnterprise[m] >= 0 { enterpriseHolds[mentorEnterprise[m]].append(rank) }
    }
  }

  mutating func checkCapacities() {
    for (m, holds) in mentorHolds.enumerated()
    where holds.count > max(0, instance.mentors[m].capacity) {
      let mentor = instance.mentors[m]
      violations.append(
        .overMentorCapacity(mentor.id, assigned: holds.count, capacity: mentor.capacity))
    }
    for (e, holds) in enterpriseHolds.enumerated()
    where holds.count > max(0, instance.enterprises[e].capacity) {
      let enterprise = instance.enterprises[e]
      violations.append(
        .overEnterpriseCapacity(enterprise.id, assigned: holds.count, capacity: enterprise.capacity)
      )
    }
  }

  /// The rank a contract must be above to get in: the capacity-th best held (nil: there is
  /// room). A capacity of 0 turns everyone away.
  private static func bars(_ holds: [[Rank]], capacity: (Int) -> Int) -> [Rank?] {
    holds.enumerated().map { index, ranks in
      let seats = max(0, capacity(index))
      if seats == 0 {
        return Rank(priority: .max, lottery: .min, student: .min, position: .min)
      }
      guard ranks.count >= seats else { return nil }
      return ranks.sorted { $0.isAbove($1) }[seats - 1]
    }
  }

  /// Every acceptable pair (s, m) that s prefers to its assignment and that neither m nor its
  /// enterprise holds at least its capacity of contracts ranked above.
  func blockingPairs() -> [BlockingPair<S, M>] {
    let mentorBars = Self.bars(mentorHolds) { instance.mentors[$0].capacity }
    let enterpriseBars = Self.bars(enterpriseHolds) { instance.enterprises[$0].capacity }
    var pairs: [BlockingPair<S, M>] = []
    for (s, student) in instance.students.enumerated() where studentIndex[student.id] == s {
      let assigned = assignedPosition[s]
      let current = assigned >= 0 ? student.choices[assigned] : nil
      for position in 0..<(assigned >= 0 ? assigned : student.choices.count) {
        guard let m = mentorIndex[student.choices[position]],
          let value = priority[s * instance.mentors.count + m]
        else { continue }
        let rank = Rank(priority: value, lottery: lottery[s], student: s, position: position)
        if let bar = mentorBars[m], !rank.isAbove(bar) { continue }
        let e = mentorEnterprise[m]
        if e >= 0, let bar = enterpriseBars[e], !rank.isAbove(bar) { continue }
        pairs.append(
          BlockingPair(
            student: student.id, mentor: student.choices[position], choice: position + 1,
            current: current))
      }
    }
    return pairs
  }
}
