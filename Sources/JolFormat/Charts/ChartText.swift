/// Texts inside charts: SVG does not wrap, so a long label is cut to fit its place.
enum ChartText {
  /// The most characters a chart label shows.
  static let maximumLength = 34

  /// `text`, cut to ``maximumLength`` characters with `…` when longer.
  static func shortened(_ text: String) -> String {
    text.count <= maximumLength ? text : String(text.prefix(maximumLength - 1)) + "…"
  }
}
