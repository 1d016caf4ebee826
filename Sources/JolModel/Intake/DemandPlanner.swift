/// A row of `jol import demand`: how many people of a specialty an employer expects to need in
/// a year.
public struct DemandRow: Sendable, Hashable {
  /// The employer declaring the demand.
  public var enterprise: EnterpriseID
  /// The date the row's events take effect.
  public var date: CivilDate
  /// The specialty, count and year declared.
  public var demand: DemandDeclared

  /// The row of these values.
  public init(enterprise: EnterpriseID, date: CivilDate, demand: DemandDeclared) {
    self.enterprise = enterprise
    self.date = date
    self.demand = demand
  }
}

/// Plans demand rows: the same count for the same enterprise, specialty and year is already
/// recorded; another count is a new declaration, which replaces the old one in the state.
public struct DemandPlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case enterprise }

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: DemandRow, line: Int, in state: IntakeState) -> RowPlan<Field> {
    if let problem = IntakeChecks.enterprise(row.enterprise, in: state.state) {
      return .failure(RowProblems(.enterprise, problem))
    }
    let declared = state.state.enterprises[row.enterprise]?.demand.first {
      $0.specialty == row.demand.specialty && $0.year == row.demand.year
    }
    if declared?.count == row.demand.count { return .success([]) }
    return .success([
      EventDraft(
        stream: .enterprise(row.enterprise), effective: row.date, event: .demandDeclared(row.demand)
      )
    ])
  }
}
