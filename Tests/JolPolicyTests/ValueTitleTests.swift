import JolFormat
import JolModel
import Testing

@testable import JolPolicy

/// Explanations name closed-set values by title in the decision's language; JSON `values`
/// keep the codes, and the byte renderer writes what the String renderer writes.
struct ValueTitleTests {
  let policy = compileSample()

  func learner(form: StudyForm) -> Facts {
    facts {
      $0.stage = .college
      $0.form = form
      $0.gpa = FixedDecimal("3.8")
      $0.attendance = FixedDecimal("95")
      $0.qualificationLevel = .worker
      $0.lowestGrade = 4
      $0.categories = [.rural, Category(rawValue: "mountain_village")]
    }
  }

  @Test func failedReasonNamesTheFormByTitle() throws {
    let decision = Evaluator.evaluate(
      policy, learner(form: .evening), asOf: date("2026-10-01"), explain: true)
    let criterion = try #require(decision.criteria.first { $0.id == "wrong-form" })
    #expect(decision.reasonText(criterion, .kk) == "Оқу нысаны: кешкі")
    #expect(decision.reasonText(criterion, .ru) == "Форма обучения: вечерняя")
    #expect(decision.reasonText(criterion, .en) == "Form of study: evening")
  }

  @Test func passedValuesReadByTitleAndJSONKeepsCodes() throws {
    let decision = Evaluator.evaluate(
      policy, learner(form: .fullTime), asOf: date("2026-10-01"), explain: true)
    let stage = try #require(decision.criteria.first { $0.id == "not-in-college" })
    #expect(decision.reasonText(stage, .kk) == "білім беру кезеңі: колледж")
    let form = try #require(decision.criteria.first { $0.id == "wrong-form" })
    #expect(decision.reasonText(form, .ru) == "форма обучения: очная")
    #expect(decision.reasonText(form, .en) == "form of study: full-time")
    let json = DecisionRenderer.json(decision, language: .kk)
    #expect(json.contains("\"form\":\"full_time\""))
    #expect(json.contains("күндізгі"))
    #expect(!json.contains("form of study: full_time"))
  }

  @Test func categoriesReadByTitleAndUnknownOnesAsTheirCode() {
    let value = Value.set(["mountain_village", "rural"])
    #expect(Fact.categories.formatted(value, .kk) == "mountain_village, ауыл жастары")
    #expect(Fact.categories.formatted(value, .ru) == "mountain_village, сельская молодёжь")
    #expect(Fact.gpa.formatted(.decimal(FixedDecimal("3.5")!), .ru) == "3,5")
    #expect(Fact.funding.formatted(.text("state_order"), .kk) == "мемлекеттік білім беру тапсырысы")
  }

  @Test(arguments: [Language.kk, .ru, .en])
  func byteRendererWritesTheSameTitles(_ language: Language) {
    for form in StudyForm.allCases {
      let decision = Evaluator.evaluate(
        policy, learner(form: form), asOf: date("2026-10-01"), explain: true)
      var buffer = JSONBytes()
      DecisionRenderer.writeJSONLine(decision, language: language, into: &buffer)
      #expect(buffer.string == DecisionRenderer.json(decision, language: language) + "\n")
    }
  }
}
