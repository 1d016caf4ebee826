import JolModel

/// A horizontal bar chart as inline SVG: one bar per label, drawn to one scale, the value written
/// after the bar; bars may be coloured by band (a pupil's scale profile: not expressed, medium,
/// pronounced) with a legend. A hidden amount is a short dashed bar, never to scale. The same
/// chart gives the same bytes; everything is sized in the `viewBox`.
///
/// ```swift
/// let profile = BarChart(
///   title: LocalizedText(kk: "Бейін", ru: "Профиль", en: "Profile"),
///   labelTitle: scaleTitle, valueTitle: scoreTitle,
///   bars: [.init(label: .same("Техника"), amount: .count(7), band: 2)],
///   maximum: FixedDecimal(8), bands: [notExpressed, medium, pronounced])
/// let svg = profile.svg(.kk)
/// ```
public struct BarChart: Sendable {
  /// One bar.
  public struct Bar: Sendable {
    public var label: LocalizedText
    public var amount: ChartAmount
    /// The index into ``BarChart/bands`` that colours the bar; nil for the plain colour.
    public var band: Int?

    public init(label: LocalizedText, amount: ChartAmount, band: Int? = nil) {
      self.label = label
      self.amount = amount
      self.band = band
    }
  }

  public var title: LocalizedText
  /// The heading of the labels' column in the data table ("Scale", "District").
  public var labelTitle: LocalizedText
  /// The heading of the values' column in the data table ("Score", "Pupils").
  public var valueTitle: LocalizedText
  public var bars: [Bar]
  /// The value at the right end of the scale (8 for a Klimov type); the largest bar when nil.
  public var maximum: FixedDecimal?
  /// The names of the bands, in the order of their colours (at most ``palette``'s count).
  public var bands: [LocalizedText]

  public init(
    title: LocalizedText, labelTitle: LocalizedText, valueTitle: LocalizedText, bars: [Bar],
    maximum: FixedDecimal? = nil, bands: [LocalizedText] = []
  ) {
    self.title = title
    self.labelTitle = labelTitle
    self.valueTitle = valueTitle
    self.bars = bars
    self.maximum = maximum
    self.bands = bands
  }

  /// Band colours, light to dark, distinct in grey print too.
  static let palette = ["#b8c4d0", "#6f94bf", "#1f4e79", "#c2772e", "#7a4e9e"]
  static let plain = "#4f7cac"

  private static let width = 640.0
  private static let labelWidth = 210.0
  private static let barArea = 340.0
  private static let rowHeight = 22.0
  private static let barHeight = 14.0
  private static let hiddenWidth = 8.0

  /// The chart as SVG markup in `language`.
  public func svg(_ language: Language) -> String {
    let top = 8.0
    let legendHeight = bands.isEmpty ? 0 : Self.rowHeight + 4
    let height = top + Double(bars.count) * Self.rowHeight + 20 + legendHeight
    let scale = Self.barArea / max(maximumValue, 1e-9)
    var svg = MarkupWriter()
    svg.start(
      "svg",
      [
        ("viewBox", "0 0 \(SVGNumber.text(Self.width)) \(SVGNumber.text(height))"),
        ("role", "img"), ("font-family", "sans-serif"), ("font-size", "12"),
      ])
    svg.element("title", text: title[language])
    let axisBottom = top + Double(bars.count) * Self.rowHeight
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * Self.rowHeight
      let barY = y + (Self.rowHeight - Self.barHeight) / 2
      let textY = SVGNumber.text(y + Self.rowHeight / 2 + 4)
      svg.element(
        "text", [("x", SVGNumber.text(Self.labelWidth - 6)), ("y", textY), ("text-anchor", "end")],
        text: ChartText.shortened(bar.label[language]))
      let length: Double
      if let value = bar.amount.scaled {
        length = max(0, value) * scale
        svg.empty(
          "rect",
          [
            ("x", SVGNumber.text(Self.labelWidth)), ("y", SVGNumber.text(barY)),
            ("width", SVGNumber.text(length)), ("height", SVGNumber.text(Self.barHeight)),
            ("fill", colour(bar.band)),
          ])
      } else {
        length = Self.hiddenWidth
        svg.empty(
          "rect",
          [
            ("x", SVGNumber.text(Self.labelWidth)), ("y", SVGNumber.text(barY)),
            ("width", SVGNumber.text(length)), ("height", SVGNumber.text(Self.barHeight)),
            ("fill", "none"), ("stroke", "#555"), ("stroke-dasharray", "2 2"),
          ])
      }
      svg.element(
        "text", [("x", SVGNumber.text(Self.labelWidth + length + 5)), ("y", textY)],
        text: bar.amount.text(language))
    }
    axis(&svg, bottom: axisBottom, top: top, language)
    legend(&svg, y: axisBottom + 22, language)
    svg.end()
    return svg.finished()
  }

  /// The bars' figures as a table in `language`: label, amount and, with bands, the band.
  public func dataTable(_ language: Language) -> DataTable {
    var columns = [DataTable.Column("label", labelTitle), DataTable.Column("value", valueTitle)]
    if !bands.isEmpty { columns.append(DataTable.Column("band", ChartMessage.band.text())) }
    return DataTable(
      columns: columns,
      rows: bars.map { bar in
        var row: [JSONValue] = [.string(bar.label[language]), bar.amount.json]
        if !bands.isEmpty {
          row.append(
            bar.band.flatMap { $0 < bands.count ? .string(bands[$0][language]) : nil } ?? .null)
        }
        return row
      })
  }

  private var maximumValue: Double {
    if let maximum { return Double(maximum.units) / Double(FixedDecimal.scale) }
    return bars.compactMap(\.amount.scaled).max() ?? 0
  }

  private func colour(_ band: Int?) -> String {
    guard let band else { return Self.plain }
    return Self.palette[band % Self.palette.count]
  }

  private func axis(_ svg: inout MarkupWriter, bottom: Double, top: Double, _ language: Language) {
    let left = SVGNumber.text(Self.labelWidth)
    let right = SVGNumber.text(Self.labelWidth + Self.barArea)
    svg.empty(
      "path",
      [
        ("d", "M\(left) \(SVGNumber.text(top))V\(SVGNumber.text(bottom))H\(right)"),
        ("fill", "none"), ("stroke", "#888"), ("stroke-width", "1"),
      ])
    let labelY = SVGNumber.text(bottom + 14)
    svg.element("text", [("x", left), ("y", labelY), ("text-anchor", "middle")], text: "0")
    let maximumText =
      maximum.map { LocalNumber.decimal($0, language) }
      ?? bars.compactMap { bar -> FixedDecimal? in
        if case .value(let value) = bar.amount { return value } else { return nil }
      }.max().map { LocalNumber.decimal($0, language) } ?? "0"
    svg.element(
      "text", [("x", right), ("y", labelY), ("text-anchor", "middle")], text: maximumText)
  }

  private func legend(_ svg: inout MarkupWriter, y: Double, _ language: Language) {
    var x = Self.labelWidth
    for (index, band) in bands.enumerated() {
      svg.empty(
        "rect",
        [
          ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("width", "12"), ("height", "12"),
          ("fill", colour(index)),
        ])
      let name = ChartText.shortened(band[language])
      svg.element(
        "text", [("x", SVGNumber.text(x + 16)), ("y", SVGNumber.text(y + 10))], text: name)
      x += 16 + Double(name.count) * 7 + 14
    }
  }
}
