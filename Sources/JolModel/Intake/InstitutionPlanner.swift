/// A row of `jol import institutions`: a school, college or university, or an enterprise.
public enum InstitutionRow: Sendable, Hashable {
  /// A school, college or university: code, registration, effective date.
  case institution(InstitutionID, InstitutionRegistered, CivilDate)
  /// An enterprise: BIN, registration, effective date.
  case enterprise(EnterpriseID, EnterpriseRegistered, CivilDate)

  /// The organisation's code.
  public var code: String {
    switch self {
    case .institution(let id, _, _): id.rawValue
    case .enterprise(let id, _, _): id.rawValue
    }
  }
}

/// Plans organisations: a new code is registered; a known one whose row changed gets
/// `capacity_changed` when only intakes (colleges) or places (enterprises) changed, and a new
/// registration otherwise; an unchanged one plans nothing. A code may appear once per file.
public struct InstitutionPlanner: RowPlanner {
  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case code }

  private var firstLine: [String: Int] = [:]

  /// A planner at the start of a file.
  public init() {}

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ row: InstitutionRow, line: Int, in state: IntakeState)
    -> RowPlan<Field>
  {
    if let first = firstLine[row.code] {
      return .failure(RowProblems(.code, IntakeMessages.repeatedCode(row.code, first)))
    }
    firstLine[row.code] = line
    switch row {
    case .institution(let id, let registration, let date):
      return .success(Self.drafts(id, registration, date, state.state.institutions[id]))
    case .enterprise(let id, let registration, let date):
      return .success(Self.drafts(id, registration, date, state.state.enterprises[id]))
    }
  }

  private static func drafts(
    _ id: InstitutionID, _ new: InstitutionRegistered, _ date: CivilDate, _ state: InstitutionState?
  ) -> [EventDraft] {
    let stream = StreamName.institution(id)
    guard let old = state?.registration else {
      return [EventDraft(stream: stream, effective: date, event: .institutionRegistered(new))]
    }
    let oldIntakes = Dictionary(old.specialties.map { ($0.specialty, $0.intake) }) { a, _ in a }
    let newIntakes = Dictionary(new.specialties.map { ($0.specialty, $0.intake) }) { a, _ in a }
    var sameButIntakes = old
    sameButIntakes.specialties = new.specialties
    // How the district was written (an old code) is kept by the event, not compared.
    sameButIntakes.districtRecodedFrom = new.districtRecodedFrom
    if sameButIntakes == new && Set(oldIntakes.keys) == Set(newIntakes.keys) {
      // Only intakes may differ: one capacity change per specialty whose intake changed.
      return new.specialties.filter { oldIntakes[$0.specialty] != $0.intake }.map { offer in
        EventDraft(
          stream: stream, effective: date,
          event: .institutionCapacityChanged(
            CapacityChanged(specialty: offer.specialty, capacity: offer.intake)))
      }
    }
    return [EventDraft(stream: stream, effective: date, event: .institutionRegistered(new))]
  }

  private static func drafts(
    _ id: EnterpriseID, _ new: EnterpriseRegistered, _ date: CivilDate, _ state: EnterpriseState?
  ) -> [EventDraft] {
    let stream = StreamName.enterprise(id)
    guard var old = state?.registration else {
      return [EventDraft(stream: stream, effective: date, event: .enterpriseRegistered(new))]
    }
    old.districtRecodedFrom = new.districtRecodedFrom
    if old == new { return [] }
    old.capacity = new.capacity
    if old == new {
      return [
        EventDraft(
          stream: stream, effective: date,
          event: .enterpriseCapacityChanged(EnterpriseCapacityChanged(capacity: new.capacity)))
      ]
    }
    return [EventDraft(stream: stream, effective: date, event: .enterpriseRegistered(new))]
  }
}
