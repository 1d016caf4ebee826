extension IIN {
  /// The IIN for a birth date, sex and four-digit serial, with its check digit computed: for
  /// synthetic rosters and tests. Nil when the date is outside 1800–2099, the serial outside
  /// 0–9999, or the prefix is never issued.
  /// - Complexity: O(1).
  public static func synthesize(birthDate: CivilDate, sex: Sex, serial: Int) -> IIN? {
    let (year, month, day) = birthDate.components
    guard (1800...2099).contains(year), (0...9999).contains(serial) else { return nil }
    let centuryDigit = 1 + 2 * (year / 100 - 18) + (sex == .male ? 0 : 1)
    let prefix =
      twoDigits(year % 100) + twoDigits(month) + twoDigits(day)
      + String(centuryDigit) + twoDigits(serial / 100) + twoDigits(serial % 100)
    return completing(prefix: prefix).flatMap { try? IIN(validating: $0) }
  }

  /// Eleven digits followed by their check digit, or nil when `prefix` is not eleven ASCII
  /// digits or is never issued. Works for BIN prefixes too (same rule).
  public static func completing(prefix: String) -> String? {
    let digits = prefix.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
    guard digits.count == 11, prefix.count == 11 else { return nil }
    guard case .digit(let check, _) = IdentifierCheckDigit.compute(digits) else { return nil }
    return prefix + String(check)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
