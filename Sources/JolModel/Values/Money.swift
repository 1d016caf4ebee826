/// An exact amount of Kazakhstani tenge, held as an integer count of tiyn (1 ₸ = 100 tiyn).
/// Scholarships and grants are paid in whole tenge, but supplements (+15%) and per-month shares
/// of yearly amounts can produce tiyn; rounding is always explicit.
public struct Money: Hashable, Comparable, Sendable {
  /// Amount in tiyn.
  public let tiyn: Int64

  public static let zero = Money(tiyn: 0)

  public init(tiyn: Int64) { self.tiyn = tiyn }
  public init(tenge: Int64) { self.tiyn = tenge * 100 }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.tiyn < rhs.tiyn }
  public static func + (lhs: Money, rhs: Money) -> Money { Money(tiyn: lhs.tiyn + rhs.tiyn) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(tiyn: lhs.tiyn - rhs.tiyn) }
  public static func * (lhs: Money, count: Int64) -> Money { Money(tiyn: lhs.tiyn * count) }

  /// This amount times an exact factor (1.15 for +15%), rounded half away from zero to the tiyn.
  public func multiplied(by factor: FixedDecimal) -> Money {
    let (high, low) = tiyn.multipliedFullWidth(by: factor.units)
    let (quotient, remainder) = FixedDecimal.scale.dividingFullWidth((high, low))
    return Money(
      tiyn: quotient + FixedDecimal.roundingCarry(remainder: remainder, divisor: FixedDecimal.scale)
    )
  }

  /// This amount divided into `parts` (a yearly amount per month), rounded half away from zero to
  /// the tiyn.
  public func divided(into parts: Int64) -> Money {
    precondition(parts > 0, "an amount is divided into a positive number of parts")
    let quotient = tiyn / parts
    return Money(
      tiyn: quotient + FixedDecimal.roundingCarry(remainder: tiyn % parts, divisor: parts))
  }

  /// This amount rounded half away from zero to a multiple of `step` (1 ₸, 10 ₸), as a policy's
  /// `rounded to` says: 6 284,40 ₸ to 1 ₸ is 6 284 ₸.
  public func rounded(toMultipleOf step: Money) -> Money {
    precondition(step.tiyn > 0, "a rounding step is positive")
    let quotient = tiyn / step.tiyn
    let carry = FixedDecimal.roundingCarry(remainder: tiyn % step.tiyn, divisor: step.tiyn)
    return Money(tiyn: (quotient + carry) * step.tiyn)
  }
}

extension Money: LosslessStringConvertible, Codable {
  /// Parses a decimal amount in tenge with at most two fractional digits: `350000`, `350000.50`,
  /// `350 000`, `350 000,5` (spaces, no-break spaces and a decimal comma as spreadsheets write
  /// them). An optional ` KZT`, ` тг` or ` ₸` suffix is accepted.
  public init?(_ text: String) {
    var cleaned = text
    for suffix in ["KZT", "kzt", "₸", "тг.", "тг", "тенге", "теңге"] where cleaned.hasSuffix(suffix)
    {
      cleaned.removeLast(suffix.count)
      break
    }
    cleaned.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
    guard let amount = FixedDecimal(cleaned), amount.units % 100 == 0 else { return nil }
    self.init(tiyn: amount.units / 100)
  }

  /// Plain decimal tenge, two fractional digits only when there are tiyn: `350000`, `402500.50`.
  public var description: String {
    let magnitude = tiyn.magnitude
    let sign = tiyn < 0 ? "-" : ""
    let fraction = magnitude % 100
    guard fraction != 0 else { return sign + String(magnitude / 100) }
    return sign + String(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let money = Money(text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "expected an amount in tenge like 350000.00, found '\(text)'")
    }
    self = money
  }

  /// Encodes as a decimal string in tenge (`"350000"`), exact for every reader.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
