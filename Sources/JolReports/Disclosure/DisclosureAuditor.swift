/// Checks a protected report the way a determined reader would attack it, independently of
/// ``DisclosureControl`` (its own reading of the published tables, its own search): for each
/// hidden count, the exact interval of values consistent with everything published — every
/// shown count and total, `<k` meaning 1…k − 1, `×` meaning at least k, every row and column
/// summing to its total, tables that name one margin sharing its totals, counts whole and
/// non-negative. A hidden count is **derivable** when that interval is a single value.
///
/// The search is exact (depth-first over bisected intervals, pruned by bounds propagation) and
/// exponential in the worst case: it is meant for tests and for tables of report size.
///
/// ```swift
/// let audit = DisclosureAuditor().audit(report)
/// audit.findings  // [] when nothing is disclosed
/// ```
public struct DisclosureAuditor: Sendable {
  /// A count a reader is assumed never to exceed (bounds hidden counts that no shown total
  /// bounds); above any real count.
  public var assumedMaximum: Int

  public init(assumedMaximum: Int = 1_000_000) {
    self.assumedMaximum = assumedMaximum
  }

  /// A hidden figure and the values a reader can narrow it to.
  public struct HiddenFigure: Hashable, Sendable {
    public var table: String
    /// "row/column", "row/total", "total/column" or "total/total".
    public var position: String
    /// The table's index in the report, and the row and column indices (nil for the totals').
    public var tableIndex: Int
    public var row: Int?
    public var column: Int?
    public var lower: Int
    /// nil when unbounded (up to ``DisclosureAuditor/assumedMaximum``).
    public var upper: Int?
    public var isDerivable: Bool { upper == lower }
  }

  /// What the audit found.
  public struct Audit: Sendable {
    /// Every hidden figure with its interval.
    public var hidden: [HiddenFigure]
    /// What discloses: a shown count between 1 and k − 1, a derivable hidden figure.
    public var findings: [String]
  }

  /// Audits `report`.
  public func audit(_ report: ProtectedReport) -> Audit {
    let problem = AuditProblem(report, assumedMaximum: assumedMaximum)
    var findings: [String] = []
    for (position, value) in problem.shownSmall {
      findings.append("\(position): \(value) is shown, below \(report.minimumCellSize)")
    }
    var hidden: [HiddenFigure] = []
    for (variable, position) in problem.positions.enumerated() {
      let (lower, upper) = problem.range(of: variable)
      let figure = HiddenFigure(
        table: position.table, position: position.place, tableIndex: position.tableIndex,
        row: position.row, column: position.column, lower: lower,
        upper: upper >= assumedMaximum ? nil : upper)
      if figure.isDerivable {
        findings.append("\(position.table) \(position.place): hidden, but derivable as \(lower)")
      }
      hidden.append(figure)
    }
    return Audit(hidden: hidden, findings: findings)
  }
}
