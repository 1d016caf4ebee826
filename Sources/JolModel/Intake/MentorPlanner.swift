/// A row of `jol import mentors`: one mentor of a registered enterprise, and optionally the
/// enterprise's capacity across all its mentors.
public struct MentorRow: Sendable, Hashable {
  public var mentor: MentorID
  public var registration: MentorRegistered
  /// The most students the enterprise takes over all its mentors; nil: not given on this row.
  public var enterpriseCapacity: Int?
  /// The date the row's events take effect.
  public var date: CivilDate

  public init(
    mentor: MentorID, registration: MentorRegistered, enterpriseCapacity: Int?, date: CivilDate
  ) {
    self.mentor = mentor
    self.registration = registration
    self.enterpriseCapacity = enterpriseCapacity
    self.date = date
  }
}

/// Plans mentor rows: a new mentor is registered; a known one whose row changed gets
/// `mentor.capacity_changed` when only the capacity changed, a new registration otherwise; an
/// unchanged one plans nothing. The enterprise must be registered. A mentor code may appear
/// once per file; an enterprise capacity, when given on several rows of one enterprise, must be
/// the same on each, and differing from the log's it plans `enterprise.capacity_changed` once.
public struct MentorPlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case mentor, enterprise, enterpriseCapacity }

  private var firstLine: [MentorID: Int] = [:]
  private var enterpriseCapacity: [EnterpriseID: (capacity: Int, line: Int)] = [:]

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: MentorRow, line: Int, in state: IntakeState) -> RowPlan<Field> {
    var problems: [RowProblem<Field>] = []
    if let first = firstLine[row.mentor] {
      problems.append(
        RowProblem(.mentor, IntakeMessages.repeatedCode(row.mentor.rawValue, first)))
    }
    let enterprise = row.registration.enterprise
    if let problem = IntakeChecks.enterprise(enterprise, in: state.state) {
      problems.append(RowProblem(.enterprise, problem))
    }
    var drafts: [EventDraft] = []
    if let capacity = row.enterpriseCapacity {
      if let earlier = enterpriseCapacity[enterprise], earlier.capacity != capacity {
        problems.append(
          RowProblem(
            .enterpriseCapacity,
            IntakeMessages.otherEnterpriseCapacity(earlier.capacity, earlier.line)))
      } else if enterpriseCapacity[enterprise] == nil {
        enterpriseCapacity[enterprise] = (capacity, line)
        if let registered = state.state.enterprises[enterprise]?.registration,
          registered.capacity != capacity
        {
          drafts.append(
            EventDraft(
              stream: .enterprise(enterprise), effective: row.date,
              event: .enterpriseCapacityChanged(EnterpriseCapacityChanged(capacity: capacity))))
        }
      }
    }
    guard problems.isEmpty else { return .failure(RowProblems(problems)) }
    firstLine[row.mentor] = line
    return .success(drafts + Self.drafts(row, state.state.mentors[row.mentor]?.registration))
  }

  private static func drafts(_ row: MentorRow, _ old: MentorRegistered?) -> [EventDraft] {
    let stream = StreamName.mentor(row.mentor)
    let new = row.registration
    guard var old else {
      return [EventDraft(stream: stream, effective: row.date, event: .mentorRegistered(new))]
    }
    if old == new { return [] }
    old.capacity = new.capacity
    if old == new {
      return [
        EventDraft(
          stream: stream, effective: row.date,
          event: .mentorCapacityChanged(CapacityChanged(capacity: new.capacity)))
      ]
    }
    return [EventDraft(stream: stream, effective: row.date, event: .mentorRegistered(new))]
  }
}
