import JolModel

/// A mentor-assignment problem: students with ranked choices of mentors, mentors with capacities
/// and rankings of students, and enterprises whose capacity caps the total over their mentors.
/// Generic over the id types, so the engine serves the JSON instances of `jol match solve`
/// (string ids) and the data directory's learners and mentors alike.
///
/// ## Acceptability
///
/// A pair (student, mentor) can be matched only when the mentor is on the student's `choices`
/// and the student is on the mentor's `ranking`: hard constraints (specialty, language, district,
/// shift) are applied before, by leaving pairs off these lists. A student a mentor ranks without
/// having listed it is ignored (a warning of ``problems``).
///
/// ## Priorities
///
/// A mentor's priority over the students it ranks is their position in `ranking` (first is
/// best), or, when `scores` are given, the score (higher is better; the ranking must list the
/// scores from highest to lowest, and equal scores are ties). Every tie is broken by one lottery
/// number per student (single tie-breaking: lower number first), drawn from a seed and recorded
/// in the result.
///
/// ## Enterprise capacities: the rule
///
/// Each mentor belongs to at most one enterprise, and an enterprise's capacity caps the number
/// of students over all its mentors (a laminar family: mentor ⊂ enterprise). Within an
/// enterprise, its mentors' priorities are compared with one another: a contract
/// (student, mentor) ranks above another when its priority is higher — score against score, or
/// position against position (first at one mentor ranks with first at another) — then by the
/// lower lottery number, then by the student the student prefers (a student's own two contracts
/// at equal priority). So the mentors of a capped enterprise must be on one scale: all scored,
/// or none.
///
/// Students propose down their lists. A mentor holds its proposals; when it holds more than its
/// capacity it rejects its lowest-ranked one; otherwise, when its enterprise then holds more than
/// its capacity, the enterprise rejects the lowest-ranked contract among all its mentors' (which
/// may sit at another mentor). Rejections are final. This is the generalized deferred
/// acceptance of Fleiner (2003, matroid kernels) for the laminar matroid "at most capacity per
/// mentor and per enterprise" with the order above; its choice function is substitutable and
/// satisfies the law of aggregate demand, so the result is the student-optimal stable matching
/// and truthful lists are a dominant strategy for students (Hatfield and Milgrom 2005; the
/// hierarchical caps of Kamada and Kojima are the same structure).
///
/// ## Stability under the rule
///
/// An assignment is stable when it is valid (capacities of mentors and enterprises, acceptable
/// pairs only, one mentor per student) and no acceptable pair (s, m) blocks it: s prefers m to
/// its mentor (or is unmatched), and neither
/// - m is dominated: m holds at least its capacity of students ranked above (s, m), nor
/// - m's enterprise e is dominated: e holds at least its capacity of contracts ranked above
///   (s, m) (s's own contract included, when it is in e).
///
/// With no enterprise caps this is the textbook stability of the hospitals/residents problem.
public struct MatchingInstance<
  StudentID: Hashable & Sendable, MentorID: Hashable & Sendable,
  EnterpriseID: Hashable & Sendable
>: Sendable {
  /// A student and the mentors it would accept, best first.
  public struct Student: Sendable {
    public var id: StudentID
    /// Mentors in the student's order of preference; a mentor not listed is unacceptable.
    public var choices: [MentorID]

    public init(_ id: StudentID, choices: [MentorID]) {
      self.id = id
      self.choices = choices
    }
  }

  /// A mentor: how many students it takes and whom it accepts, best first.
  public struct Mentor: Sendable {
    public var id: MentorID
    /// Students it takes at most; 0 is a mentor on leave.
    public var capacity: Int
    /// The enterprise whose capacity it shares, if any.
    public var enterprise: EnterpriseID?
    /// The students it accepts, highest priority first; any other student is unacceptable.
    public var ranking: [StudentID]
    /// Each ranked student's score (same order as `ranking`, highest first), or nil when the
    /// position in `ranking` is the priority.
    public var scores: [FixedDecimal]?

    public init(
      _ id: MentorID, capacity: Int, enterprise: EnterpriseID? = nil, ranking: [StudentID],
      scores: [FixedDecimal]? = nil
    ) {
      self.id = id
      self.capacity = capacity
      self.enterprise = enterprise
      self.ranking = ranking
      self.scores = scores
    }
  }

  /// An enterprise and the most students it takes over all its mentors.
  public struct Enterprise: Sendable {
    public var id: EnterpriseID
    public var capacity: Int

    public init(_ id: EnterpriseID, capacity: Int) {
      self.id = id
      self.capacity = capacity
    }
  }

  /// The students; their order decides who draws which lottery number from a seed.
  public var students: [Student]
  public var mentors: [Mentor]
  /// Enterprises with a capacity; a mentor may only name one of these.
  public var enterprises: [Enterprise]

  public init(students: [Student], mentors: [Mentor], enterprises: [Enterprise] = []) {
    self.students = students
    self.mentors = mentors
    self.enterprises = enterprises
  }
}
