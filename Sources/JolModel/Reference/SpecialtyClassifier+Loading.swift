extension SpecialtyClassifier {
  private enum Columns {
    static let code = CSVColumn("code")
    static let iscedField = CSVColumn("isced_field")
    static let nameKK = CSVColumn("name_kk")
    static let nameRU = CSVColumn("name_ru")
    static let nameEN = CSVColumn("name_en")
    static let direction = CSVColumn("direction")
    static let source = CSVColumn("source")
    static let legacyCode = CSVColumn("legacy_code")
    static let legacyName = CSVColumn("legacy_name_ru")
  }

  static func readSpecialties(_ text: String) throws(CSVError) -> [Specialty] {
    let columns = [
      Columns.code, Columns.iscedField, Columns.nameKK, Columns.nameRU, Columns.nameEN,
      Columns.direction,
    ]
    var seen: [SpecialtyCode: Int] = [:]
    var specialties: [Specialty] = []
    for row in try CSVReader.parse(text, fileName: specialtiesFileName).bind(columns: columns) {
      let code = SpecialtyCode(rawValue: try row.value(Columns.code))
      guard code.isWellFormed else {
        throw row.error(
          in: Columns.code,
          reason: ClassifierError(.malformedSpecialtyCode(code.rawValue, replacement: nil)).reason)
      }
      if let line = seen[code] {
        throw row.error(in: Columns.code, reason: Messages.duplicate(line: line))
      }
      seen[code] = row.line
      let field = try row.value(Columns.iscedField)
      guard field == code.iscedField else {
        throw row.error(
          in: Columns.iscedField, reason: Messages.iscedMismatch(code: code, field: field))
      }
      let directionText = try row.value(Columns.direction)
      guard let direction = Direction.known(directionText) else {
        throw row.error(in: Columns.direction, reason: Messages.unknownDirection(directionText))
      }
      specialties.append(
        Specialty(
          code: code, iscedField: field, name: try name(row), direction: direction))
    }
    return specialties.sorted { $0.code < $1.code }
  }

  static func readQualifications(
    _ text: String, specialties: Set<SpecialtyCode>
  ) throws(CSVError) -> [Qualification] {
    let columns = [Columns.code, Columns.nameKK, Columns.nameRU, Columns.nameEN, Columns.source]
    var seen: [QualificationCode: Int] = [:]
    var qualifications: [Qualification] = []
    for row in try CSVReader.parse(text, fileName: qualificationsFileName).bind(columns: columns) {
      let code = QualificationCode(rawValue: try row.value(Columns.code))
      guard let specialty = code.specialtyCode, let level = code.level else {
        throw row.error(
          in: Columns.code,
          reason: ClassifierError(.malformedQualificationCode(code.rawValue)).reason)
      }
      guard specialties.contains(specialty) else {
        throw row.error(in: Columns.code, reason: Messages.specialtyNotListed(specialty))
      }
      if let line = seen[code] {
        throw row.error(in: Columns.code, reason: Messages.duplicate(line: line))
      }
      seen[code] = row.line
      qualifications.append(
        Qualification(
          code: code, specialty: specialty, level: level, name: try name(row),
          source: try row.value(Columns.source)))
    }
    return qualifications.sorted { $0.code < $1.code }
  }

  static func readLegacy(
    _ text: String, specialties: Set<SpecialtyCode>
  ) throws(CSVError) -> [LegacySpecialtyMapping] {
    let columns = [Columns.legacyCode, Columns.legacyName, Columns.code, Columns.source]
    var seen: [String: Int] = [:]
    var mappings: [LegacySpecialtyMapping] = []
    for row in try CSVReader.parse(text, fileName: legacyFileName).bind(columns: columns) {
      let legacy = try row.value(Columns.legacyCode)
      guard legacy.utf8.count == 7, legacy.utf8.allSatisfy({ (48...57).contains($0) }) else {
        throw row.error(
          in: Columns.legacyCode, reason: ClassifierError(.malformedLegacyCode(legacy)).reason)
      }
      let code = SpecialtyCode(rawValue: try row.value(Columns.code))
      guard code.isWellFormed else {
        throw row.error(
          in: Columns.code,
          reason: ClassifierError(.malformedSpecialtyCode(code.rawValue, replacement: nil)).reason)
      }
      guard specialties.contains(code) else {
        throw row.error(in: Columns.code, reason: Messages.specialtyNotListed(code))
      }
      let pair = legacy + "→" + code.rawValue
      if let line = seen[pair] {
        throw row.error(in: Columns.code, reason: Messages.duplicate(line: line))
      }
      seen[pair] = row.line
      mappings.append(
        LegacySpecialtyMapping(
          legacyCode: legacy, legacyName: try row.value(Columns.legacyName), specialty: code,
          source: try row.value(Columns.source)))
    }
    return mappings
  }

  /// The three names: every one is required, Kazakh first.
  private static func name(_ row: CSVRow) throws(CSVError) -> LocalizedText {
    LocalizedText(
      kk: try row.value(Columns.nameKK), ru: try row.value(Columns.nameRU),
      en: try row.value(Columns.nameEN))
  }
}

/// Reasons for problems in the classifier's own files (``ClassifierMessage``).
private enum Messages {
  static func duplicate(line: Int) -> LocalizedText {
    ClassifierMessage.duplicateCode.text(["line": String(line)])
  }

  static func iscedMismatch(code: SpecialtyCode, field: String) -> LocalizedText {
    ClassifierMessage.iscedMismatch.text([
      "field": field, "expected": code.iscedField ?? "", "code": code.rawValue,
    ])
  }

  static func unknownDirection(_ text: String) -> LocalizedText {
    ClassifierMessage.unknownDirection.text([
      "text": text, "known": Direction.all.map(\.rawValue).joined(separator: ", "),
    ])
  }

  static func specialtyNotListed(_ code: SpecialtyCode) -> LocalizedText {
    ClassifierMessage.specialtyNotListed.text([
      "code": code.rawValue, "file": SpecialtyClassifier.specialtiesFileName,
    ])
  }
}

extension SpecialtyClassifier {
  /// The classifier built into Jol (`Policies/reference/` as shipped): what the sample region's
  /// colleges and enterprises are generated from.
  public static let builtIn: SpecialtyClassifier = {
    func text(_ name: String) -> String { BuiltInPolicies.text("reference/" + name) ?? "" }
    do {
      return try SpecialtyClassifier(
        specialtiesCSV: text(specialtiesFileName), qualificationsCSV: text(qualificationsFileName),
        legacyCSV: text(legacyFileName))
    } catch {
      preconditionFailure("the built-in classifier is checked by its tests: \(error)")
    }
  }()
}
