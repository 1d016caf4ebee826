/// Why a student got what they got, in terms of the result alone: the choice they were assigned
/// to, and for every choice they preferred, why it did not take them.
public struct StudentExplanation<MentorID: Hashable & Sendable, EnterpriseID: Hashable & Sendable>:
  Sendable
{
  /// Where the student ended up.
  public enum Outcome: Sendable {
    /// Assigned to their `choice`-th mentor (1-based).
    case assigned(choice: Int, mentor: MentorID)
    /// No mentor on the list accepts the student (or the list is empty).
    case noAcceptableMentor
    /// Some mentors accept the student, and each was full with students ranked higher.
    case everyAcceptableMentorFull
  }

  /// Why a preferred choice did not take the student.
  public enum Reason: Sendable {
    /// The mentor does not rank the student.
    case unacceptable
    /// The mentor takes no students (capacity 0).
    case mentorHasNoSeats
    /// The mentor was full with students ranked higher: its cutoff, the student's priority
    /// there (equal values: the lottery decided).
    case mentorFull(cutoff: PriorityValue, yours: PriorityValue)
    /// The mentor's enterprise takes no students (capacity 0).
    case enterpriseHasNoSeats(EnterpriseID)
    /// The mentor had a seat, but its enterprise was full with students ranked higher.
    case enterpriseFull(EnterpriseID, cutoff: PriorityValue, yours: PriorityValue)
  }

  /// One preferred choice and why it did not take the student.
  public struct PreferredChoice: Sendable {
    /// Its place on the student's list (1-based).
    public var choice: Int
    public var mentor: MentorID
    public var reason: Reason
  }

  public var outcome: Outcome
  /// Every choice above the assigned one (all choices when unmatched), in the student's order.
  public var preferred: [PreferredChoice]
}
