extension JSONReader {
  /// A scanned JSON number: sign, integer digits, fraction digits and exponent, as integers.
  struct Number {
    var negative = false
    var integer: UInt64 = 0
    var integerDigits = 0
    var fraction: UInt64 = 0
    var fractionDigits = 0
    var exponent = 0
    var hasExponent = false
    var overflow = false
  }

  /// Scans a number per RFC 8259 (no leading zeros, no `+`, digits after `.` and `e`).
  mutating func scanNumber() throws -> Number {
    skipWhitespace()
    var number = Number()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
      number.negative = true
      offset += 1
    }
    let integerStart = offset
    while offset < bytes.count, let digit = decimalDigit(bytes[offset]) {
      let (times, o1) = number.integer.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(UInt64(digit))
      number.overflow = number.overflow || o1 || o2
      number.integer = sum
      offset += 1
    }
    number.integerDigits = offset - integerStart
    guard number.integerDigits > 0 else { throw malformed("a number") }
    if number.integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
      throw JSONReadError(
        offset: integerStart, reason: .malformed(expected: "a number without leading zeros"))
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      let fractionStart = offset
      while offset < bytes.count, let digit = decimalDigit(bytes[offset]) {
        if number.fractionDigits < 18 {
          number.fraction = number.fraction * 10 + UInt64(digit)
          number.fractionDigits += 1
        } else if digit != 0 {
          number.overflow = true
        }
        offset += 1
      }
      guard offset > fractionStart else { throw malformed("a digit after the decimal point") }
    }
    if offset < bytes.count,
      bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")
    {
      number.hasExponent = true
      offset += 1
      var negativeExponent = false
      if offset < bytes.count,
        bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
      {
        negativeExponent = bytes[offset] == UInt8(ascii: "-")
        offset += 1
      }
      let exponentStart = offset
      while offset < bytes.count, let digit = decimalDigit(bytes[offset]) {
        if number.exponent < 10_000 { number.exponent = number.exponent * 10 + Int(digit) }
        offset += 1
      }
      guard offset > exponentStart else { throw malformed("a digit in the exponent") }
      if negativeExponent { number.exponent = -number.exponent }
    }
    return number
  }

  /// Reads an integer number (no fraction, no exponent) in `range`.
  public mutating func readInt(in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int {
    skipWhitespace()
    let start = offset
    let number = try scanNumber()
    let limit = number.negative ? UInt64(Int.max) + 1 : UInt64(Int.max)
    guard number.fractionDigits == 0, !number.hasExponent, !number.overflow, number.integer <= limit
    else {
      throw JSONReadError(
        offset: start, reason: .invalidValue(field: currentKey, expected: "an integer"))
    }
    let value = number.negative ? Int(truncatingIfNeeded: 0 &- number.integer) : Int(number.integer)
    guard range.contains(value) else {
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(
          field: currentKey,
          expected: "an integer from \(range.lowerBound) to \(range.upperBound), not \(value)"))
    }
    return value
  }

  /// Reads an unsigned 64-bit integer (a log position, a count).
  public mutating func readUInt64() throws -> UInt64 {
    skipWhitespace()
    let start = offset
    let number = try scanNumber()
    guard number.fractionDigits == 0, !number.hasExponent, !number.overflow, !number.negative else {
      throw JSONReadError(
        offset: start, reason: .invalidValue(field: currentKey, expected: "a non-negative integer"))
    }
    return number.integer
  }

  /// Reads an exact decimal with at most four fractional digits, written as a JSON number or
  /// as a string (`3.45` or `"3.45"`; Jol writes strings, so no reader turns it into a float).
  public mutating func readDecimal() throws -> FixedDecimal {
    guard let first = peek() else { throw malformed("a decimal number") }
    let start = offset
    if first == UInt8(ascii: "\"") {
      guard let value = try withStringBytes({ parseDecimal($0, maxFractionDigits: 4) }) else {
        throw JSONReadError(
          offset: start,
          reason: .invalidValue(
            field: currentKey, expected: "a decimal like \"3.45\" with at most 4 fractional digits")
        )
      }
      return FixedDecimal(units: value)
    }
    var number = try scanNumber()
    if number.hasExponent {
      guard abs(number.exponent) <= 18 else {
        throw JSONReadError(
          offset: start,
          reason: .invalidValue(field: currentKey, expected: "a decimal of modest size"))
      }
      // Shift the exponent into the fraction: 3.45e1 = 34.5.
      while number.exponent > 0 {
        number.integer =
          number.integer &* 10 &+ (number.fractionDigits > 0 ? leadingFractionDigit(&number) : 0)
        number.exponent -= 1
      }
      while number.exponent < 0 {
        number.fraction += (number.integer % 10) * pow10(number.fractionDigits)
        number.integer /= 10
        number.fractionDigits += 1
        number.exponent += 1
      }
    }
    while number.fractionDigits > 4 && number.fraction % 10 == 0 {
      number.fraction /= 10
      number.fractionDigits -= 1
    }
    guard !number.overflow, number.fractionDigits <= 4, number.integer < 100_000_000_000_000 else {
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(
          field: currentKey, expected: "a decimal with at most 4 fractional digits"))
    }
    let units =
      Int64(number.integer) * FixedDecimal.scale
      + Int64(number.fraction * pow10(4 - number.fractionDigits))
    return FixedDecimal(units: number.negative ? -units : units)
  }

  /// Removes and returns the first digit of the fraction.
  private func leadingFractionDigit(_ number: inout Number) -> UInt64 {
    let divisor = pow10(number.fractionDigits - 1)
    let digit = number.fraction / divisor
    number.fraction %= divisor
    number.fractionDigits -= 1
    return digit
  }

  /// Reads a date string `YYYY-MM-DD` that exists in the calendar.
  public mutating func readDate() throws -> CivilDate {
    skipWhitespace()
    let start = offset
    let date = try withStringBytes { CivilDate(text: $0) }
    guard let date else {
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(field: currentKey, expected: "a date YYYY-MM-DD that exists"))
    }
    return date
  }
}

