import JolModel
import Testing

@testable import JolMatching

/// Every key of JolMatching's catalogue areas has three non-empty templates with one placeholder
/// set, renders completely, and every call site supplies each placeholder.
@Suite struct MatchingCatalogueTests {
  @Test func everyAreaIsComplete() {
    var problems: [String] = []
    problems += MessageCatalogue.problems(ExplanationText.self)
    problems += MessageCatalogue.problems(MatchingText.self)
    problems += MessageCatalogue.problems(VerifierText.self)
    #expect(problems == [])
  }

  /// An explanation renders without a missing placeholder in every language.
  @Test func explanationsRenderInEveryLanguage() throws {
    let instance = Instance(
      students: [
        .init("s1", choices: ["m0", "m1", "m2", "m3"]), .init("s2", choices: ["m1", "m2"]),
      ],
      mentors: [
        .init("m0", capacity: 0, ranking: ["s1"]),
        .init("m1", capacity: 1, enterprise: "e1", ranking: ["s2", "s1"]),
        .init("m2", capacity: 1, enterprise: "e1", ranking: ["s1"]),
        .init("m3", capacity: 1, ranking: ["s1"]),
      ],
      enterprises: [.init("e1", capacity: 1)])
    // s2 wins the tie at the enterprise: s1 meets every kind of reason on the way to m3.
    let result = try instance.solve(lottery: MatchingLottery(numbers: [2, 1]))
    for explanation in result.explanations {
      for language in Language.allCases {
        #expect(!explanation.text(in: language).contains("⟦missing"))
      }
    }
    #expect(result.explanation(ofStudentAt: 0).preferred.count == 3)
  }
}
