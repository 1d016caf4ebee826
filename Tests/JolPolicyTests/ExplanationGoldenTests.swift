import JolModel
import Testing

@testable import JolPolicy

/// Explanations as a person reads them, in each language, pinned by golden files: a change of
/// wording shows as a diff to read, never slips through.
struct ExplanationGoldenTests {
  let policy = compileSample()

  @Test(arguments: [Language.kk, .ru, .en])
  func aRefusalAndAnAwardRead(_ language: Language) throws {
    var refused = Facts(id: "L1")
    refused.stage = .college
    refused.form = .fullTime
    refused.gpa = FixedDecimal("3.4")
    refused.attendance = FixedDecimal("95")
    refused.categories = []
    refused.qualificationLevel = .specialist
    refused.lowestGrade = 4
    var awarded = refused
    awarded.id = "L2"
    awarded.gpa = FixedDecimal("4.6")
    let text = [refused, awarded].map {
      DecisionRenderer.text(
        Evaluator.evaluate(policy, $0, asOf: CivilDate("2026-10-01")!), language: language)
    }.joined(separator: "\n\n")
    try GoldenFile.expect(text + "\n", equals: "explanation.\(language.rawValue).txt")
  }
}
