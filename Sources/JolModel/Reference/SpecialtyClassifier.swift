/// The TVET classifier as data: specialties, qualifications and the old → new code table, read
/// from the CSV files in `Policies/reference/`. Lookups never crash on a bad code: they throw a
/// ``ClassifierError`` that says what was wrong and the nearest known code.
///
/// Pure: the caller reads the files and passes their text.
public struct SpecialtyClassifier: Sendable {
  /// The file names messages use (`Policies/reference/…`).
  public static let specialtiesFileName = "tvet-specialties.csv"
  public static let qualificationsFileName = "qualifications.csv"
  public static let legacyFileName = "legacy-specialty-codes.csv"

  /// Which classifier this is: the first 12 hex digits of the SHA-256 of its three files'
  /// texts — what every decision and round records, so it can be told which codes it checked.
  public let version: String
  /// Every specialty, by code.
  public let specialties: [Specialty]
  /// Every qualification, by code.
  public let qualifications: [Qualification]
  /// The old → new table, in file order.
  public let legacyMappings: [LegacySpecialtyMapping]

  private let specialtyIndex: [SpecialtyCode: Int]
  private let qualificationIndex: [QualificationCode: Int]
  private let legacyIndex: [String: [SpecialtyCode]]

  /// Reads the three files.
  /// - Throws: ``CSVError`` naming the file, line, column and field for the first problem: CSV
  ///   syntax, a missing column or value, a malformed code, an ISCED field that does not match
  ///   its code, an unknown direction, a duplicate code, a qualification or old code that
  ///   points to a specialty not in the specialties file.
  /// - Complexity: O(n log n) in the number of rows.
  public init(
    specialtiesCSV: String, qualificationsCSV: String, legacyCSV: String
  ) throws(CSVError) {
    let specialties = try Self.readSpecialties(specialtiesCSV)
    let specialtyIndex = Dictionary(
      uniqueKeysWithValues: specialties.enumerated().map { ($1.code, $0) })
    let known = Set(specialtyIndex.keys)
    let qualifications = try Self.readQualifications(qualificationsCSV, specialties: known)
    let legacy = try Self.readLegacy(legacyCSV, specialties: known)
    self.version = String(
      SHA256.hex(specialtiesCSV + "\u{0}" + qualificationsCSV + "\u{0}" + legacyCSV).prefix(12))
    self.specialties = specialties
    self.specialtyIndex = specialtyIndex
    self.qualifications = qualifications
    self.qualificationIndex = Dictionary(
      uniqueKeysWithValues: qualifications.enumerated().map { ($1.code, $0) })
    self.legacyMappings = legacy
    self.legacyIndex = Dictionary(grouping: legacy, by: \.legacyCode).mapValues {
      $0.map(\.specialty)
    }
  }

  /// The specialty with this code, or nil.
  public subscript(code: SpecialtyCode) -> Specialty? {
    specialtyIndex[code].map { specialties[$0] }
  }

  /// The qualification with this code, or nil.
  public subscript(code: QualificationCode) -> Qualification? {
    qualificationIndex[code].map { qualifications[$0] }
  }

  /// The specialty a text names.
  /// - Throws: ``ClassifierError`` when the text is not eight digits (with the new code when it
  ///   is a known old seven-digit one, or the candidates when that old code was split: the
  ///   record must then name one, Jol does not guess) or no specialty has it (with the nearest
  ///   known code).
  public func specialty(_ text: String) throws(ClassifierError) -> Specialty {
    let code = SpecialtyCode(rawValue: text)
    guard code.isWellFormed else {
      let successors = legacyIndex[text] ?? []
      if successors.count > 1 {
        throw ClassifierError(.ambiguousLegacyCode(text, candidates: successors))
      }
      throw ClassifierError(.malformedSpecialtyCode(text, replacement: successors.first))
    }
    guard let specialty = self[code] else {
      let nearest = Self.nearest(to: text, among: specialties.map(\.code.rawValue))
      throw ClassifierError(
        .unknownSpecialty(code, nearest: nearest.flatMap { self[SpecialtyCode(rawValue: $0)] }))
    }
    return specialty
  }

  /// The qualification a text names (`4S06130103`), with its level and specialty.
  /// - Throws: ``ClassifierError`` when the text is not a level prefix and eight digits, or the
  ///   qualification is not listed (saying whether its specialty is, and the nearest listed
  ///   qualification of that specialty).
  public func qualification(_ text: String) throws(ClassifierError) -> Qualification {
    let code = QualificationCode(rawValue: text)
    guard let specialtyCode = code.specialtyCode else {
      throw ClassifierError(.malformedQualificationCode(text))
    }
    guard let qualification = self[code] else {
      let siblings = qualifications(of: specialtyCode)
      let nearest = Self.nearest(to: text, among: siblings.map(\.code.rawValue), always: true)
      throw ClassifierError(
        .unknownQualification(
          code, specialtyKnown: self[specialtyCode] != nil,
          nearest: nearest.flatMap { self[QualificationCode(rawValue: $0)] }))
    }
    return qualification
  }

  /// The qualifications listed for a specialty, by code.
  public func qualifications(of specialty: SpecialtyCode) -> [Qualification] {
    qualifications.filter { $0.specialty == specialty }
  }

  /// The current specialty for an old seven-digit code.
  /// - Throws: ``ClassifierError`` when the text is not seven digits, is not in the table
  ///   (with the nearest old code), or maps to several specialties (listing them: the record
  ///   must then name the specialty itself).
  public func resolve(legacy text: String) throws(ClassifierError) -> Specialty {
    guard text.utf8.count == 7, text.utf8.allSatisfy({ (48...57).contains($0) }) else {
      throw ClassifierError(.malformedLegacyCode(text))
    }
    guard let targets = legacyIndex[text] else {
      let nearest = Self.nearest(to: text, among: Array(legacyIndex.keys))
      throw ClassifierError(
        .unknownLegacyCode(
          text, nearest: nearest.flatMap { code in legacyMappings.first { $0.legacyCode == code } })
      )
    }
    guard targets.count == 1, let specialty = self[targets[0]] else {
      throw ClassifierError(.ambiguousLegacyCode(text, candidates: targets))
    }
    return specialty
  }

  /// The profile direction of a specialty; nil for a code not in the classifier.
  public func direction(of code: SpecialtyCode) -> Direction? {
    self[code]?.direction
  }

  /// The specialty in `column` of a roster row, or an error placed at that field.
  /// - Throws: ``CSVError`` at the field: an empty value, or the ``ClassifierError`` reason.
  public func specialty(in row: CSVRow, column: CSVColumn) throws(CSVError) -> Specialty {
    let text = try row.value(column)
    do {
      return try specialty(text)
    } catch {
      throw row.error(in: column, reason: error.reason)
    }
  }

  /// The qualification in `column` of a roster row, or an error placed at that field.
  public func qualification(in row: CSVRow, column: CSVColumn) throws(CSVError) -> Qualification {
    let text = try row.value(column)
    do {
      return try qualification(text)
    } catch {
      throw row.error(in: column, reason: error.reason)
    }
  }
}
