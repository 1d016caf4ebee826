extension SpecialtyCode {
  /// Whether the code is eight ASCII digits, the shape of every specialty code.
  public var isWellFormed: Bool { rawValue.utf8.isASCIIDigits(count: 8) }

  /// The ISCED-F 2013 detailed field: the first four digits (`0613`); nil when not well formed.
  public var iscedField: String? { isWellFormed ? String(rawValue.prefix(4)) : nil }
}

extension QualificationCode {
  /// The level prefixes: `3W` worker, `4S` mid-level specialist, `5AB` applied bachelor.
  static let levelPrefixes: [(prefix: String, level: QualificationLevel)] = [
    ("3W", .worker), ("4S", .specialist), ("5AB", .appliedBachelor),
  ]

  /// Whether the code is a level prefix followed by eight digits (`4S06130103`).
  public var isWellFormed: Bool { shape != nil }

  /// The level its prefix names; nil when the code is not well formed.
  public var level: QualificationLevel? { shape?.level }

  /// The specialty the qualification belongs to: its first six digits and `00`
  /// (`4S06130103` → `06130100`); nil when the code is not well formed.
  public var specialtyCode: SpecialtyCode? {
    digits.map { SpecialtyCode(rawValue: String($0.prefix(6)) + "00") }
  }

  /// The qualification's two-digit number within its specialty (`03`).
  public var serial: String? { digits.map { String($0.suffix(2)) } }

  /// The eight digits after the level prefix; nil when the code is not well formed.
  private var digits: Substring? {
    shape.map { Substring(rawValue.utf8.dropFirst($0.prefixLength)) }
  }

  /// The level and the length of its prefix, when the code is well formed. Read on the bytes
  /// in place: a report asks it of every student of a region.
  private var shape: (level: QualificationLevel, prefixLength: Int)? {
    rawValue.utf8.withContiguousStorageIfAvailable(Self.shape(of:))
      ?? Array(rawValue.utf8).withUnsafeBufferPointer(Self.shape(of:))
  }

  private static func shape(of bytes: UnsafeBufferPointer<UInt8>)
    -> (level: QualificationLevel, prefixLength: Int)?
  {
    for (prefix, level) in levelPrefixes where bytes.starts(with: prefix.utf8) {
      let length = prefix.utf8.count
      return bytes.dropFirst(length).isASCIIDigits(count: 8) ? (level, length) : nil
    }
    return nil
  }
}

extension Collection<UInt8> {
  /// Whether the bytes are exactly `count` ASCII digits.
  fileprivate func isASCIIDigits(count: Int) -> Bool {
    self.count == count && allSatisfy { (48...57).contains($0) }
  }
}
