/// Decides what the rows of one kind of intake file mean: which events each row records
/// against the state, or why it cannot be recorded. Pure: no files, no clock, no vault — what
/// the vault knows comes in through ``IntakeState/learner``.
///
/// A planner sees the rows in file order, each against the state with the earlier rows' events
/// folded in, so it may keep what it needs across rows (the line each key was first seen on).
public protocol RowPlanner {
  /// A row read and validated on its own (values, codes, dates), before any state is needed.
  associatedtype Row
  /// The fields of a row a problem can point at (the import maps each to its column).
  associatedtype Field: Hashable & Sendable & CaseIterable

  /// The events `row` records against `state` (none when the state already says it), or the
  /// problems that stop it; nothing is planned for a row with problems.
  /// - Parameter line: the row's line in its file, for messages naming an earlier line.
  mutating func plan(_ row: Row, line: Int, in state: IntakeState) -> RowPlan<Field>

  /// Makes room for what planning `rows` rows keeps (each row's first line, by key), so that
  /// a large file does not grow it table by table.
  mutating func reserveCapacity(rows: Int)
}

extension RowPlanner {
  public mutating func reserveCapacity(rows: Int) {}
}

/// A row's events (one atomic batch; empty when already recorded), or its problems.
public typealias RowPlan<Field: Hashable & Sendable> = Result<[EventDraft], RowProblems<Field>>

/// A problem of a row that the state shows, at one of its fields.
public struct RowProblem<Field: Hashable & Sendable>: Hashable, Sendable {
  /// The field at fault.
  public var field: Field
  /// What is wrong, and what would be accepted.
  public var reason: LocalizedText

  /// `reason` at `field`.
  public init(_ field: Field, _ reason: LocalizedText) {
    self.field = field
    self.reason = reason
  }
}

/// The problems of one row, in the order found.
public struct RowProblems<Field: Hashable & Sendable>: Error, Hashable {
  /// The problems, in the order found.
  public var problems: [RowProblem<Field>]

  /// The problems `problems` (at least one).
  public init(_ problems: [RowProblem<Field>]) { self.problems = problems }

  /// One problem, `reason` at `field`.
  public init(_ field: Field, _ reason: LocalizedText) { problems = [RowProblem(field, reason)] }
}
