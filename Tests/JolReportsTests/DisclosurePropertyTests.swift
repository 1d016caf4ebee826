import JolModel
import Testing

@testable import JolReports

/// Disclosure control on many random tables (seeded: the same tables on every run).
@Suite struct DisclosurePropertyTests {
  /// A random table: a mix of zeros, small counts and larger counts.
  private func table(_ id: String, rows: Int, columns: Int, _ random: inout SplitMix64)
    -> CountTable
  {
    let counts = (0..<rows).map { _ in
      (0..<columns).map { _ -> Int in
        switch random.next() % 10 {
        case 0, 1: 0
        case 2, 3, 4: Int(random.next() % 5)
        default: Int(random.next() % 40) + 5
        }
      }
    }
    return CountTable(
      id: id, rows: (0..<rows).map { "r\($0)" }, columns: (0..<columns).map { "c\($0)" },
      counts: counts)
  }

  private func check(_ tables: [CountTable], _ report: ProtectedReport, k: Int) {
    let audit = DisclosureAuditor().audit(report)
    // The one case cell suppression cannot protect (documented on DisclosureControl): a line
    // whose total and every non-zero count are below k, k − 1 ones summing to k − 1.
    let unprotectable = audit.hidden.filter(\.isDerivable).allSatisfy { figure in
      let table = tables[figure.tableIndex]
      let rowLine = figure.row.map { table.counts[$0] + [table.rowTotals[$0]] }
      let columnLine = figure.column.map { column in
        table.counts.map { $0[column] } + [table.columnTotals[column]]
      }
      return [rowLine, columnLine].contains { line in
        guard let line else { return false }
        return line.allSatisfy { $0 < k } && line.filter { $0 > 0 }.count == k
      }
    }
    #expect(unprotectable, "\(audit.findings) in \(tables.map(\.counts))")
    #expect(!audit.findings.contains { $0.contains("is shown") })
    for (original, protected) in zip(tables, report.tables) {
      let values =
        Array(original.counts.joined()) + original.rowTotals + original.columnTotals
        + [original.rowTotals.reduce(0, +)]
      for (value, status) in zip(values, protected.allStatuses) {
        switch status {
        case .zero: #expect(value == 0)
        case .shown(let shown): #expect(shown == value && shown >= k)
        case .suppressed(.primary): #expect(value > 0 && value < k)
        case .suppressed(.complementary): #expect(value >= k)
        }
      }
    }
  }

  @Test(arguments: [3, 5])
  func randomTablesDiscloseNothing(k: Int) throws {
    var random = SplitMix64(seed: 0x4A4F_4C00 + UInt64(k))
    var shown = 0
    var large = 0
    for _ in 0..<150 {
      let rows = 2 + Int(random.next() % 4)
      let columns = 2 + Int(random.next() % 4)
      let tables = [table("t", rows: rows, columns: columns, &random)]
      let report = try DisclosureControl(minimumCellSize: k).protect(tables)
      check(tables, report, k: k)
      for (value, status) in zip(tables[0].counts.joined(), report.tables[0].cells.joined())
      where value >= k {
        large += 1
        if status.count != nil { shown += 1 }
      }
    }
    // Complements are chosen, not everything hidden: most large counts stay published.
    #expect(shown * 2 > large, "\(shown) of \(large) large counts shown")
  }

  /// Two tables sharing their row totals (districts), protected together.
  @Test func linkedTablesDiscloseNothing() throws {
    var random = SplitMix64(seed: 0x4A4F_4C4B)
    for _ in 0..<60 {
      let rows = 2 + Int(random.next() % 3)
      let first = table("a", rows: rows, columns: 2 + Int(random.next() % 3), &random)
      // The second splits each district's total in two other columns.
      let totals = first.rowTotals
      let counts = totals.map { total -> [Int] in
        let part = total == 0 ? 0 : Int(random.next() % UInt64(total + 1))
        return [part, total - part]
      }
      var linked = first
      linked.rowMargin = "district"
      let second = CountTable(
        id: "b", rows: first.rows, columns: ["yes", "no"], counts: counts, rowMargin: "district")
      let tables = [linked, second]
      let report = try DisclosureControl().protect(tables)
      check(tables, report, k: 5)
    }
  }
}
