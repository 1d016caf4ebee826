extension SpecialtyCode {
  /// Whether the code is eight ASCII digits, the shape of every specialty code.
  public var isWellFormed: Bool { rawValue.isASCIIDigits(count: 8) }

  /// The ISCED-F 2013 detailed field: the first four digits (`0613`); nil when not well formed.
  public var iscedField: String? { isWellFormed ? String(rawValue.prefix(4)) : nil }
}

extension QualificationCode {
  /// The level prefixes: `3W` worker, `4S` mid-level specialist, `5AB` applied bachelor.
  static let levelPrefixes: [(prefix: String, level: QualificationLevel)] = [
    ("3W", .worker), ("4S", .specialist), ("5AB", .appliedBachelor),
  ]

  /// Whether the code is a level prefix followed by eight digits (`4S06130103`).
  public var isWellFormed: Bool { parts != nil }

  /// The level its prefix names; nil when the code is not well formed.
  public var level: QualificationLevel? { parts?.level }

  /// The specialty the qualification belongs to: its first six digits and `00`
  /// (`4S06130103` → `06130100`); nil when the code is not well formed.
  public var specialtyCode: SpecialtyCode? {
    parts.map { SpecialtyCode(rawValue: String($0.digits.prefix(6)) + "00") }
  }

  /// The qualification's two-digit number within its specialty (`03`).
  public var serial: String? { parts.map { String($0.digits.suffix(2)) } }

  private var parts: (level: QualificationLevel, digits: Substring)? {
    for (prefix, level) in Self.levelPrefixes where rawValue.hasPrefix(prefix) {
      let digits = rawValue.dropFirst(prefix.count)
      return String(digits).isASCIIDigits(count: 8) ? (level, digits) : nil
    }
    return nil
  }
}

extension String {
  /// Whether the string is exactly `count` ASCII digits.
  fileprivate func isASCIIDigits(count: Int) -> Bool {
    utf8.count == count && utf8.allSatisfy { (48...57).contains($0) }
  }
}
