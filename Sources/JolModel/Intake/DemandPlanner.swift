/// A row of `jol import demand`: how many people of a specialty an employer expects to need in
/// a year.
public struct DemandRow: Sendable, Hashable {
  public var enterprise: EnterpriseID
  public var date: CivilDate
  public var demand: DemandDeclared

  public init(enterprise: EnterpriseID, date: CivilDate, demand: DemandDeclared) {
    self.enterprise = enterprise
    self.date = date
    self.demand = demand
  }
}

/// Plans demand rows: the same count for the same enterprise, specialty and year is already
/// recorded; another count is a new declaration, which replaces the old one in the state.
public struct DemandPlanner: RowPlanner {
  public enum Field: Sendable, CaseIterable { case enterprise }

  public init() {}

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
