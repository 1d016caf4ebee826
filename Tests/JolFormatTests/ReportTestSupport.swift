import Foundation
import JolFormat
import JolModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses markup with Foundation's XML parser: nil when well-formed, else the error.
func xmlError(_ markup: String) -> String? {
  let parser = XMLParser(data: Data(markup.utf8))
  if parser.parse() { return nil }
  return parser.parserError.map { "\($0)" } ?? "unknown parse error"
}

/// Text a hostile import could have put in a label: markup, entities, quotes, a closing style.
let hostile = "<b>&amp; \"quoted\" 'single' </style><script>alert(1)</script> | *x* \u{202E}"

/// A report using every kind of block.
func sampleReport(label: String = hostile) -> ReportDocument {
  let table = DataTable(
    columns: [
      DataTable.Column("district", LocalizedText(kk: "Аудан", ru: "Район", en: "District")),
      DataTable.Column("pupils", LocalizedText(kk: "Оқушылар", ru: "Учащиеся", en: "Pupils")),
      DataTable.Column("share", LocalizedText(kk: "Үлесі, %", ru: "Доля, %", en: "Share, %")),
    ],
    rows: [
      [.string(label), .number("12345"), .number("12.5")],
      [.string("Ақсу"), .string("<5"), .string("—")],
      [.string("Total & all"), .number("12349"), .number("100")],
    ])
  let bars = BarChart(
    title: .same("Profile " + label), labelTitle: .same("Scale"), valueTitle: .same("Score"),
    bars: [
      .init(label: .same(label), amount: .count(7), band: 2),
      .init(label: .same("Сандар"), amount: .count(3), band: 1),
      .init(label: .same("Hidden"), amount: .hidden(symbol: "<5")),
    ], maximum: FixedDecimal(8), bands: [.same("low"), .same("medium"), .same("high")])
  let flow = FlowDiagram(
    title: .same("Flows"),
    stages: [
      [.init(id: "g9", label: .same("Grade 9"), amount: .count(1200))],
      [
        .init(id: "college", label: .same(label), amount: .count(700)),
        .init(id: "g10", label: .same("Grade 10"), amount: .count(497)),
        .init(id: "other", label: .same("Other"), amount: .hidden(symbol: "<5")),
      ],
    ],
    links: [
      .init(from: "g9", to: "college", amount: .count(700)),
      .init(from: "g9", to: "g10", amount: .count(497)),
      .init(from: "g9", to: "other", amount: .hidden(symbol: "<5")),
    ])
  return ReportDocument(
    title: LocalizedText(kk: "Жол: есеп", ru: "Отчёт", en: "Report " + label),
    header: [(LocalizedText(kk: "Күні", ru: "Дата", en: "As of"), .same("2026-09-01"))],
    sections: [
      ReportSection(
        title: .same("Section " + label),
        blocks: [
          .heading(.same(label)), .paragraph(.same(label)), .notice(.same(label)),
          .definitions([(.same(label), .same(label))]), .table(table, caption: .same(label)),
          .note(.same(label)),
        ]),
      ReportSection(
        title: .same("Charts"), blocks: [.chart(.bars(bars)), .chart(.flow(flow))],
        startsPage: true),
    ])
}