@inline(__always)
func decimalDigit(_ byte: UInt8) -> UInt8? {
  let digit = byte &- UInt8(ascii: "0")
  return digit < 10 ? digit : nil
}

func pow10(_ exponent: Int) -> UInt64 {
  var value: UInt64 = 1
  for _ in 0..<max(0, exponent) { value *= 10 }
  return value
}

extension JSONReader {
  /// Reads an amount in tenge written as a string (`"350000"`, `"402500.50"`): digits, an
  /// optional `-`, and at most two fractional digits after a point.
  public mutating func readMoney() throws -> Money {
    skipWhitespace()
    let start = offset
    guard let tiyn = try withStringBytes({ parseDecimal($0, maxFractionDigits: 2) }) else {
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(
          field: currentKey, expected: "an amount in tenge like \"350000\" or \"402500.50\""))
    }
    return Money(tiyn: tiyn)
  }
}

/// Parses `-?digits(.digits)?` with at most `maxFractionDigits` fractional digits into an
/// integer count of 10^-maxFractionDigits units; nil for anything else or on overflow.
func parseDecimal(_ text: UnsafeRawBufferPointer, maxFractionDigits: Int) -> Int64? {
  var index = 0
  let negative = text.count > 0 && text[0] == UInt8(ascii: "-")
  if negative { index = 1 }
  var value: Int64 = 0
  var integerDigits = 0
  while index < text.count, let digit = decimalDigit(text[index]) {
    guard integerDigits < 15 else { return nil }
    value = value * 10 + Int64(digit)
    integerDigits += 1
    index += 1
  }
  guard integerDigits > 0 else { return nil }
  var fractionDigits = 0
  if index < text.count, text[index] == UInt8(ascii: ".") {
    index += 1
    while index < text.count, let digit = decimalDigit(text[index]) {
      fractionDigits += 1
      guard fractionDigits <= maxFractionDigits else { return nil }
      value = value * 10 + Int64(digit)
      index += 1
    }
    guard fractionDigits > 0 else { return nil }
  }
  guard index == text.count else { return nil }
  // Fifteen whole digits scaled to four decimals do not fit in 64 bits: nil, never a trap.
  for _ in fractionDigits..<maxFractionDigits {
    let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
    guard !overflow else { return nil }
    value = scaled
  }
  return negative ? -value : value
}
