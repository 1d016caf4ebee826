import JolFormat
import JolModel

extension PathwayMergeFile {
  /// The top-level fields of a merge file, as ``json()`` writes them.
  static let fields = [
    "purpose", "warning", "report", "format_version", "as_of", "cohort", "district", "regions",
    "log_position", "passport", "policies", "institutions", "has_diagnostics", "has_mentorships",
    "tables", "award_amounts", "award_amounts_by_district", "award_amounts_by_category",
    "award_budgets", "demand",
  ]

  /// Reads a merge file (`file` names it in messages). A published JSON report is refused — its
  /// small counts are suppressed, so no exact sum can be made from it — as is any other JSON;
  /// nothing in the file is ignored: an unknown field, a table or column the report does not
  /// have, a count that is not a whole number are each an error at their JSON path.
  /// - Throws: ``PathwayMergeError`` naming the file and the JSON path (and, for a text that is
  ///   not JSON, its line and column).
  public static func read(_ bytes: [UInt8], file: String) throws(PathwayMergeError)
    -> PathwayMergeFile
  {
    let root: JSONValue
    do {
      root = try JSONTree.parse(bytes)
    } catch {
      let start = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
      let (line, column) = UTF8Validation.lineAndColumn(
        of: error.error.offset, in: bytes, from: start)
      let expected: String =
        switch error.error.reason {
        case .malformed(let expected): expected
        default: error.error.description
        }
      throw PathwayMergeError(
        MergeMessage.notJSON.text([
          "file": file, "line": String(line), "column": String(column),
          "path": error.path.description, "expected": expected,
        ]))
    }
    try checkKind(root, file: file)
    let top = try MergeFields(file: file, path: JSONPath(), value: root).object(
      fields.filter { $0 != "passport" && $0 != "district" }, optional: ["passport", "district"])
    let version = try top["format_version"]!.count()
    guard version == formatVersion else {
      throw PathwayMergeError(
        MergeMessage.formatVersion.text([
          "file": file, "version": String(version), "expected": String(formatVersion),
        ]))
    }
    _ = try top["warning"]!.object(Language.allCases.map(\.rawValue))
    let scope = PathwayScope(
      asOf: try top["as_of"]!.date(), cohort: try top["cohort"]!.year(),
      district: try top["district"]?.optionalString())
    var tally = PathwayTally(scope: scope)
    try readTables(top["tables"]!, into: &tally)
    tally.hasDiagnostics = try top["has_diagnostics"]!.flag()
    tally.hasMentorships = try top["has_mentorships"]!.flag()
    try readAmounts(top, into: &tally)
    let regions = try top["regions"]!.array().map { field throws(PathwayMergeError) in
      try field.string()
    }
    tally.regions = Set(regions)
    var passport: MergedSource.Passport?
    if let field = top["passport"], field.value != .null {
      let members = try field.object(["id", "version"])
      passport = MergedSource.Passport(
        id: try members["id"]!.string(), version: try members["version"]!.count())
    }
    let policies = try top["policies"]!.array().map { field throws(PathwayMergeError) in
      let members = try field.object(["id", "version"])
      return PathwayReport.PolicyVersion(
        id: try members["id"]!.string(), version: try members["version"]!.count())
    }
    var institutions: [String: OrganisationNames] = [:]
    for field in try top["institutions"]!.array() {
      let members = try field.object(["id", "kk", "ru"])
      let id = try members["id"]!.string()
      guard institutions[id] == nil else { throw members["id"]!.repeated(id) }
      institutions[id] = OrganisationNames(
        kk: try members["kk"]!.string(), ru: try members["ru"]!.string())
    }
    let logPosition = try top["log_position"]!.count()
    return PathwayMergeFile(
      tally: tally,
      source: MergedSource(
        regions: regions.sorted(), logPosition: UInt64(logPosition), passport: passport),
      policies: policies, institutions: institutions)
  }

  /// Refuses a published report and any JSON that is not a merge file, before its fields.
  private static func checkKind(_ root: JSONValue, file: String) throws(PathwayMergeError) {
    guard case .object(let members) = root else {
      throw PathwayMergeError(MergeMessage.notMergeFile.text(["file": file]))
    }
    let purpose = members.first { $0.0 == "purpose" }?.1
    let report = members.first { $0.0 == "report" }?.1
    if purpose == nil, report == .string("pathways") {
      throw PathwayMergeError(MergeMessage.publishedReport.text(["file": file]))
    }
    guard purpose == .string(Self.purpose), report == .string("pathways") else {
      throw PathwayMergeError(MergeMessage.notMergeFile.text(["file": file]))
    }
  }

