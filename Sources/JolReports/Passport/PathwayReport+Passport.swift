import JolFormat
import JolModel

extension PathwayReport {
  /// The report with the KPIs of `passport` against its figures: the passport's id and
  /// version in the header (and in JSON, `passport`), and a last section with the KPI table
  /// (``KPIResult``) and the rule of its statuses. The targets are the region's: a report of one
  /// district is returned as it is.
  public func with(passport: ClusterPassport) -> PathwayReport {
    guard scope.district == nil else { return self }
    var report = self
    report.extraHeader.append(
      ("passport", PassportMessage.passport.text(), .same("\(passport.id) v\(passport.version)")))
    report.extraJSON.append(
      (
        "passport",
        .object([("id", .string(passport.id)), ("version", .int(passport.version))])
      ))
    report.sections.append(
      Section(
        id: "passport_kpis", title: PassportMessage.kpiSection.text(),
        blocks: kpiBlocks(passport)))
    return report
  }

  /// The KPI results of `passport` on the report's date.
  public func kpiResults(_ passport: ClusterPassport) -> [KPIResult] {
    passport.kpis.map { KPIResult($0, indicators: indicators, asOf: scope.asOf) }
  }

  /// The KPI table, the legend of its symbols, and the status rule.
  func kpiBlocks(_ passport: ClusterPassport) -> [Block] {
    let table = KPIResult.table(kpiResults(passport), asOf: scope.asOf)
    let legend = protected.legend(for: table.statuses, withheldRates: table.hasWithheld)
    return [.table(table)] + legend.map(Block.note) + [.note(PassportMessage.statusRule.text())]
  }
}
