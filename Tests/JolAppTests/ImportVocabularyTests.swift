import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolApp

/// Jol accepts its own words: every title it prints for a value of a closed set, in every
/// language and in any case, reads back on import as that value.
@Suite struct ImportVocabularyTests {
  /// Every value's id and title in every language, as written, upper- and lowercased.
  private func expectTitlesReadBack<Value: TitledValue & RawRepresentable<String>>(
    _ table: WordTable<Value>
  ) {
    for value in Value.allCases {
      for word in [value.rawValue] + Language.allCases.map({ value.title[$0] }) {
        for written in [word, word.uppercased(), word.lowercased()] {
          #expect(table.value(written) == value, "\(Value.self).\(value): '\(written)'")
        }
      }
    }
  }

  /// The key of a word of ASCII and Cyrillic is made without the Unicode tables; it must be
  /// the key the tables give, for every scalar, alone and among letters of either kind.
  @Test func aWordsKeyIsTheOneTheUnicodeTablesGive() {
    var scalars = (0..<0x800).compactMap(Unicode.Scalar.init)
    scalars += [0x1E9E, 0x2160, 0x212A, 0x130, 0x1F600, 0xFF21, 0xFB00].compactMap(
      Unicode.Scalar.init)
    for scalar in scalars {
      for word in ["\(scalar)", "Ә\(scalar)ş", "Full-\(scalar)", "ОЧНАЯ \(scalar)Қ"] {
        #expect(wordKey(word) == unicodeWordKey(word), "U+\(scalar.value) in \(word)")
      }
    }
    #expect(wordKey("Күндізгі-ОҚУ 2") == "күндізгіоқу2")
    #expect(wordKey("FULL_TIME") == "fulltime")
  }

  @Test func everyTitledClosedSetReadsItsTitlesBack() {
    expectTitlesReadBack(ImportVocabulary.language)
    expectTitlesReadBack(ImportVocabulary.stage)
    expectTitlesReadBack(ImportVocabulary.form)
    expectTitlesReadBack(ImportVocabulary.funding)
    expectTitlesReadBack(ImportVocabulary.reason)
    expectTitlesReadBack(ImportVocabulary.enterpriseKind)
    expectTitlesReadBack(ImportVocabulary.outsideKind)
  }

  @Test func everyWellKnownCategoryReadsItsTitlesBack() {
    for key in CategoryTitle.allCases {
      let category = Category(rawValue: key.rawValue)
      for language in Language.allCases {
        #expect(ImportVocabulary.category.value(category.title[language]) == category)
        #expect(ImportVocabulary.category.value(category.title[language].uppercased()) == category)
      }
    }
  }

  @Test func impairmentsAreReadApartFromDisabilityInGeneral() {
    for word in [
      "нарушение зрения", "Инвалид по зрению", "көру қабілеті бұзылған", "visual impairment",
    ] {
      #expect(ImportVocabulary.category.value(word) == .visualImpairment, "\(word)")
    }
    for word in [
      "нарушение слуха", "инвалид по слуху", "есту қабілеті бұзылған", "hearing_impairment",
    ] {
      #expect(ImportVocabulary.category.value(word) == .hearingImpairment, "\(word)")
    }
    #expect(ImportVocabulary.category.value("инвалид") == .disability)
  }

  @Test func everyInstitutionKindReadsItsTitlesBack() {
    for kind in InstitutionKind.allCases {
      for language in Language.allCases {
        #expect(ImportVocabulary.organisationKind.value(kind.title[language]) == .institution(kind))
      }
    }
  }

  @Test func everyRegionNameReadsBack() {
    for region in Region.all {
      for language in Language.allCases {
        #expect(ImportValues.region(region.name[language]) == region)
        #expect(ImportValues.region(region.name[language].uppercased()) == region)
      }
    }
  }

  @Test func everyDirectionTitleReadsBack() {
    for direction in Direction.all {
      for language in Language.allCases {
        #expect(Direction.known(direction.title[language]) == direction)
        #expect(Direction.known(direction.title[language].uppercased()) == direction)
      }
    }
  }

  @Test func yesAndNoAsDecisionsPrintThemReadBack() {
    for answer in [true, false] {
      for language in Language.allCases {
        let word = Value.bool(answer).formatted(language)
        #expect(ImportColumns.Applications.agreementWords.value(word) == answer)
      }
    }
  }

  /// The words Jol (and offices) once wrote as forms: both Kazakh spellings of dual training read
  /// as full-time with dual training, distance learning as extramural.
  @Test(arguments: [
    ("дуалды", StudyForm.fullTime, true), ("дуальды", .fullTime, true),
    ("қашықтықтан", .extramural, false), ("қашықтан", .extramural, false),
  ])
  func formerFormWordsInBothKazakhSpellingsAreRead(
    _ word: String, _ form: StudyForm, _ dualTraining: Bool
  ) {
    #expect(ImportVocabulary.form.value(word) == nil)
    let read = ImportVocabulary.formerForm.value(word)
    #expect(read?.form == form)
    #expect(read?.dualTraining == dualTraining)
  }

  /// A dual placement at an enterprise reads in both Kazakh spellings too.
  @Test(arguments: ["дуальды оқыту", "дуалды оқыту", "Дуалды оқыту"])
  func dualPlacementReadsInBothKazakhSpellings(_ word: String) {
    #expect(ImportVocabulary.enterpriseKind.value(word) == .dualTraining)
  }

  @Test func aRejectionNamesTheSetAndTheNearestWord() {
    let text = ImportVocabulary.form.rejection("evenin")
    #expect(
      text.en
        == "'evenin' is not a known form of study; expected one of: full_time, evening, extramural; did you mean 'evening'?"
    )
    #expect(!text.kk.contains("⟦"))
  }

  @Test func theImportCataloguesAreComplete() {
    #expect(MessageCatalogue.problems(ImportText.self) == [])
    #expect(MessageCatalogue.problems(VocabularyTitle.self) == [])
    #expect(MessageCatalogue.problems(FreeTextMessage.self) == [])
  }
}

/// No call site in JolApp leaves one of its message's placeholders without a value.
@Suite struct AppMessageCallSiteTests {
  static func problems<Key: MessageKey & RawRepresentable<String>>(
    _ area: Key.Type, in files: [(path: String, text: String)]
  ) -> (problems: [String], sites: Int) {
    var problems: [String] = []
    var sites = 0
    for file in files {
      for site in MessageCatalogue.callSites(of: area, in: file.text) {
        sites += 1
        if site.supplied != Key(rawValue: site.key)?.placeholders {
          problems.append("\(file.path): \(Key.self).\(site.key) given \(site.supplied.sorted())")
        }
      }
    }
    return (problems, sites)
  }

  @Test func everyCallSiteSuppliesExactlyItsPlaceholders() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/JolApp")
    let paths =
      FileManager.default.enumerator(atPath: directory.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
    let files = try paths.map {
      ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
    }
    let results = [
      Self.problems(ImportText.self, in: files), Self.problems(FreeTextMessage.self, in: files),
      Self.problems(VocabularyTitle.self, in: files),
    ]
    #expect(results.flatMap(\.problems) == [])
    #expect(results.map(\.sites).reduce(0, +) > 30)
  }
}
