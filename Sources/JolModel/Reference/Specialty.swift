/// A specialty of the TVET classifier (`06130100 Программное обеспечение (по видам)`).
public struct Specialty: Hashable, Sendable {
  /// The eight-digit code.
  public let code: SpecialtyCode
  /// The ISCED-F 2013 detailed field (the code's first four digits).
  public let iscedField: String
  /// The official name in each language.
  public let name: LocalizedText
  /// The profile direction the specialty belongs to.
  public let direction: Direction
}

/// A qualification awarded within a specialty (`4S06130103 Разработчик программного
/// обеспечения`).
public struct Qualification: Hashable, Sendable {
  /// The code: level prefix, the specialty's first six digits, a two-digit serial.
  public let code: QualificationCode
  /// The specialty it belongs to.
  public let specialty: SpecialtyCode
  /// Worker, mid-level specialist or applied bachelor, from the code's prefix.
  public let level: QualificationLevel
  /// The official name in each language.
  public let name: LocalizedText
  /// Where the row comes from (`classifier-2023`, `verify`), as the file says.
  public let source: String
}

/// One row of the old → new specialty table: a seven-digit code of the earlier classifier and
/// an eight-digit specialty that replaced it (an old code may have several).
public struct LegacySpecialtyMapping: Hashable, Sendable {
  /// The seven-digit code (`1304000`).
  public let legacyCode: String
  /// The old name, as the earlier classifier had it (Russian).
  public let legacyName: String
  /// The current specialty.
  public let specialty: SpecialtyCode
  /// Where the row comes from, as the file says.
  public let source: String
}
