import JolModel

extension FlowDiagram {
  private static let width = 800.0
  private static let plotHeight = 360.0
  private static let top = 10.0
  private static let nodeWidth = 12.0
  private static let gap = 14.0
  private static let labelRoom = 190.0
  /// The drawn size of a hidden node or link: fixed, so it tells nothing of the count.
  private static let hiddenSize = 3.0

  /// Where a node is drawn.
  private struct Place {
    var x: Double
    var y: Double
    var height: Double
    var outgoing = 0.0
    var incoming = 0.0
  }

  /// The diagram as SVG markup in `language`.
  public func svg(_ language: Language) -> String {
    var places = layout()
    var svg = MarkupWriter()
    let height = Self.top * 2 + Self.plotHeight
    svg.start(
      "svg",
      [
        ("viewBox", "0 0 \(SVGNumber.text(Self.width)) \(SVGNumber.text(height))"),
        ("role", "img"), ("font-family", "sans-serif"), ("font-size", "12"),
      ])
    svg.element("title", text: title[language])
    let labels = Dictionary(
      stages.joined().map { ($0.id, $0.label[language]) }, uniquingKeysWith: { first, _ in first })
    for link in links {
      guard var from = places[link.from], var to = places[link.to] else { continue }
      let thickness = link.amount.scaled.map { max(0, $0) * scale } ?? Self.hiddenSize
      let y0 = from.y + from.outgoing + thickness / 2
      let y1 = to.y + to.incoming + thickness / 2
      from.outgoing += thickness
      to.incoming += thickness
      places[link.from] = from
      places[link.to] = to
      let x0 = from.x + Self.nodeWidth
      let x1 = to.x
      let middle = (x0 + x1) / 2
      let path =
        "M\(SVGNumber.text(x0)) \(SVGNumber.text(y0))C\(SVGNumber.text(middle)) \(SVGNumber.text(y0)) "
        + "\(SVGNumber.text(middle)) \(SVGNumber.text(y1)) \(SVGNumber.text(x1)) \(SVGNumber.text(y1))"
      var attributes = [("d", path), ("fill", "none")]
      if link.amount.scaled == nil {
        attributes += [
          ("stroke", "#555"), ("stroke-width", SVGNumber.text(Self.hiddenSize)),
          ("stroke-dasharray", "4 3"),
        ]
      } else {
        attributes += [
          ("stroke", "#6f94bf"), ("stroke-opacity", "0.45"),
          ("stroke-width", SVGNumber.text(max(thickness, 0.5))),
        ]
      }
      svg.start("path", attributes)
      let fromLabel = labels[link.from] ?? link.from
      let toLabel = labels[link.to] ?? link.to
      svg.element("title", text: "\(fromLabel) → \(toLabel): \(link.amount.text(language))")
      svg.end()
    }
    // Labels go right of their node (the last column's into the room kept for them), on a white
    // halo over the links.
    for nodes in stages {
      for node in nodes {
        guard let place = places[node.id] else { continue }
        var attributes = [
          ("x", SVGNumber.text(place.x)), ("y", SVGNumber.text(place.y)),
          ("width", SVGNumber.text(Self.nodeWidth)), ("height", SVGNumber.text(place.height)),
        ]
        attributes +=
          node.amount.scaled == nil
          ? [("fill", "none"), ("stroke", "#555"), ("stroke-dasharray", "2 2")]
          : [("fill", "#1f4e79")]
        svg.empty("rect", attributes)
        svg.element(
          "text",
          [
            ("x", SVGNumber.text(place.x + Self.nodeWidth + 5)),
            ("y", SVGNumber.text(place.y + place.height / 2 + 4)), ("paint-order", "stroke"),
            ("stroke", "#fff"), ("stroke-width", "3"),
          ],
          text: ChartText.shortened(node.label[language]) + " · " + node.amount.text(language))
      }
    }
    svg.end()
    return svg.finished()
  }

  /// Pixels per learner: the fullest column fills the plot's height, less the gaps.
  private var scale: Double {
    var scale = Double.infinity
    for nodes in stages where !nodes.isEmpty {
      let total = nodes.compactMap(\.amount.scaled).reduce(0) { $0 + max(0, $1) }
      let hidden = Double(nodes.filter { $0.amount.scaled == nil }.count) * Self.hiddenSize
      let room = Self.plotHeight - Double(nodes.count - 1) * Self.gap - hidden
      if total > 0 { scale = min(scale, max(room, 1) / total) }
    }
    return scale.isFinite ? scale : 1
  }

  /// Each node's place: columns evenly spread, nodes stacked from the top with gaps.
  private func layout() -> [String: Place] {
    var places: [String: Place] = [:]
    let scale = self.scale
    let span = Self.width - Self.nodeWidth - Self.labelRoom - 10
    for (column, nodes) in stages.enumerated() {
      let x = stages.count > 1 ? 10 + span * Double(column) / Double(stages.count - 1) : 10
      var y = Self.top
      for node in nodes {
        let height = node.amount.scaled.map { max(1, max(0, $0) * scale) } ?? Self.hiddenSize
        places[node.id] = Place(x: x, y: y, height: height)
        y += height + Self.gap
      }
    }
    return places
  }
}
