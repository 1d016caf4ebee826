import JolFormat
import JolModel

/// A passport KPI beside the figure the pathway report computed for it, on the report's date.
public struct KPIResult: Hashable, Sendable {
  public var kpi: KPI
  /// The report's figure, as published (a hidden count stays hidden); nil when the log has
  /// nothing it is computed from.
  public var figure: ReportFigure?
  /// Where the path from the baseline to the targets stands on the date.
  public var path: FixedDecimal
  public var status: KPIStatus

  /// The KPI against the figure of `indicators` for its metric, on `asOf`.
  public init(_ kpi: KPI, indicators: [Indicator: ReportFigure], asOf: CivilDate) {
    self.kpi = kpi
    figure = indicators[kpi.metric]
    path = kpi.path(asOf: asOf)
    status = figure.map { KPIStatus(value: Self.value($0), kpi: kpi, asOf: asOf) } ?? .noData
  }

  /// The published value of a figure; nil when it is withheld.
  static func value(_ figure: ReportFigure) -> FixedDecimal? {
    switch figure {
    case .count(let status): status.count.map { FixedDecimal($0) }
    case .rate(.percent(let value)): value
    case .number(let value): FixedDecimal(value)
    case .rate(.withheld), .withheld, .amount, .year, .word: nil
    }
  }
}

extension KPIResult {
  /// The KPIs as one published table: a row per KPI (its title and unit), its baseline and
  /// targets with their years, the path and the value on `asOf` (empty when there is no data),
  /// and the status.
  static func table(_ results: [KPIResult], asOf: CivilDate) -> PublishedTable {
    let date = ["date": asOf.description]
    return PublishedTable(
      id: "passport_kpis", caption: PassportMessage.kpis.text(),
      rowHeading: PassportMessage.kpi.text(),
      rows: results.map { result in
        TableLabel(
          result.kpi.id,
          PassportMessage.withUnit.text([
            "title": result.kpi.title, "unit": result.kpi.unit.title,
          ]))
      },
      columns: [
        TableLabel("baseline_year", PassportMessage.baselineYear.text()),
        TableLabel("baseline", PassportMessage.baseline.text()),
        TableLabel("short_term_year", PassportMessage.shortTermYear.text()),
        TableLabel("short_term_target", PassportMessage.shortTermTarget.text()),
        TableLabel("long_term_year", PassportMessage.longTermYear.text()),
        TableLabel("long_term_target", PassportMessage.longTermTarget.text()),
        TableLabel("path", PassportMessage.path.text(date)),
        TableLabel("value", PassportMessage.value.text(date)),
        TableLabel("status", PassportMessage.status.text()),
      ],
      cells: results.map { result in
        let kpi = result.kpi
        func figure(_ value: FixedDecimal) -> ReportFigure {
          kpi.unit == .percent
            ? .rate(.percent(value)) : .number(Int(value.units / FixedDecimal.scale))
        }
        return [
          .year(kpi.baseline.year), figure(kpi.baseline.value),
          .year(kpi.shortTerm.year), figure(kpi.shortTerm.value),
          .year(kpi.longTerm.year), figure(kpi.longTerm.value),
          // No data is no figure, not a withheld one: an empty cell, no `—` legend.
          figure(result.path), result.figure ?? .word(key: "", title: .same("")),
          .word(key: result.status.rawValue, title: result.status.title),
        ]
      })
  }
}
