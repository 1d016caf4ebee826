import JolModel
import Testing

@testable import JolPolicy

/// Nothing that acts on a terminal or reorders what is shown gets through a policy, a `.tests`
/// file or a facts file: text in quotes holding one is an error at the text, anywhere else at
/// the character, and every message names such a character by its code point, never as it is.
@Suite struct TextSafetyInSourcesTests {
  /// The marked policy's diagnostics, with no message holding a character TextSafety forbids.
  static func diagnostics(_ policy: MarkedPolicy) -> [Diagnostic] {
    let found = policy.diagnostics().1
    for diagnostic in found {
      #expect(TextSafety.forbiddenScalar(in: shown(diagnostic.description)) == nil, "\(diagnostic)")
    }
    return found
  }

  @Test(arguments: [
    ("title en ⟦\"Marked\u{202E}\"", "U+202E"),
    ("basis ⟦\"Order \u{1B}[2J\"", "U+001B"),
    (
      "require gpa >= 4 because low-gpa\nreason low-gpa\n  kk \"төмен\"\n  ru \"низкий\"\n  en ⟦\"low \u{202E}{gpa}\"",
      "U+202E"
    ),
    (
      "require gpa >= 4 because low\nseats 1\nrank by gpa desc\ntiebreak lottery ⟦\"seed\u{0}\"",
      "U+0000"
    ),
  ])
  func textInQuotesIsAnErrorAtTheText(body: String, codePoint: String) throws {
    let policy = try MarkedPolicy(body)
    let found = Self.diagnostics(policy)
    let atMarker = found.filter {
      $0.location.line == policy.line && $0.location.column == policy.column
    }
    #expect(
      atMarker.contains { $0.isError && $0.message.en.contains("control character \(codePoint)") },
      "\(found)")
    #expect(policy.diagnostics().0.policies.isEmpty)
  }

  @Test func aTitleWithAnOverrideDoesNotCompile() {
    let text =
      MarkedPolicy.header.replacingOccurrences(
        of: "en \"Marked\"", with: "en \"Mar\u{202E}ked\"") + "require gpa >= 4 because low\n"
    let (policy, diagnostics) = PolicySet.compile(path: "p.policy", text: text)
    #expect(policy == nil)
    #expect(
      diagnostics.map(\.description).contains {
        $0.hasPrefix("p.policy:3:") && $0.contains("U+202E")
      }, "\(diagnostics)")
  }

  @Test(arguments: [("\u{0}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{202E}", "U+202E")])
  func aBareCharacterIsNamedByItsCodePoint(character: String, codePoint: String) throws {
    let policy = try MarkedPolicy("require gpa >= 4 ⟦\(character) because low\n")
    let found = Self.diagnostics(policy)
    #expect(
      found.contains {
        $0.location.line == policy.line && $0.location.column == policy.column
          && $0.message.en.hasPrefix("unexpected character \(codePoint):")
      }, "\(found)")
  }

  @Test func anOverrideInACommentIsAnErrorAtIt() throws {
    let policy = try MarkedPolicy("require gpa >= 4 because low  # note ⟦\u{202E} reversed\n")
    let found = Self.diagnostics(policy)
    #expect(
      found.contains {
        $0.location.line == policy.line && $0.location.column == policy.column
          && $0.message.en.contains("U+202E")
      }, "\(found)")
  }

  @Test func aTestCaseNameWithAnEscapeIsAnError() {
    let (file, errors) = PolicyTestParser.parse(
      file: "t.tests",
      text: "policy marked\ncase \"a\u{1B}[31m\"\n  facts gpa=4\n  expect eligible\n")
    #expect(file == nil)
    #expect(
      errors.map(\.description).contains {
        $0.hasPrefix("t.tests:2:6: error: the text in quotes holds the control character U+001B")
      }, "\(errors)")
    for error in errors { #expect(TextSafety.forbiddenScalar(in: shown(error.description)) == nil) }
  }

  static func factsErrors(_ line: String) -> [String] {
    do {
      _ = try FactsFile.parse(Array((line + "\n").utf8), fileName: "f.jsonl")
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test(arguments: [
    (#"{"id": "\u0000\u001b[2J\u202e"}"#, "f.jsonl:1:8:", "U+0000"),
    ("{\"id\": \"L\u{1B}[2J\"}", "f.jsonl:1:8:", "U+001B"),
    ("{\"id\": \"L1\", \"categories\": [\"rural\", \"x\u{202E}\"]}", "f.jsonl:1:38:", "U+202E"),
    ("{\"id\": \"L1\", \"ge\u{0}\": 1}", "f.jsonl:1:14:", "U+0000"),
    (#"{"id": "L1\nL2"}"#, "f.jsonl:1:8:", "U+000A"),
    (#"{"id": "L1\r"}"#, "f.jsonl:1:8:", "U+000D"),
  ])
  func aFactsFileStringWithAControlIsAnErrorAtIt(line: String, place: String, codePoint: String) {
    let errors = Self.factsErrors(line)
    #expect(errors.count == 1, "\(errors)")
    #expect(
      errors.first?.hasPrefix(
        "\(place) error: the string holds the control character \(codePoint)") == true,
      "\(errors)")
  }

  @Test(arguments: [
    ("{\"id\": \"L1\",\u{0}}", "U+0000"), ("{\"id\": \"L1\"}\u{1B}[2J", "U+001B"),
    ("\u{202E}{\"id\": \"L1\"}", "U+202E"),
  ])
  func aFactsFileNamesAStrayControlByItsCodePoint(line: String, codePoint: String) {
    let errors = Self.factsErrors(line)
    #expect(errors.count == 1 && errors[0].contains(codePoint), "\(errors)")
    for error in errors { #expect(TextSafety.forbiddenScalar(in: shown(error)) == nil, "\(error)") }
  }
}

/// `text` without its line breaks and the U+FFFD that stands for each character not shown: what
/// remains must hold nothing that acts on a terminal.
func shown(_ text: String) -> String {
  text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\u{FFFD}", with: "")
}
