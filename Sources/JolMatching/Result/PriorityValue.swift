import JolModel

/// A student's priority at a mentor as a person reads it: the score, or the position in the
/// mentor's ranking (1 is first).
public enum PriorityValue: Hashable, Sendable {
  case score(FixedDecimal)
  case rank(Int)

  /// The value the market stores (score units, or minus the position), back as it was given.
  init(_ priority: Int64, scored: Bool) {
    self = scored ? .score(FixedDecimal(units: priority)) : .rank(Int(-priority))
  }
}

/// The last student a mentor (or an enterprise) admitted: its priority is the cutoff a student
/// needed to beat once seats ran out.
public struct Cutoff: Hashable, Sendable {
  /// The priority of the lowest-ranked admitted student.
  public var value: PriorityValue
  /// Students admitted.
  public var admitted: Int
  public var capacity: Int

  /// Whether every seat is taken: only then does the cutoff turn a student away.
  public var isFull: Bool { admitted >= capacity }
}
