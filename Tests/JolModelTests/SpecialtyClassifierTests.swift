import Foundation
import JolModel
import Testing

@Suite struct SpecialtyClassifierTests {
  /// The classifier from `Policies/reference/`, as `jol` reads it.
  private func policies() throws -> SpecialtyClassifier {
    func read(_ name: String) throws -> String {
      try String(contentsOf: referenceDirectory.appendingPathComponent(name), encoding: .utf8)
    }
    return try SpecialtyClassifier(
      specialtiesCSV: read(SpecialtyClassifier.specialtiesFileName),
      qualificationsCSV: read(SpecialtyClassifier.qualificationsFileName),
      legacyCSV: read(SpecialtyClassifier.legacyFileName))
  }

  private static let specialties = """
    code;isced_field;name_kk;name_ru;name_en;direction
    06130100;0613;Бағдарламалық қамтамасыз ету;Программное обеспечение;Software;ict
    07150500;0715;Дәнекерлеу ісі;Сварочное дело;Welding;engineering
    09130100;0913;Мейіргер ісі;Сестринское дело;Nursing;medicine
    01140100;0114;Бастауыш білім беру;Начальное обучение;Primary education;social

    """
  private static let qualifications = """
    code,name_kk,name_ru,name_en,source
    4S06130103,Әзірлеуші,Разработчик,Developer,test
    3W07150501,Дәнекерлеуші,Сварщик,Welder,test
    5AB09130101,Қолданбалы бакалавр,Прикладной бакалавр,Applied bachelor,test

    """
  private static let legacy = """
    legacy_code,legacy_name_ru,code,source
    1304000,ВТ и ПО,06130100,test
    1114000,Сварочное дело,07150500,test
    0105000,Начальное образование,01140100,test
    0105000,Начальное образование,09130100,test

    """

  private func fixture(
    specialties: String = specialties, qualifications: String = qualifications,
    legacy: String = legacy
  ) throws(CSVError) -> SpecialtyClassifier {
    try SpecialtyClassifier(
      specialtiesCSV: specialties, qualificationsCSV: qualifications, legacyCSV: legacy)
  }

