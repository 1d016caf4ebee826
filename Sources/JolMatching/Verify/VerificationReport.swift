import JolModel

/// A pair that blocks an assignment: the student prefers the mentor to what they have, and
/// neither the mentor nor its enterprise is full with contracts ranked above the pair.
public struct BlockingPair<StudentID: Hashable & Sendable, MentorID: Hashable & Sendable>:
  Hashable, Sendable
{
  public var student: StudentID
  public var mentor: MentorID
  /// The mentor's place on the student's list (1-based).
  public var choice: Int
  /// The student's mentor in the assignment, nil when unmatched.
  public var current: MentorID?
}

/// Why an assignment is not valid.
public enum AssignmentViolation<
  StudentID: Hashable & Sendable, MentorID: Hashable & Sendable,
  EnterpriseID: Hashable & Sendable
>: Hashable, Sendable {
  case unknownStudent(StudentID)
  case unknownMentor(MentorID)
  /// The student appears in more than one pair.
  case assignedTwice(StudentID)
  /// The mentor is not on the student's list.
  case notOnStudentList(StudentID, MentorID)
  /// The student is not on the mentor's ranking (or was ignored there).
  case notOnMentorRanking(StudentID, MentorID)
  case overMentorCapacity(MentorID, assigned: Int, capacity: Int)
  case overEnterpriseCapacity(EnterpriseID, assigned: Int, capacity: Int)
}

/// What ``MatchingVerifier`` found: every violation of validity and every blocking pair.
public struct VerificationReport<
  StudentID: Hashable & Sendable, MentorID: Hashable & Sendable,
  EnterpriseID: Hashable & Sendable
>: Sendable {
  public var violations: [AssignmentViolation<StudentID, MentorID, EnterpriseID>]
  /// In student order, then in the order of each student's list.
  public var blockingPairs: [BlockingPair<StudentID, MentorID>]

  /// Capacities, acceptability and one mentor per student all hold.
  public var isValid: Bool { violations.isEmpty }
  /// Valid, with no blocking pair.
  public var isStable: Bool { isValid && blockingPairs.isEmpty }

  /// Each violation and blocking pair on its own line, in `language`.
  public func messages(in language: Language) -> [String] {
    violations.map { $0.message[language] } + blockingPairs.map { $0.message[language] }
  }

  /// The blocking pairs of this report whose student and mentor did not block `earlier` (the
  /// same instance's report before a change, such as a manual move): the pairs the change
  /// created. A pair whose student's current mentor changed but that blocked before is not new.
  /// - Complexity: O(B + E): B and E the two reports' blocking pairs.
  public func blockingPairs(absentFrom earlier: Self) -> [BlockingPair<StudentID, MentorID>] {
    var before: [StudentID: Set<MentorID>] = [:]
    for pair in earlier.blockingPairs { before[pair.student, default: []].insert(pair.mentor) }
    return blockingPairs.filter { before[$0.student]?.contains($0.mentor) != true }
  }
}

extension BlockingPair {
  /// Who blocks the assignment and why, in every language.
  public var message: LocalizedText {
    VerifierText.blockingPair.text(
      ["student": "\(student)", "mentor": "\(mentor)", "choice": "\(choice)"])
  }
}

extension AssignmentViolation {
  /// What is wrong, in every language.
  public var message: LocalizedText {
    switch self {
    case .unknownStudent(let s): VerifierText.unknownStudent.text(["student": "\(s)"])
    case .unknownMentor(let m): VerifierText.unknownMentor.text(["mentor": "\(m)"])
    case .assignedTwice(let s): VerifierText.assignedTwice.text(["student": "\(s)"])
    case .notOnStudentList(let s, let m):
      VerifierText.notOnStudentList.text(["student": "\(s)", "mentor": "\(m)"])
    case .notOnMentorRanking(let s, let m):
      VerifierText.notOnMentorRanking.text(["student": "\(s)", "mentor": "\(m)"])
    case .overMentorCapacity(let m, let assigned, let capacity):
      VerifierText.overMentorCapacity.text([
        "mentor": "\(m)", "assigned": "\(assigned)", "capacity": "\(capacity)",
      ])
    case .overEnterpriseCapacity(let e, let assigned, let capacity):
      VerifierText.overEnterpriseCapacity.text([
        "enterprise": "\(e)", "assigned": "\(assigned)", "capacity": "\(capacity)",
      ])
    }
  }
}
