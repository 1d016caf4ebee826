/// A row of `jol import diagnostics`: one pupil's answer sheet, already scored.
public struct DiagnosticRow: Sendable, Hashable {
  /// The pupil's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The day the pupil answered: the event's effective date.
  public var date: CivilDate
  /// The result to record: raw answers, `instrument@version`, scores, bands, leading scales
  /// and directions.
  public var result: DiagnosticCompleted

  /// The row of these values.
  public init(iin: IIN, date: CivilDate, result: DiagnosticCompleted) {
    self.iin = iin
    self.date = date
    self.result = result
  }
}

/// Plans diagnostic results: a pupil must be a registered learner; a result the state already
/// has — the same learner, `instrument@version`, date and raw answers (compared by their
/// digest, ``DiagnosticSummary/answers``) — plans nothing, so importing a file again appends
/// nothing. The same answers under another version are another result (`jol diagnose
/// rescore`), kept beside the first.
public struct DiagnosticPlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin }

  /// A planner at the start of a file.
  public init() {}

  /// The row's event against `state`, or its problems (``RowPlanner/plan(_:line:in:)``). The
  /// file's earlier rows are in `state`, so a sheet given twice is planned once.
  public mutating func plan(_ row: DiagnosticRow, line: Int, in state: IntakeState) -> RowPlan<
    Field
  > {
    var problems: [RowProblem<Field>] = []
    guard let learner = IntakeChecks.learner(row.iin, at: .iin, in: state, problems: &problems)
    else { return .failure(RowProblems(problems)) }
    if let recorded = state.state.learner(learner),
      recorded.hasDiagnostic(row.result.instrument, on: row.date, answers: row.result.answers)
    {
      return .success([])
    }
    return .success([
      EventDraft(
        stream: .learner(learner), effective: row.date, event: .diagnosticCompleted(row.result))
    ])
  }
}
