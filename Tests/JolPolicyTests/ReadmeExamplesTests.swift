import Foundation
import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 10: the examples of `Policies/README.md` are checked like policies, against
/// the classifier of `Policies/reference/`, so documentation never shows what Jol rejects.
struct ReadmeExamplesTests {
  static let root = ShippedPoliciesTests.policiesDirectory

  static func readme() throws -> String {
    try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
  }

  static func classifier() throws -> SpecialtyClassifier {
    let reference = root.appendingPathComponent("reference")
    func text(_ name: String) throws -> String {
      try String(contentsOf: reference.appendingPathComponent(name), encoding: .utf8)
    }
    return try SpecialtyClassifier(
      specialtiesCSV: try text(SpecialtyClassifier.specialtiesFileName),
      qualificationsCSV: try text(SpecialtyClassifier.qualificationsFileName),
      legacyCSV: try text(SpecialtyClassifier.legacyFileName))
  }

  /// The fenced code blocks of the README, as lines without comments.
  static func codeBlocks() throws -> [[String]] {
    var blocks: [[String]] = []
    var current: [String]?
    for line in try readme().split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if let block = current { blocks.append(block) }
        current = current == nil ? [] : nil
      } else if current != nil {
        let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        current!.append(String(code).trimmingCharacters(in: .whitespaces))
      }
    }
    return blocks
  }

  /// `fact = value` for every "e.g. `value`" in the table of facts.
  static func factExamples() throws -> [(fact: String, value: String)] {
    try readme().split(separator: "\n").compactMap { line in
      guard line.hasPrefix("| `"), let example = line.range(of: "e.g. `") else { return nil }
      let fact = line.dropFirst(3).prefix { $0 != "`" }
      let value = line[example.upperBound...].prefix { $0 != "`" }
      return (String(fact), String(value))
    }
  }

  /// A policy around `statements`, with the README's own lists and parameters declared.
  static func harness(_ statements: [String], declarations: [String]) -> String {
    MarkedPolicy.header + declarations.joined(separator: "\n") + "\n"
      + statements.joined(separator: "\n") + "\n"
  }

  @Test func everyFactExampleIsAValueJolAccepts() throws {
    let examples = try Self.factExamples()
    #expect(examples.contains { $0.fact == "qualification" })
    #expect(examples.contains { $0.fact == "specialty" })
    let codes = try Self.classifier()
    for (fact, value) in examples {
      let text =
        MarkedPolicy.header + "require \(fact) = \(value) because r\n"
        + "reason r kk \"а\" ru \"б\" en \"c\"\n"
      let (_, errors) = PolicySet.load(files: [("README.md", text)], codes: codes)
      #expect(errors.isEmpty, "README example \(fact) = \(value): \(errors)")
    }
  }

  @Test func everyRequirementExampleChecks() throws {
    let blocks = try Self.codeBlocks()
    let declarations = blocks.filter {
      $0.first?.hasPrefix("list ") == true || $0.first?.hasPrefix("parameter ") == true
    }.flatMap { $0 }
    let requirements = blocks.flatMap { $0 }.filter { $0.hasPrefix("require ") }
    #expect(requirements.count >= 3)
    let codes = try Self.classifier()
    for requirement in requirements {
      let key = requirement.components(separatedBy: " because ").last ?? "r"
      let text = Self.harness(
        [requirement, "reason \(key) kk \"а\" ru \"б\" en \"c\""], declarations: declarations)
      let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0 == requirement
      }.map { $0 + 1 }
      let (_, errors) = PolicySet.load(files: [("README.md", text)], codes: codes)
      let here = errors.filter { $0.location.line == line }
      #expect(here.isEmpty, "README example '\(requirement)': \(here)")
    }
  }

  @Test func theListExampleHoldsClassifierCodes() throws {
    let blocks = try Self.codeBlocks()
    let list = try #require(blocks.first { $0.first?.hasPrefix("list ") == true })
    let text = Self.harness(
      list + [
        "require specialty in deficit_specialties because r", "reason r kk \"а\" ru \"б\" en \"c\"",
      ],
      declarations: [])
    let (set, errors) = PolicySet.load(files: [("README.md", text)], codes: try Self.classifier())
    #expect(errors.isEmpty, "\(errors)")
    #expect(set.policies.count == 1)
  }
}
