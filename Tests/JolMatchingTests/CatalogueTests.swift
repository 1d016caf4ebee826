import Foundation
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

/// No call site in JolMatching leaves a placeholder of its message without a value, or gives
/// one the message does not have (sites passing a dictionary variable are checked by rendering:
/// ``MatchingCatalogueTests/explanationsRenderInEveryLanguage()``).
@Suite struct MatchingCallSiteTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources/JolMatching")

  static func problems<Key: MessageKey & RawRepresentable<String>>(_ area: Key.Type) throws
    -> (problems: [String], sites: Int)
  {
    let paths =
      FileManager.default.enumerator(atPath: sources.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
    var problems: [String] = []
    var sites = 0
    for path in paths.sorted() {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for site in MessageCatalogue.callSites(of: area, in: text) {
        sites += 1
        guard let key = Key(rawValue: site.key) else {
          problems.append("\(path): \(Key.self).\(site.key) is not a key")
          continue
        }
        if site.supplied != key.placeholders {
          problems.append(
            "\(path): \(Key.self).\(site.key) given \(site.supplied.sorted()), "
              + "needs \(key.placeholders.sorted())")
        }
      }
    }
    return (problems, sites)
  }

  @Test func everyCallSiteSuppliesExactlyItsPlaceholders() throws {
    var problems: [String] = []
    var sites = 0
    for result in [
      try Self.problems(MatchingText.self), try Self.problems(VerifierText.self),
      try Self.problems(ExplanationText.self),
    ] {
      problems += result.problems
      sites += result.sites
    }
    #expect(problems == [])
    #expect(sites > 30)
  }
}
