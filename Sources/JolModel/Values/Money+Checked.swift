/// Money arithmetic that reports overflow instead of trapping, for sums and products whose
/// operands come from input (policy amounts, seats, supplements): a total past
/// ``Money/maximum`` is an error a person can act on, never a crash.
extension Money {
  /// The largest amount Jol can hold: 92 233 720 368 547 758.07 ₸ (`Int64.max` tiyn).
  public static let maximum = Money(tiyn: .max)

  /// The sum, and whether it overflowed (the partial value is then meaningless).
  public func addingReportingOverflow(_ other: Money) -> (partialValue: Money, overflow: Bool) {
    let (sum, overflow) = tiyn.addingReportingOverflow(other.tiyn)
    return (Money(tiyn: sum), overflow)
  }

  /// This amount `count` times, and whether it overflowed.
  public func multipliedReportingOverflow(by count: Int64) -> (partialValue: Money, overflow: Bool)
  {
    let (product, overflow) = tiyn.multipliedReportingOverflow(by: count)
    return (Money(tiyn: product), overflow)
  }

  /// ``multiplied(by:)`` (rounded half away from zero to the tiyn), and whether the result
  /// overflowed.
  public func multipliedReportingOverflow(by factor: FixedDecimal)
    -> (partialValue: Money, overflow: Bool)
  {
    let product = Int128(tiyn) * Int128(factor.units)
    let scale = Int128(FixedDecimal.scale)
    let (quotient, remainder) = product.quotientAndRemainder(dividingBy: scale)
    // The remainder is below the scale, so it fits: the one rounding rule of FixedDecimal.
    let rounded =
      quotient
      + Int128(FixedDecimal.roundingCarry(remainder: Int64(remainder), divisor: FixedDecimal.scale))
    guard let value = Int64(exactly: rounded) else { return (.zero, true) }
    return (Money(tiyn: value), false)
  }
}
