/// Numbers as written in facts files and test files, read from their text (never through a
/// binary float): JSON's exponent form is expanded into plain digits, so `3.5e0` is `3.5`, and
/// a number too large to hold stays as written, for the message that refuses it.
public enum NumberText {
  /// Whether `text` is a number in JSON's grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
  /// A leading `+` and leading zeros are also taken, as spreadsheets write them.
  public static func isNumber(_ text: String) -> Bool { parts(text) != nil }

  /// `text` without exponent (`1.5e2` → `150`, `25e-1` → `2.5`); `text` itself when it has none;
  /// nil when it is not a number or its exponent moves the point more than 30 places (no fact
  /// takes such a number; the caller reports it as out of range).
  public static func plain(_ text: String) -> String? {
    guard let (negative, whole, fraction, exponent) = parts(text) else { return nil }
    guard text.contains(where: { $0 == "e" || $0 == "E" }) else { return text }
    guard abs(exponent) <= 30 else { return nil }
    var digits = whole + fraction
    var point = whole.count + exponent
    if point < 0 {
      digits = String(repeating: "0", count: -point) + digits
      point = 0
    }
    if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
    var integer = String(digits.prefix(point))
    var decimals = String(digits.dropFirst(point))
    while integer.count > 1 && integer.first == "0" { integer.removeFirst() }
    if integer.isEmpty { integer = "0" }
    while decimals.last == "0" { decimals.removeLast() }
    return (negative ? "-" : "") + integer + (decimals.isEmpty ? "" : "." + decimals)
  }

  /// Sign, digits before and after the point, and the exponent; nil when not a number.
  private static func parts(_ text: String) -> (Bool, String, String, Int)? {
    var rest = Substring(text)
    var negative = false
    if let first = rest.first, first == "-" || first == "+" {
      negative = first == "-"
      rest = rest.dropFirst()
    }
    let whole = rest.prefix { $0.isASCII && $0.isNumber }
    guard !whole.isEmpty else { return nil }
    rest = rest.dropFirst(whole.count)
    var fraction = Substring("")
    if rest.first == "." {
      rest = rest.dropFirst()
      fraction = rest.prefix { $0.isASCII && $0.isNumber }
      guard !fraction.isEmpty else { return nil }
      rest = rest.dropFirst(fraction.count)
    }
    var exponent = 0
    if let e = rest.first, e == "e" || e == "E" {
      rest = rest.dropFirst()
      var exponentNegative = false
      if let sign = rest.first, sign == "-" || sign == "+" {
        exponentNegative = sign == "-"
        rest = rest.dropFirst()
      }
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty else { return nil }
      rest = rest.dropFirst(digits.count)
      // More than six digits is beyond any bound; keep the value huge without overflowing.
      let magnitude = digits.count > 6 ? 1_000_000 : Int(digits)!
      exponent = exponentNegative ? -magnitude : magnitude
    }
    guard rest.isEmpty else { return nil }
    return (negative, String(whole), String(fraction), exponent)
  }
}
