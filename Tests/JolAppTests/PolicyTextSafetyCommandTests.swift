import Foundation
import JolModel
import Testing

/// What `jol policy eval`, `check` and `show` print never holds a character that acts on the
/// terminal or reorders text, however the facts file or the policy was written: such a
/// character is an error at its file:line:column, named by its code point.
@Suite struct PolicyTextSafetyCommandTests {
  static func expectNothingRaw(_ result: JolOutput) {
    #expect(
      TextSafety.forbiddenScalar(in: shown(result.stdout)) == nil)
    #expect(
      TextSafety.forbiddenScalar(in: shown(result.stderr)) == nil)
  }

  @Test func aFactsFileIDWithControlsIsAnError() throws {
    let directory = try temporaryDirectory()
    let path = try writeFacts(
      [
        #"{"id": "L1", "stage": "college"}"#, #"{"id": "\u0000\u001b[2J\u202e"}"#,
        "{\"id\": \"L3\", \"institution\": \"K\u{1B}]8;;x\u{7}\"}",
      ], in: directory)
    let result = runJol(
      ["policy", "eval", "--policy", "akim-named-scholarship", "--facts", path, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 65, "\(result.stderr)")
    Self.expectNothingRaw(result)
    #expect(
      result.stderr.contains(
        "facts.jsonl:2:8: error: the string holds the control character U+0000"), "\(result.stderr)"
    )
    #expect(
      result.stderr.contains(
        "facts.jsonl:3:29: error: the string holds the control character U+001B"),
      "\(result.stderr)")
  }

  @Test func aPolicyTitleWithAnOverrideFailsCheckAndIsNotShown() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/akim-named-scholarship.policy"
    try edit(
      file, replacing: "en \"Regional akim's named scholarship\"",
      with: "en \"Regional \u{202E}pihsralohcs\u{1B}[2J\"")
    let place = try position(of: "\"Regional", in: String(contentsOfFile: file, encoding: .utf8))
    let check = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(check.exitCode == 65)
    Self.expectNothingRaw(check)
    #expect(
      check.stdout.contains(
        "akim-named-scholarship.policy:\(place.line):\(place.column): error: the text in quotes holds the control character U+202E"
      ),
      "\(check.stdout)")
    let show = runJol(
      ["policy", "show", "akim-named-scholarship", "--lang", "en"], workingDirectory: root)
    #expect(show.exitCode != 0)
    Self.expectNothingRaw(show)
  }

  @Test func aNulByteInAPolicyIsNamedByItsCodePoint() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/scholarships/akim-named-scholarship.policy"
    try edit(file, replacing: "consider applicants", with: "consider applicants \u{0}")
    let place = try position(of: "\u{0}", in: String(contentsOfFile: file, encoding: .utf8))
    let check = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(check.exitCode == 65)
    Self.expectNothingRaw(check)
    #expect(
      check.stdout.contains(
        "akim-named-scholarship.policy:\(place.line):\(place.column): error: unexpected character U+0000:"
      ),
      "\(check.stdout)")
  }
}

/// `text` without its line breaks and the U+FFFD that stands for each character not shown.
private func shown(_ text: String) -> String {
  text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\u{FFFD}", with: "")
}
