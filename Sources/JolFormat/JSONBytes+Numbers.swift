import JolModel

/// Numbers, money and dates written straight into the buffer: in JSON's plain form (`3.4`,
/// `35000`, `2026-09-01`) or as a reader of a language writes them (``LocalNumber``).
extension JSONBytes {
  /// Appends a whole number in decimal.
  @inlinable
  public mutating func integer(_ value: Int64) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    digits(value.magnitude, minimumWidth: 1)
  }

  /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth`.
  @inlinable
  public mutating func digits(_ value: UInt64, minimumWidth: Int) {
    let width = DecimalDigits.width(value, minimumWidth: minimumWidth)
    DecimalDigits.write(value, width: width, to: reserve(width))
    written += width
  }

  /// Appends the digits of a whole `value`, grouped by thousands with `language`'s separator
  /// (`12 345` in kk and ru with a no-break space, `12,345` in en), or ungrouped when nil.
  @inlinable
  public mutating func grouped(_ value: UInt64, _ language: Language?) {
    guard let language, value >= 1000 else { return digits(value, minimumWidth: 1) }
    grouped(value / 1000, language)
    LocalNumber.groupSeparator(language, into: &self)
    digits(value % 1000, minimumWidth: 3)
  }

  /// Appends a fixed-point number of `places` decimal places (4 for FixedDecimal, 2 for Money)
  /// without trailing zeros: `3.4`, `35000`, `-0.05`. With a `language`, as its readers write
  /// it: `12 345,6` in kk and ru, `12,345.6` in en.
  @inlinable
  public mutating func fixed(_ units: Int64, places: Int, in language: Language? = nil) {
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor *= 10 }
    let magnitude = units.magnitude
    if units < 0 { byte(UInt8(ascii: "-")) }
    grouped(magnitude / divisor, language)
    var fraction = magnitude % divisor
    guard fraction != 0 else { return }
    var width = places
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    byte(language.map(LocalNumber.decimalMark) ?? UInt8(ascii: "."))
    digits(fraction, minimumWidth: width)
  }

  /// Appends tenge as `Money.description` writes them: `35000`, `37392.25`, `0.50`.
  @inlinable
  public mutating func money(_ money: Money) {
    let magnitude = money.tiyn.magnitude
    if money.tiyn < 0 { byte(UInt8(ascii: "-")) }
    digits(magnitude / 100, minimumWidth: 1)
    guard magnitude % 100 != 0 else { return }
    byte(UInt8(ascii: "."))
    digits(magnitude % 100, minimumWidth: 2)
  }

  /// Appends tenge as readers of `language` write them: `350 000 ₸`, `37 392,25 ₸` in kk and ru
  /// (no-break spaces), `350,000 ₸`, `37,392.25 ₸` in en. Tiyn keep both digits (`0,50 ₸`).
  @inlinable
  public mutating func formattedMoney(_ money: Money, _ language: Language) {
    let magnitude = money.tiyn.magnitude
    if money.tiyn < 0 { byte(UInt8(ascii: "-")) }
    grouped(magnitude / 100, language)
    let fraction = magnitude % 100
    if fraction != 0 {
      byte(LocalNumber.decimalMark(language))
      digits(fraction, minimumWidth: 2)
    }
    raw("\u{00A0}₸")
  }

  /// Appends `YYYY-MM-DD`: the date in every language (ISO 8601 reads the same to everyone and
  /// is what Jol's imports accept back).
  @inlinable
  public mutating func date(_ date: CivilDate) {
    let (year, month, day) = date.components
    digits(UInt64(year), minimumWidth: 4)
    byte(UInt8(ascii: "-"))
    digits(UInt64(month), minimumWidth: 2)
    byte(UInt8(ascii: "-"))
    digits(UInt64(day), minimumWidth: 2)
  }
}
