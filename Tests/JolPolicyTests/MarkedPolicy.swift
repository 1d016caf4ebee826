import JolModel
import Testing

@testable import JolPolicy

/// A policy text with a `⟦` marker where a diagnostic is expected, checked with a set of known
/// policy ids: the tests of issue #7 ("Trust") put the marker at the literal that is wrong.
struct MarkedPolicy {
  static let header = """
    policy marked
    version 1
    title kk "Белгі" ru "Метка" en "Marked"
    basis "Test"
    effective 2026-09-01 .. 2027-08-31
    consider all

    """

  var text: String
  var line: Int
  var column: Int

  /// `body` after the standard header, with the marker removed and its place kept.
  init(_ body: String) throws {
    var text = Self.header + body
    let marker = try #require(text.range(of: "⟦"))
    let before = text[..<marker.lowerBound]
    line = before.filter { $0 == "\n" }.count + 1
    column =
      before.count
      - (before.lastIndex(of: "\n").map {
        before.distance(from: before.startIndex, to: $0) + 1
      } ?? 0) + 1
    text.removeSubrange(marker)
    self.text = text
  }

  /// Errors and warnings of the policy, checked among `others` policy ids.
  func diagnostics(others: Set<String> = ["akim-named-scholarship"]) -> (
    PolicySet, [Diagnostic]
  ) {
    let (set, errors) = PolicySet.load(
      files: [("marked.policy", text)], otherPolicies: others)
    return (set, (errors + set.warnings).sorted { $0.location < $1.location })
  }

  /// The diagnostics at the marker.
  func atMarker(others: Set<String> = ["akim-named-scholarship"]) -> [Diagnostic] {
    diagnostics(others: others).1.filter {
      $0.location.line == line && $0.location.column == column
    }
  }
}

/// Whether every language's text of `diagnostic` is filled in and translated.
func isTrilingual(_ diagnostic: Diagnostic) -> Bool {
  let message = diagnostic.message
  return !message.kk.isEmpty && !message.ru.isEmpty && message.kk != message.en
    && message.ru != message.en
}
