import JolFormat
import JolModel

extension PathwayMergeFile {
  /// The marker of a merge file: its `purpose` member, first in the object.
  public static let purpose = "merge"

  /// The file as JSON, keys in snake_case, everything sorted by key so that the same log gives
  /// the same bytes: the marker and the warning first, then what must agree between regions,
  /// then the counts — each table its columns and each row's counts in their order.
  public func json() -> JSONValue {
    let money = { (amount: Money) in JSONValue.number(amount.description) }
    let tables = Self.grids(tally).map { grid -> JSONValue in
      let columns = grid.columnKeys
      return .object([
        ("id", .string(grid.id)), ("columns", .array(columns.map(JSONValue.string))),
        (
          "rows",
          .array(
            grid.rowKeys.map { row in
              .object([
                ("key", .string(row)),
                ("counts", .array(columns.map { .int(grid.count(row, $0)) })),
              ])
            })
        ),
      ])
    }
    let warning = MergeMessage.warning.text()
    return .object([
      ("purpose", .string(Self.purpose)),
      (
        "warning",
        .object(Language.allCases.map { ($0.rawValue, .string(warning[$0])) })
      ),
      ("report", .string("pathways")), ("format_version", .int(Self.formatVersion)),
      ("as_of", .string(scope.asOf.description)), ("cohort", .int(scope.cohort)),
      ("district", .optional(scope.district)),
      ("regions", .array(source.regions.map(JSONValue.string))),
      ("log_position", .int(source.logPosition)),
      (
        "passport",
        source.passport.map {
          .object([("id", .string($0.id)), ("version", .int($0.version))])
        } ?? .null
      ),
      (
        "policies",
        .array(policies.map { .object([("id", .string($0.id)), ("version", .int($0.version))]) })
      ),
      (
        "institutions",
        .array(
          institutions.keys.sorted().map { id in
            .object([
              ("id", .string(id)), ("kk", .string(institutions[id]!.kk)),
              ("ru", .string(institutions[id]!.ru)),
            ])
          })
      ),
      ("has_diagnostics", .bool(tally.hasDiagnostics)),
      ("has_mentorships", .bool(tally.hasMentorships)),
      ("tables", .array(tables)),
      (
        "award_amounts",
        .array(
          tally.awardAmounts.keys.sorted { $0.rawValue < $1.rawValue }.map { policy in
            let sums = tally.awardAmounts[policy]!
            return .object([
              ("policy", .string(policy.rawValue)), ("granted", money(sums.granted)),
              ("paid", money(sums.paid)),
            ])
          })
      ),
      ("award_amounts_by_district", Self.cells(tally.grantedByDistrict, column: "district")),
      ("award_amounts_by_category", Self.cells(tally.grantedByCategory, column: "category")),
      (
        "award_budgets",
        .array(
          tally.awardBudgets.keys.sorted { $0.rawValue < $1.rawValue }.map { policy in
            .object([
              ("policy", .string(policy.rawValue)),
              ("budget_per_year", money(tally.awardBudgets[policy]!)),
            ])
          })
      ),
      (
        "demand",
        .array(
          tally.demand.keys.sorted { $0.rawValue < $1.rawValue }.flatMap { specialty in
            tally.demand[specialty]!.keys.sorted().map { year -> JSONValue in
              .object([
                ("specialty", .string(specialty.rawValue)), ("year", .int(year)),
                ("count", .int(tally.demand[specialty]![year]!)),
              ])
            }
          })
      ),
    ])
  }

  /// An amount grid by policy and `column` (`district`, `category`): one entry per cell.
  static func cells(_ grid: AmountGrid, column: String) -> JSONValue {
    .array(
      grid.cells.map { cell in
        .object([
          ("policy", .string(cell.row)), (column, .string(cell.column)),
          ("granted", .number(cell.amount.description)),
        ])
      })
  }

  /// The tally's grids in the order of ``PathwayTally/grids``.
  static func grids(_ tally: PathwayTally) -> [CountGrid] {
    PathwayTally.grids.map { tally[keyPath: $0] }
  }
}
