import JolModel
import Testing

/// Every key of every JolModel catalogue area has three non-empty templates with one placeholder
/// set, and renders completely with a value for each placeholder.
@Suite struct MessageCatalogueTests {
  @Test func everyAreaIsComplete() {
    var problems: [String] = []
    problems += MessageCatalogue.problems(IdentifierMessage.self)
    problems += MessageCatalogue.problems(CSVMessage.self)
    problems += MessageCatalogue.problems(ClassifierMessage.self)
    problems += MessageCatalogue.problems(RegionName.self)
    problems += MessageCatalogue.problems(KATOMessage.self)
    problems += MessageCatalogue.problems(KATOTableMessage.self)
    problems += MessageCatalogue.problems(DirectionTitle.self)
    problems += MessageCatalogue.problems(CategoryTitle.self)
    problems += MessageCatalogue.problems(Language.self)
    problems += MessageCatalogue.problems(Stage.self)
    problems += MessageCatalogue.problems(StudyForm.self)
    problems += MessageCatalogue.problems(Funding.self)
    problems += MessageCatalogue.problems(QualificationLevel.self)
    problems += MessageCatalogue.problems(TransitionReason.self)
    problems += MessageCatalogue.problems(EnterprisePlacementKind.self)
    problems += MessageCatalogue.problems(OutsideKind.self)
    problems += MessageCatalogue.problems(BIN.EntityKind.self)
    problems += MessageCatalogue.problems(BIN.Attribute.self)
    problems += MessageCatalogue.problems(Sex.self)
    problems += MessageCatalogue.problems(InstitutionKind.self)
    #expect(problems == [])
  }

  @Test func placeholdersAreSubstitutedPerLanguage() {
    let template = MessageTemplate(kk: "{a} мен {b}", ru: "{a} и {b}", en: "{a} and {b}")
    let text = template.render(["a": "1", "b": LocalizedText(kk: "екі", ru: "два", en: "two")])
    #expect(text == LocalizedText(kk: "1 мен екі", ru: "1 и два", en: "1 and two"))
  }

  @Test func aMissingValueIsVisible() {
    let text = IdentifierMessage.checkDigit.text(["expected": "6"])
    #expect(text.en == "check digit should be 6, found " + MessageTemplate.missingMarker("found"))
  }

  @Test func bracesThatAreNotPlaceholdersStayAsWritten() {
    let template = MessageTemplate(kk: "{ a } {} {B} {x", ru: "{x}", en: "{x} }")
    #expect(template.placeholders(in: .kk) == [])
    #expect(template.render(["x": "1"]) == LocalizedText(kk: "{ a } {} {B} {x", ru: "1", en: "1 }"))
  }

  @Test func doubledBracesAreLiteral() {
    let template = MessageTemplate(kk: "'{{{name}}}'", ru: "{{x}}", en: "}}{{")
    #expect(template.placeholders(in: .kk) == ["name"])
    #expect(template.placeholders(in: .ru) == [])
    #expect(template.render(["name": "gpa"]) == LocalizedText(kk: "'{gpa}'", ru: "{x}", en: "}{"))
  }

  @Test func theCheckFindsUnequalPlaceholders() {
    let problems = MessageCatalogue.problems(Broken.self)
    // The blank English text; Russian and English placeholders unlike Kazakh's, each of which
    // also leaves a placeholder the declared values cannot fill.
    #expect(problems.count == 5)
    #expect(problems.contains("Broken.missingLanguage: no en text"))
    #expect(problems.contains { $0.hasPrefix("Broken.extraPlaceholder: ru placeholders") })
    #expect(problems.contains { $0.hasPrefix("Broken.extraPlaceholder: en does not render") })
  }

  /// A catalogue with a missing language, a placeholder only in Russian and a misspelt one.
  private enum Broken: MessageKey {
    case missingLanguage, extraPlaceholder
    var template: MessageTemplate {
      switch self {
      case .missingLanguage: MessageTemplate(kk: "бар", ru: "есть", en: " ")
      case .extraPlaceholder: MessageTemplate(kk: "{a}", ru: "{a} {b}", en: "{aa}")
      }
    }
  }
}
