/// A row of `jol import stages`: a learner entering a stage (with the placement) or leaving one.
public struct StageRow: Sendable, Hashable {
  /// The learner's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The date the row's events take effect.
  public var date: CivilDate
  /// Why the learner moves (`enrolled` when the row gives no reason).
  public var reason: TransitionReason
  /// Entering a placement or leaving a stage.
  public var move: Move

  /// Entering a placement, or leaving the stage named.
  public enum Move: Sendable, Hashable {
    /// Entering the placement.
    case entered(StagePlacement)
    /// Leaving the stage.
    case left(Stage)
  }

  /// The row of these values.
  public init(iin: IIN, date: CivilDate, reason: TransitionReason, move: Move) {
    self.iin = iin
    self.date = date
    self.reason = reason
    self.move = move
  }
}

/// Plans transitions on the path: entering is a `learner.stage_entered` (nothing when the state
/// already has it); leaving is a `learner.stage_left` of a stage the learner is at on the date
/// (nothing when that exit is recorded). The learner must be known and the placement's
/// institution registered, of the stage's kind.
public struct StagePlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin, institution, stage }

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: StageRow, line: Int, in state: IntakeState) -> RowPlan<Field> {
    var problems: [RowProblem<Field>] = []
    let learner = IntakeChecks.learner(row.iin, at: .iin, in: state, problems: &problems)
    if case .entered(let placement) = row.move, let problem = Self.check(placement, state.state) {
      problems.append(RowProblem(.institution, problem))
    }
    guard let learner, problems.isEmpty else { return .failure(RowProblems(problems)) }
    let stream = StreamName.learner(learner)
    switch row.move {
    case .entered(let placement):
      let draft = EventDraft(
        stream: stream, effective: row.date,
        event: .stageEntered(StageEntered(placement: placement, reason: row.reason)))
      return .success(state.isRecorded(draft) ? [] : [draft])
    case .left(let stage):
      let history = state.state.learner(learner)?.history ?? []
      // Recorded: a period of the stage left on the date for the reason (one ended by the next
      // period's entry, as on a transfer day, was not left).
      if history.contains(where: {
        $0.placement.stage == stage && $0.until == row.date && $0.exitReason == row.reason
          && $0.endedByLeaving
      }) {
        return .success([])
      }
      guard history.contains(where: { $0.placement.stage == stage && $0.contains(row.date) })
      else {
        return .failure(RowProblems(.stage, IntakeMessages.notAtStage(stage, row.date)))
      }
      return .success([
        EventDraft(
          stream: stream, effective: row.date,
          event: .stageLeft(StageLeft(stage: stage, reason: row.reason)))
      ])
    }
  }

  /// Why the placement's institution cannot be used: unknown, or of another kind.
  private static func check(_ placement: StagePlacement, _ state: ClusterState) -> LocalizedText? {
    switch placement {
    case .school(let p): IntakeChecks.institution(p.institution, kind: .school, in: state)
    case .college(let p): IntakeChecks.institution(p.institution, kind: .college, in: state)
    case .university(let p): IntakeChecks.institution(p.institution, kind: .university, in: state)
    case .enterprise(let p): IntakeChecks.enterprise(p.enterprise, in: state)
    case .outside: nil
    }
  }
}
