import Foundation
import JolModel
import Testing

@testable import JolPolicy

/// Every key of the policy engine's catalogue areas has three non-empty templates with one
/// placeholder set, and renders completely.
@Suite struct PolicyCatalogueAreaTests {
  @Test func everyAreaIsComplete() {
    var problems: [String] = []
    problems += MessageCatalogue.problems(FactsMessage.self)
    problems += MessageCatalogue.problems(DecisionMessage.self)
    problems += MessageCatalogue.problems(RoundMessage.self)
    problems += MessageCatalogue.problems(PolicyTestMessage.self)
    problems += MessageCatalogue.problems(OutlineMessage.self)
    problems += MessageCatalogue.problems(DiffMessage.self)
    problems += MessageCatalogue.problems(PolicySetMessage.self)
    #expect(problems == [])
  }

  /// The golden texts (explanations, outlines) show no placeholder a call site left empty.
  @Test func goldenTextsFillEveryPlaceholder() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(!text.contains("⟦missing"), "\(name)")
    }
  }
}
