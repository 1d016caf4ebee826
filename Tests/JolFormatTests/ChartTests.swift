import JolModel
import Testing

@testable import JolFormat

/// Inline SVG charts: well-formed, deterministic, hidden amounts never to scale.
@Suite struct ChartTests {
  @Test func chartsParseAsXMLAndRepeatByteForByte() {
    let report = sampleReport()
    for case .chart(let chart) in report.sections.flatMap(\.blocks) {
      for language in Language.allCases {
        let svg = chart.svg(language)
        #expect(xmlError(svg) == nil)
        #expect(svg.hasPrefix("<svg viewBox=\"0 0 "))
        #expect(svg == chart.svg(language))
        #expect(!svg.contains("<b>"))
        #expect(!svg.lowercased().contains("http"))
      }
    }
  }

  @Test func barsAreToScaleAndBandsColoured() {
    let chart = BarChart(
      title: .same("t"), labelTitle: .same("l"), valueTitle: .same("v"),
      bars: [
        .init(label: .same("a"), amount: .count(8), band: 2),
        .init(label: .same("b"), amount: .count(2), band: 0),
      ], maximum: FixedDecimal(8), bands: [.same("low"), .same("mid"), .same("high")])
    let svg = chart.svg(.en)
    // The bar area is 340 wide: 8 of 8 fills it, 2 of 8 is a quarter.
    #expect(svg.contains("width=\"340\" height=\"14\" fill=\"\(BarChart.palette[2])\""))
    #expect(svg.contains("width=\"85\" height=\"14\" fill=\"\(BarChart.palette[0])\""))
    #expect(svg.contains(">high</text>"))
  }

  @Test func hiddenAmountsHaveAFixedSizeWhateverTheirSymbol() {
    func diagram(_ symbol: String, shown: Int) -> String {
      FlowDiagram(
        title: .same("f"),
        stages: [
          [.init(id: "a", label: .same("A"), amount: .count(shown + 10))],
          [
            .init(id: "b", label: .same("B"), amount: .count(shown)),
            .init(id: "c", label: .same("C"), amount: .hidden(symbol: symbol)),
          ],
        ],
        links: [
          .init(from: "a", to: "b", amount: .count(shown)),
          .init(from: "a", to: "c", amount: .hidden(symbol: symbol)),
        ]
      ).svg(.kk)
    }
    let svg = diagram("<5", shown: 40)
    #expect(svg.contains("stroke=\"#555\" stroke-width=\"3\" stroke-dasharray=\"4 3\""))
    #expect(svg.contains("<title>A → C: &lt;5</title>"))
    #expect(svg.contains(">C · &lt;5</text>"))
    // The hidden link's drawing is the same whatever the symbol says.
    let dashed = { (svg: String) in
      svg.components(separatedBy: "<path").filter { $0.contains("dasharray") }
        .map { $0.components(separatedBy: "<title>")[0] }
    }
    #expect(dashed(svg) == dashed(diagram("×", shown: 40)))
  }

  @Test func coordinatesAreWrittenTheSameInEveryLocale() {
    #expect(SVGNumber.text(12.5) == "12.5")
    #expect(SVGNumber.text(3) == "3")
    #expect(SVGNumber.text(-0.25) == "-0.25")
    #expect(SVGNumber.text(0.05) == "0.05")
    #expect(SVGNumber.text(1.005) == "1")
    #expect(SVGNumber.text(2.999) == "3")
    #expect(SVGNumber.text(1234.567) == "1234.57")
  }

  @Test func chartsGiveTheirFiguresAsATable() {
    let report = sampleReport(label: "x")
    let tables = report.sections.flatMap(\.blocks).compactMap { block -> DataTable? in
      if case .chart(let chart) = block { return chart.dataTable(.ru) }
      return nil
    }
    #expect(tables.count == 2)
    #expect(tables[1].rows.last == [.string("Grade 9"), .string("Other"), .string("<5")])
    #expect(tables[1].columns.map { $0.title[.ru] } == ["Откуда", "Куда", "Число"])
  }

  @Test func chartCatalogueIsComplete() {
    #expect(MessageCatalogue.problems(ChartMessage.self) == [])
  }
}
