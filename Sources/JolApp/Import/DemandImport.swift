import JolModel

/// `jol import demand`: how many people of a specialty each employer expects to need in a year.
/// The same count for the same enterprise, specialty and year is a duplicate; another count is
/// a new declaration, which replaces the old one in the state.
struct DemandImport: ImportKind {
  typealias C = ImportColumns.Demand

  struct Record {
    var enterprise: EnterpriseID
    var date: CivilDate
    var demand: DemandDeclared
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }

  init(store: Store) throws {}

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let bin = reader.bin(C.bin)
    let specialty = reader.specialty(C.specialty, base.classifier!)
    let count = reader.integer(C.count, in: 0...1_000_000)
    let year = reader.integer(C.year, in: 2000...2100)
    let date = reader.date(ImportColumns.date, default: base.effective)
    guard let bin, let specialty, let count, let year, let date else { return nil }
    return Record(
      enterprise: EnterpriseID(bin.value), date: date,
      demand: DemandDeclared(specialty: specialty, count: count, year: year))
  }

  mutating func plan(
    _ record: Record, row: CSVRow, working: inout WorkingState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    if let problem = ImportChecks.enterprise(record.enterprise, in: working.state) {
      return .failure(RowErrors(row.error(in: C.bin, reason: problem)))
    }
    let declared = working.state.enterprises[record.enterprise]?.demand.first {
      $0.specialty == record.demand.specialty && $0.year == record.demand.year
    }
    if declared?.count == record.demand.count { return .success([]) }
    return .success([
      EventDraft(
        stream: .enterprise(record.enterprise), effective: record.date,
        event: .demandDeclared(record.demand))
    ])
  }
}
