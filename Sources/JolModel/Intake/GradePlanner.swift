/// A row of `jol import grades`: a term's results of one learner.
public struct GradeRow: Sendable, Hashable {
  /// The learner's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The date the row's events take effect.
  public var date: CivilDate
  /// The term's results.
  public var result: TermResult

  /// The row of these values.
  public init(iin: IIN, date: CivilDate, result: TermResult) {
    self.iin = iin
    self.date = date
    self.result = result
  }
}

/// Plans term results: a term whose latest record has the same results (compared by their
/// digest, ``LearnerState/terms``) plans nothing; with other results, the row is appended as its
/// correction. A learner's term may appear once per file.
public struct GradePlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin, institution, term }

  /// Line on which each learner's term first appears in the file.
  private var firstLine: [LearnerTerm: Int] = [:]

  /// A learner's term, by IIN: built without joining strings.
  private struct LearnerTerm: Hashable {
    let iin: String
    let term: String
  }

  /// A planner at the start of a file.
  public init() {}

  public mutating func reserveCapacity(rows: Int) { firstLine.reserveCapacity(rows) }

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: GradeRow, line: Int, in state: IntakeState) -> RowPlan<Field> {
    var problems: [RowProblem<Field>] = []
    let learner = IntakeChecks.learner(row.iin, at: .iin, in: state, problems: &problems)
    if let institution = row.result.institution,
      state.state.institutions[institution]?.registration == nil
    {
      problems.append(
        RowProblem(.institution, IntakeMessages.unknownInstitution(institution.rawValue, nil)))
    }
    let key = LearnerTerm(iin: row.iin.value, term: row.result.term)
    if let first = firstLine[key] {
      problems.append(RowProblem(.term, IntakeMessages.repeatedTerm(row.result.term, first)))
    } else {
      firstLine[key] = line
    }
    guard let learner, problems.isEmpty else { return .failure(RowProblems(problems)) }
    // The row's digest is worked out only for a term already recorded: a term new to the
    // learner, as in most rows, needs none.
    if let recorded = state.state.learner(learner)?.recordedTerm(row.result.term),
      recorded.digest == row.result.digest
    {
      return .success([])
    }
    return .success([
      EventDraft(stream: .learner(learner), effective: row.date, event: .termResult(row.result))
    ])
  }
}
