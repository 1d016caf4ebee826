import JolModel

/// `jol import demand`: how many people of a specialty each employer expects to need in a year,
/// planned by ``DemandPlanner``.
struct DemandImport: ImportKind {
  typealias C = ImportColumns.Demand

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }

  var planner = DemandPlanner()

  static func column(_ field: DemandPlanner.Field) -> CSVColumn {
    switch field {
    case .enterprise: C.bin
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> DemandRow? {
    let bin = reader.bin(C.bin)
    let specialty = reader.specialty(C.specialty, base.classifier!)
    let count = reader.integer(C.count, in: 0...1_000_000)
    let year = reader.integer(C.year, in: 2000...2100)
    let date = reader.date(ImportColumns.date, default: base.effective)
    guard let bin, let specialty, let count, let year, let date else { return nil }
    return DemandRow(
      enterprise: EnterpriseID(bin.value), date: date,
      demand: DemandDeclared(specialty: specialty, count: count, year: year))
  }

}
