import JolModel
import Testing

@testable import JolApp

/// Every key of the app's catalogue areas has three non-empty templates with one placeholder set,
/// and renders completely.
@Suite struct AppCatalogueAreaTests {
  @Test func everyAreaIsComplete() {
    var problems: [String] = []
    problems += MessageCatalogue.problems(CLIText.self)
    problems += MessageCatalogue.problems(CommandText.self)
    problems += MessageCatalogue.problems(GenerateText.self)
    problems += MessageCatalogue.problems(LogText.self)
    problems += MessageCatalogue.problems(IDCheckText.self)
    problems += MessageCatalogue.problems(PolicyCommandText.self)
    problems += MessageCatalogue.problems(ReferenceText.self)
    problems += MessageCatalogue.problems(RoundText.self)
    problems += MessageCatalogue.problems(DecideText.self)
    problems += MessageCatalogue.problems(DemoText.self)
    problems += MessageCatalogue.problems(ImportRunText.self)
    problems += MessageCatalogue.problems(TimelineText.self)
    problems += MessageCatalogue.problems(StoreText.self)
    problems += MessageCatalogue.problems(DiagnoseText.self)
    problems += MessageCatalogue.problems(DiagnosticsText.self)
    problems += MessageCatalogue.problems(DiagnoseReportText.self)
    problems += MessageCatalogue.problems(MatchCommandText.self)
    problems += MessageCatalogue.problems(ReportCommandText.self)
    #expect(problems == [])
  }
}
