/// A row of `jol import mentor-preferences`: a student's ranked list for a programme. The
/// programme and the list's length are checked when the row is read (they need the programme
/// file); the planner checks what needs the log.
public struct MentorPreferenceRow: Sendable, Hashable {
  /// The learner's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The day the list was handed in (the event's effective date).
  public var date: CivilDate
  public var programme: String
  /// Each choice as written (a mentor code or an enterprise's BIN), best first.
  public var choices: [String]

  public init(iin: IIN, date: CivilDate, programme: String, choices: [String]) {
    self.iin = iin
    self.date = date
    self.programme = programme
    self.choices = choices
  }
}

/// Plans lists: each becomes a `learner.mentor_preferences_declared`; the same list again
/// plans nothing. The learner must be known, each choice a registered mentor (looked up first)
/// or enterprise, and a learner has one list per programme in a file.
public struct MentorPreferencePlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin, choices }

  private var firstLine: [String: Int] = [:]

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: MentorPreferenceRow, line: Int, in state: IntakeState)
    -> RowPlan<Field>
  {
    var problems: [RowProblem<Field>] = []
    let learner = IntakeChecks.learner(row.iin, at: .iin, in: state, problems: &problems)
    let key = row.iin.value + "\u{0}" + row.programme
    if let first = firstLine[key] {
      problems.append(RowProblem(.iin, IntakeMessages.repeatedList(row.iin, first)))
    }
    var choices: [MentorChoice] = []
    for code in row.choices {
      if state.state.mentors[MentorID(code)]?.registration != nil {
        choices.append(.mentor(MentorID(code)))
      } else if state.state.enterprises[EnterpriseID(code)]?.registration != nil {
        choices.append(.enterprise(EnterpriseID(code)))
      } else {
        problems.append(RowProblem(.choices, IntakeMessages.unknownChoice(code)))
      }
    }
    guard let learner, problems.isEmpty else { return .failure(RowProblems(problems)) }
    firstLine[key] = line
    let draft = EventDraft(
      stream: .learner(learner), effective: row.date,
      event: .mentorPreferencesDeclared(
        MentorPreferencesDeclared(programme: row.programme, choices: choices)))
    return .success(state.isRecorded(draft) ? [] : [draft])
  }
}