  @Test func policiesReferenceFilesLoadCompleteInThreeLanguages() throws {
    let classifier = try policies()
    #expect(classifier.specialties.count >= 31)
    for specialty in classifier.specialties {
      #expect(specialty.code.iscedField == specialty.iscedField)
      #expect(Direction.all.contains(specialty.direction))
      #expect(!specialty.name.kk.isEmpty && !specialty.name.en.isEmpty)
    }
    #expect(
      try classifier.specialty("07150100").name.kk == "Машина жасау технологиясы (түрлері бойынша)")
    #expect(try classifier.specialty("09130100").name.kk == "Мейіргер ісі")
    #expect(try classifier.resolve(legacy: "1114000").code.rawValue == "07150500")
    // 1304000 was split: both successors are listed, none is guessed.
    let split = ClassifierError(
      .ambiguousLegacyCode(
        "1304000",
        candidates: [SpecialtyCode(rawValue: "06130100"), SpecialtyCode(rawValue: "06120100")]))
    #expect(throws: split) { try classifier.resolve(legacy: "1304000") }
    #expect(throws: split) { try classifier.specialty("1304000") }
    #expect(
      try classifier.specialty("07130100").name.ru == "Электрооборудование (по видам и отраслям)")
    let developer = try classifier.qualification("4S06130103")
    #expect(developer.level == .specialist && developer.specialty.rawValue == "06130100")
    #expect(developer.name.ru == "Разработчик программного обеспечения")
    let welder = try classifier.qualification("3W07150501")
    #expect(welder.level == .worker && welder.name.ru == "Электрогазосварщик")
    #expect(classifier.direction(of: SpecialtyCode(rawValue: "06130100")) == .ict)
    #expect(classifier.direction(of: SpecialtyCode(rawValue: "09130100")) == .medicineSocial)
  }

  @Test func qualificationCodeShapeGivesLevelAndSpecialty() {
    let cases: [(String, QualificationLevel?, String?)] = [
      ("4S06130103", .specialist, "06130100"), ("3W07150501", .worker, "07150500"),
      ("5AB09130101", .appliedBachelor, "09130100"), ("4S0613010", nil, nil),
      ("6X06130103", nil, nil),
      ("4s06130103", nil, nil), ("4S0613010A", nil, nil), ("", nil, nil),
      // Longer than a string kept inline, digits of another script, a trailing space.
      ("4S06130103061301030613", nil, nil), ("4S٠٦١٣٠١٠٣", nil, nil), ("4S06130103 ", nil, nil),
      ("3W", nil, nil), ("5AB0913010", nil, nil),
    ]
    for (text, level, specialty) in cases {
      let code = QualificationCode(rawValue: text)
      #expect(code.level == level, "\(text)")
      #expect(code.specialtyCode?.rawValue == specialty, "\(text)")
    }
    #expect(QualificationCode(rawValue: "4S06130103").serial == "03")
  }

  @Test func lookupsAndDirectionAliases() throws {
    let classifier = try fixture()
    #expect(try classifier.specialty("09130100").direction == .medicineSocial)
    #expect(try classifier.specialty("01140100").direction == .medicineSocial)
    #expect(try classifier.qualification("5AB09130101").level == .appliedBachelor)
    #expect(
      classifier.qualifications(of: SpecialtyCode(rawValue: "06130100")).map(\.code.rawValue) == [
        "4S06130103"
      ])
    #expect(
      classifier.specialties.map(\.code.rawValue) == [
        "01140100", "06130100", "07150500", "09130100",
      ])
  }

  @Test func unknownSpecialtySuggestsTheNearestKnownCode() throws {
    let classifier = try fixture()
    #expect(
      throws: ClassifierError(
        .unknownSpecialty(
          SpecialtyCode(rawValue: "06139900"),
          nearest: classifier[SpecialtyCode(rawValue: "06130100")]))
    ) {
      try classifier.specialty("06139900")
    }
    do {
      _ = try classifier.specialty("06139900")
    } catch {
      #expect(
        error.reason.en == "unknown specialty code 06139900; nearest known: 06130100 'Software'")
      #expect(
        error.reason.kk
          == "06139900 мамандық коды классификаторда жоқ; ең жақыны: 06130100 «Бағдарламалық қамтамасыз ету»"
      )
      #expect(
        error.reason.ru
          == "кода специальности 06139900 нет в классификаторе; ближайший: 06130100 «Программное обеспечение»"
      )
    }
    // Too far from anything: no suggestion rather than a misleading one.
    #expect(
      throws: ClassifierError(.unknownSpecialty(SpecialtyCode(rawValue: "99999999"), nearest: nil))
    ) {
      try classifier.specialty("99999999")
    }
  }

  @Test func malformedCodesSayWhatIsExpected() throws {
    let classifier = try fixture()
    #expect(throws: ClassifierError(.malformedSpecialtyCode("0613010", replacement: nil))) {
      try classifier.specialty("0613010")
    }
    // An old code given where a new one is expected names its replacement.
    do {
      _ = try classifier.specialty("1304000")
      Issue.record("an old code is not a specialty code")
    } catch {
      #expect(
        error.reason.en
          == "'1304000' is not a specialty code: 8 digits expected (e.g. 06130100); this is an old 7-digit code, the new one is 06130100"
      )
    }
    // An old code with several successors, given where a new one is expected, lists them.
    do {
      _ = try classifier.specialty("0105000")
      Issue.record("a split old code is not guessed")
    } catch {
      #expect(
        error.reason.en
          == "old code 0105000 maps to several specialties: 01140100, 09130100; name the specialty itself"
      )
    }
    #expect(throws: ClassifierError(.malformedQualificationCode("4X06130103"))) {
      try classifier.qualification("4X06130103")
    }
    #expect(throws: ClassifierError(.malformedLegacyCode("130400"))) {
      try classifier.resolve(legacy: "130400")
    }
  }

  @Test func unknownQualificationSaysWhetherItsSpecialtyIsKnown() throws {
    let classifier = try fixture()
    #expect(
      throws: ClassifierError(
        .unknownQualification(
          QualificationCode(rawValue: "4S06130109"), specialtyKnown: true,
          nearest: classifier[QualificationCode(rawValue: "4S06130103")]))
    ) {
      try classifier.qualification("4S06130109")
    }
    #expect(
      throws: ClassifierError(
        .unknownQualification(
          QualificationCode(rawValue: "4S06139903"), specialtyKnown: false, nearest: nil))
    ) {
      try classifier.qualification("4S06139903")
    }
  }

  @Test func legacyResolutionIsUniqueOrAnError() throws {
    let classifier = try fixture()
    #expect(try classifier.resolve(legacy: "1114000").code.rawValue == "07150500")
    #expect(
      throws: ClassifierError(
        .ambiguousLegacyCode(
          "0105000",
          candidates: [SpecialtyCode(rawValue: "01140100"), SpecialtyCode(rawValue: "09130100")]))
    ) {
      try classifier.resolve(legacy: "0105000")
    }
    do {
      _ = try classifier.resolve(legacy: "1304001")
      Issue.record("1304001 is not in the table")
    } catch {
      #expect(
        error.reason.en
          == "old code 1304001 is not in the old → new code table; nearest: 1304000 → 06130100")
    }
  }

  @Test func rosterFieldErrorsArePlacedAtTheField() throws {
    let classifier = try fixture()
    let column = CSVColumn("specialty", aliases: ["Мамандық", "Специальность"])
    let rows = try CSVReader.parse(
      "ЖСН;Мамандық\n880515300120;06130100\n070514500011; 06139900\n", fileName: "roster.csv"
    )
    .bind(columns: [column])
    #expect(try classifier.specialty(in: rows[0], column: column).code.rawValue == "06130100")
    do {
      _ = try classifier.specialty(in: rows[1], column: column)
      Issue.record("06139900 is unknown")
    } catch {
      #expect(
        error.message.en
          == "roster.csv:3:14: field 2 «Мамандық»: unknown specialty code 06139900; nearest known: 06130100 'Software'"
      )
    }
  }

  @Test(arguments: [
    (
      "code,isced_field,name_kk,name_ru,name_en,direction\n06130100,0612,a,b,c,ict\n", 2, 10,
      "the ISCED field should be 0613, not 0612: the first four digits of 06130100"
    ),
    (
      "code,isced_field,name_kk,name_ru,name_en,direction\n06130100,0613,,b,c,ict\n", 2, 15,
      "the value is empty but required"
    ),
    (
      "code,isced_field,name_kk,name_ru,name_en,direction\n06130100,0613,a,b,c,ikt\n", 2, 21,
      "unknown direction 'ikt'; expected one of: engineering, ict, agriculture, transport, services, creative, medicine_social"
    ),
    (
      "code,isced_field,name_kk,name_ru,name_en,direction\n0613010,0613,a,b,c,ict\n", 2, 1,
      "'0613010' is not a specialty code: 8 digits expected (e.g. 06130100)"
    ),
    (
      "code,isced_field,name_kk,name_ru,name_en,direction\n06130100,0613,a,b,c,ict\n06130100,0613,a,b,c,ict\n",
      3, 1, "this code already appears on line 2; each code is listed once"
    ),
  ])
  func specialtiesFileProblemsNameLineAndColumn(
    text: String, line: Int, column: Int, reason: String
  ) {
    do {
      _ = try fixture(
        specialties: text, qualifications: "code,name_kk,name_ru,name_en,source\n",
        legacy: "legacy_code,legacy_name_ru,code,source\n")
      Issue.record("must be rejected: \(text)")
    } catch {
      #expect(error.file == "tvet-specialties.csv")
      #expect(error.position == CSVPosition(line: line, column: column))
      #expect(error.reason.en == reason)
    }
  }

  @Test func qualificationOfAnUnlistedSpecialtyIsRejected() {
    do {
      _ = try fixture(qualifications: "code,name_kk,name_ru,name_en,source\n4S01010101,a,b,c,x\n")
      Issue.record("must be rejected")
    } catch {
      #expect(error.file == "qualifications.csv" && error.line == 2 && error.column == 1)
      #expect(
        error.reason.en
          == "specialty 01010100 is not in tvet-specialties.csv; add the specialty first")
    }
  }

  @Test func legacyRowPointingNowhereIsRejected() {
    do {
      _ = try fixture(legacy: "legacy_code,legacy_name_ru,code,source\n1304000,x,06130199,test\n")
      Issue.record("must be rejected")
    } catch {
      #expect(error.file == "legacy-specialty-codes.csv" && error.line == 2 && error.column == 11)
    }
  }

  @Test func directionsAreSevenWithNamesInThreeLanguages() {
    #expect(Direction.all.count == 7)
    #expect(Direction.known(" Medicine ") == .medicineSocial)
    #expect(Direction.known("social") == .medicineSocial)
    #expect(Direction.known("ict") == .ict)
    #expect(Direction.known("ikt") == nil)
    #expect(Direction.medicine == Direction.social)
    for direction in Direction.all {
      #expect(direction.title.kk != direction.rawValue && !direction.title.ru.isEmpty)
    }
    #expect(Direction(rawValue: "robotics").title == .same("robotics"))
  }

  @Test func directionTitlesAreTheMinistrysWords() {
    // Ministry of Enlightenment, profile classes 2025–2026 (kazpravda.kz, 2025-10-06).
    #expect(
      Direction.all.map(\.title.ru) == [
        "Техническое и инженерное", "Информационно-коммуникационные технологии",
        "Сельское хозяйство и экология", "Транспорт и логистика", "Сфера обслуживания",
        "Творчество и культура", "Медицина и социальное обслуживание",
      ])
    #expect(Set(Direction.all.map(\.title.kk)).count == 7)
  }
}

private let referenceDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Policies/reference")