  /// The count tables: each one the report has, once, its columns among those the report's
  /// table may have, each row's counts as many as its columns.
  private static func readTables(_ field: MergeFields, into tally: inout PathwayTally)
    throws(PathwayMergeError)
  {
    let ids = PathwayTally.grids.map { tally[keyPath: $0].id }
    var seen: Set<String> = []
    for table in try field.array() {
      let members = try table.object(["id", "columns", "rows"])
      let id = try members["id"]!.choice(ids.filter { !seen.contains($0) })
      seen.insert(id)
      let grid = PathwayTally.grids[ids.firstIndex(of: id)!]
      let fixed = tally[keyPath: grid].fixedColumns
      var columns: [String] = []
      for column in try members["columns"]!.array() {
        let key: String
        if let fixed { key = try column.choice(fixed) } else { key = try column.string() }
        guard !columns.contains(key) else { throw column.repeated(key) }
        columns.append(key)
      }
      var rows: Set<String> = []
      for row in try members["rows"]!.array() {
        let cells = try row.object(["key", "counts"])
        let key = try cells["key"]!.string()
        guard rows.insert(key).inserted else { throw cells["key"]!.repeated(key) }
        let counts = try cells["counts"]!.array()
        guard counts.count == columns.count else {
          throw cells["counts"]!.error(.expectedSameLength, ["count": String(columns.count)])
        }
        for (column, count) in zip(columns, counts) {
          tally[keyPath: grid].add(key, column, try count.count())
        }
      }
    }
    if let missing = ids.first(where: { !seen.contains($0) }) {
      throw PathwayMergeError(
        MergeMessage.missingField.text([
          "file": field.file, "path": field.path.description, "field": missing,
        ]))
    }
  }

  private static func readAmounts(_ top: [String: MergeFields], into tally: inout PathwayTally)
    throws(PathwayMergeError)
  {
    for field in try top["award_amounts"]!.array() {
      let members = try field.object(["policy", "granted", "paid"])
      let policy = PolicyID(try members["policy"]!.string())
      guard tally.awardAmounts[policy] == nil else {
        throw members["policy"]!.repeated(policy.rawValue)
      }
      tally.awardAmounts[policy] = (
        try members["granted"]!.amount(), try members["paid"]!.amount()
      )
    }
    tally.grantedByDistrict = try readCells(top["award_amounts_by_district"]!, column: "district")
    tally.grantedByCategory = try readCells(top["award_amounts_by_category"]!, column: "category")
    for field in try top["award_budgets"]!.array() {
      let members = try field.object(["policy", "budget_per_year"])
      let policy = PolicyID(try members["policy"]!.string())
      guard tally.awardBudgets[policy] == nil else {
        throw members["policy"]!.repeated(policy.rawValue)
      }
      tally.awardBudgets[policy] = try members["budget_per_year"]!.amount()
    }
    for field in try top["demand"]!.array() {
      let members = try field.object(["specialty", "year", "count"])
      let specialty = SpecialtyCode(rawValue: try members["specialty"]!.string())
      let year = try members["year"]!.year()
      guard tally.demand[specialty]?[year] == nil else {
        throw members["year"]!.repeated("\(specialty.rawValue) \(year)")
      }
      tally.demand[specialty, default: [:]][year] = try members["count"]!.count()
    }
  }

  /// An amount grid written by ``cells(_:column:)``: each policy and `column` key once.
  private static func readCells(_ field: MergeFields, column: String) throws(PathwayMergeError)
    -> AmountGrid
  {
    var grid = AmountGrid()
    var seen: Set<[String]> = []
    for entry in try field.array() {
      let members = try entry.object(["policy", column, "granted"])
      let key = [try members["policy"]!.string(), try members[column]!.string()]
      guard seen.insert(key).inserted else {
        throw members[column]!.repeated(key.joined(separator: " "))
      }
      grid.add(key[0], key[1], try members["granted"]!.amount())
    }
    return grid
  }
}
