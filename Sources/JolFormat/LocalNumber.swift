import JolModel

/// Numbers, money and dates as a reader of each language writes them: a decimal comma and
/// thousands grouped by a no-break space in Kazakh and Russian (`12 345,6`, `350 000 ₸`), a
/// decimal point and grouping commas in English (`12,345.6`, `350,000 ₸`); dates as
/// `YYYY-MM-DD` everywhere. One rule, written by ``JSONBytes``, for text and JSON alike.
public enum LocalNumber {
  /// The decimal mark: `,` in kk and ru, `.` in en.
  @inlinable @inline(__always)
  public static func decimalMark(_ language: Language) -> UInt8 {
    language == .en ? UInt8(ascii: ".") : UInt8(ascii: ",")
  }

  /// Writes the thousands separator: a no-break space (U+00A0) in kk and ru, `,` in en.
  @inlinable @inline(__always)
  public static func groupSeparator(_ language: Language, into output: inout JSONBytes) {
    if language == .en { output.byte(UInt8(ascii: ",")) } else { output.raw("\u{00A0}") }
  }

  /// A whole number: `12 345` (kk, ru), `12,345` (en).
  public static func integer(_ value: some BinaryInteger, _ language: Language) -> String {
    text { output in
      if value < 0 { output.byte(UInt8(ascii: "-")) }
      output.grouped(UInt64(value.magnitude), language)
    }
  }

  /// A decimal: `12 345,6` (kk, ru), `12,345.6` (en); no trailing zeros.
  public static func decimal(_ value: FixedDecimal, _ language: Language) -> String {
    text { $0.fixed(value.units, places: 4, in: language) }
  }

  /// Tenge: `350 000 ₸`, `37 392,25 ₸` (kk, ru), `350,000 ₸` (en).
  public static func money(_ value: Money, _ language: Language) -> String {
    text { $0.formattedMoney(value, language) }
  }

  /// A date: `2026-09-01` in every language.
  public static func date(_ value: CivilDate, _ language: Language) -> String {
    text { $0.date(value) }
  }

  private static func text(_ write: (inout JSONBytes) -> Void) -> String {
    var output = JSONBytes(capacity: 64)
    write(&output)
    return output.string
  }
}
