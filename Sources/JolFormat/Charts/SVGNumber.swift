/// Coordinates and lengths as SVG attributes carry them: rounded to hundredths, written with a
/// point and without trailing zeros (`12.5`, `3`, `-0.25`), whatever the reader's language — so a
/// chart is the same bytes on every machine and in every language.
enum SVGNumber {
  /// `value` rounded to hundredths (halves away from zero), as text.
  static func text(_ value: Double) -> String {
    let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
    let magnitude = hundredths.magnitude
    var text = hundredths < 0 ? "-" : ""
    text += String(magnitude / 100)
    var fraction = magnitude % 100
    guard fraction != 0 else { return text }
    text += "."
    if fraction < 10 { text += "0" }
    if fraction % 10 == 0 { fraction /= 10 }
    return text + String(fraction)
  }
}
