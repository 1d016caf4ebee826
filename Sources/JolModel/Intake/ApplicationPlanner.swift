/// A row of `jol import applications`: one application of a learner to a policy.
public struct ApplicationRow: Sendable, Hashable {
  /// The learner's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The day of application (the event's effective date).
  public var date: CivilDate
  /// The application as it will be recorded.
  public var application: ApplicationSubmitted

  /// The row of these values.
  public init(iin: IIN, date: CivilDate, application: ApplicationSubmitted) {
    self.iin = iin
    self.date = date
    self.application = application
  }
}

/// Plans applications: each becomes a `learner.application_submitted` on the learner's stream;
/// one already recorded (same learner, policy, day, preferences and agreement) plans nothing.
/// The learner must be known, and a co-funding enterprise registered.
public struct ApplicationPlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin, enterprise }

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: ApplicationRow, line: Int, in state: IntakeState)
    -> RowPlan<Field>
  {
    var problems: [RowProblem<Field>] = []
    let learner = IntakeChecks.learner(row.iin, at: .iin, in: state, problems: &problems)
    if let enterprise = row.application.enterprise,
      let problem = IntakeChecks.enterprise(enterprise, in: state.state)
    {
      problems.append(RowProblem(.enterprise, problem))
    }
    guard let learner, problems.isEmpty else { return .failure(RowProblems(problems)) }
    let draft = EventDraft(
      stream: .learner(learner), effective: row.date,
      event: .applicationSubmitted(row.application))
    return .success(state.isRecorded(draft) ? [] : [draft])
  }
}
