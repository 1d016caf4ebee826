import JolModel

/// A report written once as blocks and rendered as self-contained HTML (``html(_:)``) or as
/// Markdown (``markdown(_:)``) in one language: the shape every `jol report` and `jol diagnose
/// report` output takes. Texts are ``LocalizedText`` (from the message catalogues), numbers in
/// tables go through ``LocalNumber``.
///
/// ```swift
/// let report = ReportDocument(
///   title: LocalizedText(kk: "Жол есебі", ru: "Отчёт", en: "Report"),
///   header: [(LocalizedText(kk: "Күні", ru: "Дата", en: "As of"), .same("2026-09-01"))],
///   sections: [ReportSection(title: .same("Flows"), blocks: [.table(table, caption: nil)])])
/// let page = report.html(.kk)      // one XHTML-well-formed file, printable on A4
/// let text = report.markdown(.ru)  // the same blocks as Markdown
/// ```
public struct ReportDocument: Sendable {
  /// The title: the HTML `<title>` and the first heading.
  public var title: LocalizedText
  /// What the report is of, shown under the title: the as-of date, the log position, the
  /// versions of the policies used.
  public var header: [(term: LocalizedText, value: LocalizedText)]
  /// The sections in order.
  public var sections: [ReportSection]

  public init(
    title: LocalizedText, header: [(term: LocalizedText, value: LocalizedText)] = [],
    sections: [ReportSection]
  ) {
    self.title = title
    self.header = header
    self.sections = sections
  }
}

/// A titled part of a report. A section that ``startsPage`` begins a new printed page (one
/// pupil's profile, the appendix).
public struct ReportSection: Sendable {
  public var title: LocalizedText
  public var blocks: [ReportBlock]
  public var startsPage: Bool

  public init(title: LocalizedText, blocks: [ReportBlock], startsPage: Bool = false) {
    self.title = title
    self.blocks = blocks
    self.startsPage = startsPage
  }
}

/// One block of a report section.
public enum ReportBlock: Sendable {
  /// A subheading inside a section.
  case heading(LocalizedText)
  /// A paragraph of text.
  case paragraph(LocalizedText)
  /// A boxed notice a reader must not miss ("results guide, never select").
  case notice(LocalizedText)
  /// Terms and their values (what a figure is of, the legend of a table's symbols).
  case definitions([(term: LocalizedText, value: LocalizedText)])
  /// A table with an optional caption. Numeric columns (``ReportCell/isNumeric(column:of:)``)
  /// are right-aligned; the first column heads its row when it is not numeric.
  case table(DataTable, caption: LocalizedText?)
  /// A chart: inline SVG in HTML, its data as a table in Markdown.
  case chart(ReportChart)
  /// Small print under a table or chart (what `<5` and `×` mean).
  case note(LocalizedText)
}

/// A chart of a report.
public enum ReportChart: Sendable {
  case bars(BarChart)
  case flow(FlowDiagram)

  /// The chart's title (its caption).
  public var title: LocalizedText {
    switch self {
    case .bars(let chart): chart.title
    case .flow(let chart): chart.title
    }
  }

  /// The chart as SVG markup in `language`.
  public func svg(_ language: Language) -> String {
    switch self {
    case .bars(let chart): chart.svg(language)
    case .flow(let chart): chart.svg(language)
    }
  }

  /// The figures the chart draws, as a table in `language`: the chart in Markdown.
  public func dataTable(_ language: Language) -> DataTable {
    switch self {
    case .bars(let chart): chart.dataTable(language)
    case .flow(let chart): chart.dataTable(language)
    }
  }
}
