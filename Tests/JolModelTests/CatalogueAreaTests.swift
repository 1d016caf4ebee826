import JolModel
import Testing

/// The catalogue areas that hold what the facts' vocabulary and row planning say: complete, and
/// keyed so that the vocabulary stays the one list of facts.
@Suite struct CatalogueAreaTests {
  @Test func factTitlesAndIntakeMessagesAreComplete() {
    #expect(MessageCatalogue.problems(FactTitle.self) == [])
    #expect(MessageCatalogue.problems(IntakeMessage.self) == [])
    #expect(MessageCatalogue.problems(FactHint.self) == [])
  }

  /// Every fact takes its title from the key named after it, and every title key is a fact: a
  /// fact added to the vocabulary without its title, or a title left behind, fails here.
  @Test func everyFactHasTheTitleKeyedByItsName() {
    let entries = FactVocabulary.entries
    for entry in entries {
      let key = FactTitle(rawValue: Self.camelCase(entry.name))
      #expect(key != nil, "no FactTitle key for \(entry.name)")
      #expect(key?.title == entry.title, "\(entry.name) does not use its own title key")
    }
    #expect(FactTitle.allCases.count == entries.count)
  }

  /// `lowest_grade` → `lowestGrade`.
  private static func camelCase(_ name: String) -> String {
    let parts = name.split(separator: "_")
    return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }
      .joined()
  }

  @Test func intakeMessagesFillEveryPlaceholder() throws {
    let iin = try IIN(validating: "880515300120")
    let texts = [
      IntakeMessages.repeatedIIN(iin, 3), IntakeMessages.unknownIIN(iin),
      IntakeMessages.unknownInstitution("S1", "S2"), IntakeMessages.unknownInstitution("S1", nil),
      IntakeMessages.wrongKind("S1", .school, .college), IntakeMessages.unknownEnterprise("1"),
      IntakeMessages.repeatedCode("S1", 2),
      IntakeMessages.notAtStage(.college, CivilDate("2026-09-01")!),
      IntakeMessages.repeatedTerm("2026-1", 4),
    ]
    for text in texts {
      for language in Language.allCases {
        #expect(!text[language].contains("⟦missing"), "\(text[language])")
      }
    }
  }
}

extension FactTitle {
  fileprivate var title: LocalizedText { text() }
}
