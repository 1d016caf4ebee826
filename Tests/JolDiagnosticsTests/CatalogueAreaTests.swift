import JolModel
import Testing

@testable import JolDiagnostics

/// Every key of the diagnostics catalogue areas has three non-empty templates with one
/// placeholder set, and renders completely.
@Suite struct DiagnosticsCatalogueAreaTests {
  @Test func everyAreaIsComplete() {
    var problems: [String] = []
    problems += MessageCatalogue.problems(InstrumentMessage.self)
    problems += MessageCatalogue.problems(AnswerMessage.self)
    problems += MessageCatalogue.problems(ProfileMessage.self)
    problems += MessageCatalogue.problems(CrosswalkMessage.self)
    problems += MessageCatalogue.problems(RecommendMessage.self)
    #expect(problems == [])
  }
}
