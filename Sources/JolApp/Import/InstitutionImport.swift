import JolModel

/// `jol import institutions`: the region's schools, colleges, universities and enterprises.
/// Rows are planned by ``InstitutionPlanner``.
struct InstitutionImport: ImportKind {
  typealias C = ImportColumns.Institutions

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }
  static var readsDistricts: Bool { true }

  var planner = InstitutionPlanner()

  static func column(_ field: InstitutionPlanner.Field) -> CSVColumn {
    switch field {
    case .code: C.code
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> InstitutionRow? {
    let code = reader.required(C.code)
    let kind = reader.word(C.kind, ImportVocabulary.organisationKind)
    let names = (reader.required(C.nameKK), reader.required(C.nameRU))
    let district = reader.district(ImportColumns.district, in: nil, base.kato!)
    let date = reader.date(ImportColumns.date, default: base.effective)
    guard let code, let kind else { return nil }
    let validCode = Self.check(code, kind, &reader)
    switch kind {
    case .enterprise:
      let specialties = Self.specialties(&reader, base.classifier!, withIntake: false)
      // .some(nil): the cell is empty (no cap); nil: it holds something that is not a capacity.
      let capacity: Int?? =
        reader.optional(C.capacity) == nil
        ? .some(nil) : reader.integer(C.capacity, in: 0...1_000_000).map { Int?.some($0) }
      guard validCode, let nameKK = names.0, let nameRU = names.1, let district, let date,
        let specialties, let capacity
      else { return nil }
      return .enterprise(
        EnterpriseID(code),
        EnterpriseRegistered(
          names: OrganisationNames(kk: nameKK, ru: nameRU), district: district.code.rawValue,
          specialties: specialties.map(\.specialty), capacity: capacity,
          districtRecodedFrom: district.recodedFrom?.rawValue), date)
    case .institution(let kind):
      let languages = Self.languages(&reader)
      var specialties: [SpecialtyOffer]? = []
      if kind == .college {
        specialties = Self.specialties(&reader, base.classifier!, withIntake: true)
      } else if reader.optional(C.specialties) != nil {
        reader.fail(C.specialties, ImportMessages.specialtiesOnlyForColleges)
        specialties = nil
      }
      guard validCode, let nameKK = names.0, let nameRU = names.1, let district, let date,
        let languages, let specialties
      else { return nil }
      return .institution(
        InstitutionID(code),
        InstitutionRegistered(
          kind: kind, names: OrganisationNames(kk: nameKK, ru: nameRU),
          district: district.code.rawValue, languages: languages, specialties: specialties,
          districtRecodedFrom: district.recodedFrom?.rawValue), date)
    }
  }

  /// An enterprise's code is its BIN; an institution's is its BIN when twelve digits (checked),
  /// else the region's own code: letters, digits, `-`, `_`, `.`, no spaces.
  private static func check(
    _ code: String, _ kind: ImportVocabulary.OrganisationKind, _ reader: inout RowReader
  ) -> Bool {
    let isEnterprise = if case .enterprise = kind { true } else { false }
    if isEnterprise || (code.utf8.count == 12 && code.utf8.allSatisfy { (48...57).contains($0) }) {
      return reader.bin(C.code) != nil
    }
    let allowed = ImportValues.isCode(code)
    if !allowed { reader.fail(C.code, ImportMessages.badInstitutionCode(code)) }
    return allowed
  }

  private static func languages(_ reader: inout RowReader) -> [Language]? {
    languages(&reader, C.languages)
  }

  /// The languages of a cell (`kk; ru`), each once.
  static func languages(_ reader: inout RowReader, _ column: CSVColumn) -> [Language]? {
    guard let text = reader.required(column) else { return nil }
    var languages: [Language] = []
    for word in ImportValues.list(text) {
      guard let language = ImportVocabulary.language.value(word) else {
        reader.fail(column, ImportVocabulary.language.rejection(word))
        return nil
      }
      if !languages.contains(language) { languages.append(language) }
    }
    return languages
  }

  /// `07150100:75; 06130100 (50)` for colleges (code and intake), `07150100; 06130100` for
  /// enterprises.
  private static func specialties(
    _ reader: inout RowReader, _ classifier: SpecialtyClassifier, withIntake: Bool
  ) -> [SpecialtyOffer]? {
    specialties(&reader, C.specialties, classifier, withIntake: withIntake)
  }

  /// The specialty codes of a cell (with intakes for colleges), each once; empty cell: none.
  static func specialties(
    _ reader: inout RowReader, _ column: CSVColumn, _ classifier: SpecialtyClassifier,
    withIntake: Bool
  ) -> [SpecialtyOffer]? {
    guard let text = reader.optional(column) else { return [] }
    var offers: [SpecialtyOffer] = []
    var valid = true
    for item in ImportValues.list(text) {
      var codeText = item
      var intake = 0
      if withIntake {
        guard let (code, number) = ImportValues.pair(item),
          let value = ImportValues.integer(number),
          value >= 0
        else {
          reader.fail(column, ImportMessages.badOffer(item))
          valid = false
          continue
        }
        codeText = code
        intake = value
      }
      switch RowReader.specialty(codeText, classifier) {
      case .success(let code):
        if offers.contains(where: { $0.specialty == code }) {
          reader.fail(column, ImportMessages.repeatedSpecialty(codeText))
          valid = false
        }
        offers.append(SpecialtyOffer(specialty: code, intake: intake))
      case .failure(let message):
        reader.fail(column, message.text)
        valid = false
      }
    }
    return valid ? offers : nil
  }
}
