import JolFormat
import JolModel
import Testing

@testable import JolPolicy

/// A reason written from its template split once (``SplitTemplate``) reads as the readable
/// reference ``Decision/fill(_:_:_:)`` fills its text: literal runs, placeholders of facts (codes
/// by their titles), of parameters, of unknown names and of missing values, braces that open
/// nothing, in every language.
@Suite struct SplitTemplateTests {
  @Test func aSplitTemplateFillsAsTheTextIsFilled() throws {
    let set = try ShippedPoliciesTests.load()
    var generator = SyntheticGenerator(seed: 7)
    let templates = [
      "", "plain", "{gpa}", "GPA {gpa} < {min_gpa}", "{funding}: {form}; {stage}", "{categories}",
      "{unknown} and {}", "{ no close", "}{gpa}{", "{a{gpa}", "{{gpa}}", "ә {region} — «{gpa}»",
      "{gpa}{gpa}", "\"quoted\" \\ {specialty}\n{district}",
    ]
    var checked = 0
    for policy in set.policies {
      for index in 0..<40 {
        let subject = generator.facts(id: "L\(index)", known: index % 2 == 0 ? 70 : 100)
        let decision = Evaluator.evaluate(policy, subject, asOf: date("2026-10-01"), detail: .full)
        // Every fact's value, and a missing one, besides what the criteria named.
        var values = decision.criteria.flatMap(\.values)
        values += Fact.allCases.map {
          NamedValue(name: $0.rawValue, value: subject.value(of: $0, asOf: date("2026-10-01")))
        }
        for template in templates {
          for language in Language.allCases {
            var output = JSONBytes()
            output.escapes = false
            DecisionRenderer.fill(
              SplitTemplate(template), values, decision.parameters, language, &output)
            #expect(
              output.string == decision.fill(template, values, language),
              "\(policy.id) \(template) \(language)")
            checked += 1
          }
        }
      }
    }
    #expect(checked > 1_000)
  }

  @Test func placeholdersKnowTheirFacts() {
    let template = SplitTemplate("a {gpa} b {min_gpa} {")
    #expect(template.parts.count == 5)
    guard case .placeholder("gpa", let fact) = template.parts[1],
      case .placeholder("min_gpa", nil) = template.parts[3]
    else {
      Issue.record("parts: \(template.parts)")
      return
    }
    #expect(fact == .gpa)
  }
}
