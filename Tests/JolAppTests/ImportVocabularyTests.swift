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

  /// The spellings Jol printed before its titles followed the official Kazakh terms.
  @Test(arguments: [
    ("дуалды", StudyForm.dual), ("дуальды", .dual), ("қашықтықтан", .distance),
    ("қашықтан", .distance),
  ])
  func bothKazakhSpellingsOfAFormAreAccepted(_ word: String, _ form: StudyForm) {
    #expect(ImportVocabulary.form.value(word) == form)
  }

  @Test func aRejectionNamesTheSetAndTheNearestWord() {
    let text = ImportVocabulary.form.rejection("dul")
    #expect(
      text.en
        == "'dul' is not a known form of study; expected one of: full_time, dual, evening, distance; did you mean 'dual'?"
    )
    #expect(!text.kk.contains("⟦"))
  }

  @Test func theImportCataloguesAreComplete() {
    #expect(MessageCatalogue.problems(ImportText.self) == [])
    #expect(MessageCatalogue.problems(VocabularyTitle.self) == [])
    #expect(MessageCatalogue.problems(FreeTextMessage.self) == [])
  }
}
