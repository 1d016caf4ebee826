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
    guard let parts = parts(text) else { return nil }
    guard parts.hasExponent else { return text }
    guard abs(parts.exponent) <= 30 else { return nil }
    var digits = String(parts.whole) + String(parts.fraction)
    var point = parts.whole.utf8.count + parts.exponent
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
    return (parts.negative ? "-" : "") + integer + (decimals.isEmpty ? "" : "." + decimals)
  }

  /// Sign, digits before and after the point, and the exponent; nil when not a number. Read on
  /// the UTF-8 bytes: facts files hold many numbers, and each is read here.
  private static func parts(_ text: String) -> (
    negative: Bool, whole: Substring, fraction: Substring, exponent: Int, hasExponent: Bool
  )? {
    let bytes = text.utf8
    var index = bytes.startIndex
    let end = bytes.endIndex
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    /// Moves past a run of ASCII digits; false when there is none.
    func digits() -> Bool {
      let start = index
      while index < end, isDigit(bytes[index]) { index = bytes.index(after: index) }
      return index > start
    }
    var negative = false
    if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index = bytes.index(after: index)
    }
    let wholeStart = index
    guard digits() else { return nil }
    let whole = text[wholeStart..<index]
    var fraction = Substring("")
    if index < end, bytes[index] == UInt8(ascii: ".") {
      index = bytes.index(after: index)
      let fractionStart = index
      guard digits() else { return nil }
      fraction = text[fractionStart..<index]
    }
    var exponent = 0
    var hasExponent = false
    if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      hasExponent = true
      index = bytes.index(after: index)
      var exponentNegative = false
      if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index = bytes.index(after: index)
      }
      let digitsStart = index
      guard digits() else { return nil }
      let count = bytes.distance(from: digitsStart, to: index)
      // More than six digits is beyond any bound; keep the value huge without overflowing.
      let magnitude = count > 6 ? 1_000_000 : Int(text[digitsStart..<index])!
      exponent = exponentNegative ? -magnitude : magnitude
    }
    guard index == end else { return nil }
    return (negative, whole, fraction, exponent, hasExponent)
  }
}
