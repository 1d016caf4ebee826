import JolModel

/// A flow (Sankey-like) diagram of stages as inline SVG: columns of nodes, left to right, each a
/// bar whose height is its count; links between nodes of neighbouring columns drawn as bands whose
/// width is their count, stacked in the order given. A hidden amount (`<5`, `×`) is drawn with a
/// fixed thin width and dashed, never to scale, and labelled with its symbol; so the picture shows
/// no more than the published table. The same diagram gives the same bytes.
///
/// ```swift
/// let flows = FlowDiagram(
///   title: LocalizedText(kk: "9-сыныптан кейін", ru: "После 9 класса", en: "After grade 9"),
///   stages: [[.init(id: "g9", label: grade9, amount: .count(1200))],
///            [.init(id: "college", label: college, amount: .count(700)),
///             .init(id: "other", label: other, amount: .hidden(symbol: "<5"))]],
///   links: [.init(from: "g9", to: "college", amount: .count(700)),
///           .init(from: "g9", to: "other", amount: .hidden(symbol: "<5"))])
/// let svg = flows.svg(.ru)
/// ```
public struct FlowDiagram: Sendable {
  /// A node: a group of learners at one stage.
  public struct Node: Sendable {
    /// Names the node in ``Link``s; unique in the diagram.
    public var id: String
    public var label: LocalizedText
    public var amount: ChartAmount

    public init(id: String, label: LocalizedText, amount: ChartAmount) {
      self.id = id
      self.label = label
      self.amount = amount
    }
  }

  /// A flow from a node to a node of a later column.
  public struct Link: Sendable {
    public var from: String
    public var to: String
    public var amount: ChartAmount

    public init(from: String, to: String, amount: ChartAmount) {
      self.from = from
      self.to = to
      self.amount = amount
    }
  }

  public var title: LocalizedText
  /// The columns, left to right; each column's nodes top to bottom.
  public var stages: [[Node]]
  public var links: [Link]

  public init(title: LocalizedText, stages: [[Node]], links: [Link]) {
    self.title = title
    self.stages = stages
    self.links = links
  }

  /// The flows as a table in `language`: from, to, count.
  public func dataTable(_ language: Language) -> DataTable {
    let labels = Dictionary(
      stages.joined().map { ($0.id, $0.label[language]) }, uniquingKeysWith: { first, _ in first })
    return DataTable(
      columns: [
        DataTable.Column("from", ChartMessage.from.text()),
        DataTable.Column("to", ChartMessage.to.text()),
        DataTable.Column("count", ChartMessage.count.text()),
      ],
      rows: links.map { link in
        [
          .string(labels[link.from] ?? link.from), .string(labels[link.to] ?? link.to),
          link.amount.json,
        ]
      })
  }
}
