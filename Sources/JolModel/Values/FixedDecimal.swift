import Foundation

/// An exact decimal number with four fractional digits (GPA 3.4500, attendance 92.5000, a share
/// 0.3000), held as an integer count of ten-thousandths. Comparisons and sums are exact and fast;
/// no binary floating point is ever involved in a decision.
public struct FixedDecimal: Hashable, Comparable, Sendable {
  /// Number of ten-thousandths: 3.45 is 34 500.
  public let units: Int64

  /// Units in one whole: 10 000.
  public static let scale: Int64 = 10_000
  public static let fractionDigits = 4
  public static let zero = FixedDecimal(units: 0)

  public init(units: Int64) { self.units = units }
  public init(_ whole: Int) { self.units = Int64(whole) * Self.scale }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.units < rhs.units }
  public static func + (lhs: Self, rhs: Self) -> Self { Self(units: lhs.units + rhs.units) }
  public static func - (lhs: Self, rhs: Self) -> Self { Self(units: lhs.units - rhs.units) }
  public static prefix func - (value: Self) -> Self { Self(units: -value.units) }

  /// The product, rounded half away from zero to four fractional digits.
  public static func * (lhs: Self, rhs: Self) -> Self {
    let (high, low) = lhs.units.multipliedFullWidth(by: rhs.units)
    let product = (high, low)
    let (quotient, remainder) = Self.scale.dividingFullWidth(product)
    return Self(units: quotient + Self.roundingCarry(remainder: remainder, divisor: Self.scale))
  }

  /// The quotient, rounded half away from zero to four fractional digits; nil when dividing by
  /// zero.
  public func divided(by divisor: Self) -> Self? {
    guard divisor.units != 0 else { return nil }
    let (high, low) = units.multipliedFullWidth(by: Self.scale)
    let (quotient, remainder) = divisor.units.dividingFullWidth((high, low))
    return Self(units: quotient + Self.roundingCarry(remainder: remainder, divisor: divisor.units))
  }

  /// +1, -1 or 0: what to add to a truncated quotient so that it rounds half away from zero.
  static func roundingCarry(remainder: Int64, divisor: Int64) -> Int64 {
    guard remainder != 0 else { return 0 }
    let twice = remainder.magnitude * 2
    guard twice >= divisor.magnitude else { return 0 }
    return (remainder < 0) != (divisor < 0) ? -1 : 1
  }
}

extension FixedDecimal: LosslessStringConvertible, Codable {
  /// Parses `3`, `3.45`, `-0.5`, `+2`, and `3,45` (a decimal comma, as Kazakh and Russian
  /// spreadsheets write it). At most four fractional digits and a value that fits in `Int64`
  /// units (about ±922 337 203 685 477); nil for anything else.
  public init?(_ text: String) {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var sawPoint = false
    var sawDigit = false
    for byte in bytes {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        guard !sawPoint else { return nil }
        sawPoint = true
        continue
      }
      let digit = Int64(byte) - 48
      guard (0...9).contains(digit) else { return nil }
      sawDigit = true
      if sawPoint {
        fractionDigits += 1
        guard fractionDigits <= Self.fractionDigits else { return nil }
        fraction = fraction * 10 + digit
      } else {
        guard whole < 100_000_000_000_000 else { return nil }
        whole = whole * 10 + digit
      }
    }
    guard sawDigit else { return nil }
    for _ in fractionDigits..<Self.fractionDigits { fraction *= 10 }
    // Up to 15 whole digits are read, which can exceed Int64 units: nil, never a trap.
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: Self.scale)
    guard !overflow, scaled <= Int64.max - fraction else { return nil }
    let units = scaled + fraction
    self.init(units: negative ? -units : units)
  }

  /// `-?digits(.digits)?` with at most four fractional digits, on UTF-8 bytes: the form JSON
  /// and Jol write numbers in (no `+`, no decimal comma, no exponent); nil for anything else
  /// and for a value too large to hold.
  public init?(plain text: UnsafeRawBufferPointer) {
    guard let units = parseDecimal(text, maxFractionDigits: Self.fractionDigits) else {
      return nil
    }
    self.init(units: units)
  }

  /// Shortest exact form: `3.45`, `90`, `-0.5`.
  public var description: String {
    let magnitude = units.magnitude
    let whole = magnitude / UInt64(Self.scale)
    var fraction = magnitude % UInt64(Self.scale)
    var text = (units < 0 ? "-" : "") + String(whole)
    guard fraction != 0 else { return text }
    var digits = Self.fractionDigits
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    return text
  }

  /// Decodes from a JSON number or string, exactly (the text is read, never a Double).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text: String
    if let string = try? container.decode(String.self) {
      text = string
    } else {
      // JSONDecoder keeps the number's text for Decimal; go through it to stay exact.
      text = "\(try container.decode(Decimal.self))"
    }
    guard let value = FixedDecimal(text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "expected a decimal number with at most 4 fractional digits, found '\(text)'")
    }
    self = value
  }

  /// Encodes as a JSON string (`"3.45"`), so no reader turns it into a binary float.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
