import Foundation
import JolModel
import Testing

@testable import JolPolicy

/// Every key of the policy language's catalogues has three non-empty templates with one
/// placeholder set, and renders completely.
@Suite struct PolicyMessageCatalogueTests {
  @Test func syntaxMessagesAreComplete() {
    #expect(MessageCatalogue.problems(SyntaxMessage.self) == [])
  }

  @Test func checkMessagesAreComplete() {
    #expect(MessageCatalogue.problems(CheckMessage.self) == [])
    #expect(MessageCatalogue.problems(DiagnosticUseMessage.self) == [])
  }

  /// A text about a policy text's own placeholders shows its braces as written.
  @Test func placeholderBracesInAMessageAreShown() {
    let text = CheckMessage.unknownPlaceholder.text(["name": "gpaa"])
    #expect(text.en == "unknown name '{gpaa}' in text: expected a fact or parameter")
  }
}

/// No call site in JolModel or JolPolicy leaves one of its message's placeholders without a
/// value, or gives one the message does not have.
@Suite struct MessageCallSiteTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  static func swiftFiles(_ target: String) throws -> [(name: String, text: String)] {
    let directory = sources.appendingPathComponent(target)
    let paths =
      FileManager.default.enumerator(atPath: directory.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
    return try paths.sorted().map {
      ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
    }
  }

  static func problems<Key: MessageKey & RawRepresentable<String>>(
    _ area: Key.Type, in files: [(name: String, text: String)]
  ) -> (problems: [String], sites: Int) {
    var problems: [String] = []
    var sites = 0
    for file in files {
      for site in MessageCatalogue.callSites(of: area, in: file.text) {
        sites += 1
        guard let key = Key(rawValue: site.key) else {
          problems.append("\(file.name): \(Key.self).\(site.key) is not a key")
          continue
        }
        if site.supplied != key.placeholders {
          problems.append(
            "\(file.name): \(Key.self).\(site.key) given \(site.supplied.sorted()), "
              + "needs \(key.placeholders.sorted())")
        }
      }
    }
    return (problems, sites)
  }

  @Test func everyCallSiteSuppliesExactlyItsPlaceholders() throws {
    let files = try Self.swiftFiles("JolModel") + Self.swiftFiles("JolPolicy")
    var problems: [String] = []
    var sites = 0
    for result in [
      Self.problems(SyntaxMessage.self, in: files), Self.problems(CheckMessage.self, in: files),
      Self.problems(IdentifierMessage.self, in: files), Self.problems(CSVMessage.self, in: files),
      Self.problems(ClassifierMessage.self, in: files),
      Self.problems(DiagnosticUseMessage.self, in: files),
    ] {
      problems += result.problems
      sites += result.sites
    }
    #expect(problems == [])
    #expect(sites > 200)
  }

  @Test func aMissingValueAtACallSiteIsFound() {
    let source = #"let a = CSVMessage.tooLong.text(["length": String(n)])"#
    let sites = MessageCatalogue.callSites(of: CSVMessage.self, in: source)
    #expect(sites.count == 1)
    #expect(sites.first?.supplied == ["length"])
    #expect(CSVMessage.tooLong.placeholders == ["length", "maximum"])
  }
}
