import Foundation
import Testing

/// `jol policy check` checks mentoring programmes (`Policies/mentoring/*.programme`) as it checks
/// policies: every error at file:line:column, exit 65.
@Suite struct PolicyCheckProgrammeTests {
  static let programme = "Policies/mentoring/kst-dual-2026.programme"

  @Test func aBrokenProgrammeFailsTheCheckAtItsLineAndColumn() throws {
    let root = try copyOfPolicies()
    let file = root + "/" + Self.programme
    try edit(file, replacing: "score gpa 10", with: "score gpaa 10")
    try edit(file, replacing: "list 5", with: "list 50")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let typo = try position(of: "gpaa", in: text)
    let list = try position(of: "list 50", in: text)
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains { $0.hasPrefix("\(Self.programme):\(typo.line):\(typo.column): error: ") },
      "\(result.stdout)")
    #expect(
      lines.contains { $0.hasPrefix("\(Self.programme):\(list.line):\(list.column + 5): error: ") },
      "\(result.stdout)")
    #expect(lines.contains("mentoring programmes checked: 1; errors: 3, programmes unusable: 1"))
    #expect(lines.last == "policies checked: 4; no errors")

    // (A list out of range leaves the programme without one: reported as missing too.)
    // JSON lines, and the file named on its own; a programme whose id is not its file's name.
    let json = runJol(
      ["policy", "check", Self.programme, "--format", "json", "--lang", "en"],
      workingDirectory: root)
    #expect(json.exitCode == 65)
    let rows = try jsonLines(json.stdout)
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { $0["file"] as? String == Self.programme })
    #expect(rows.allSatisfy { $0["severity"] as? String == "error" })
    try edit(file, replacing: "score gpaa 10", with: "score gpa 10")
    try edit(file, replacing: "list 50", with: "list 5")
    try edit(file, replacing: "programme kst-dual-2026", with: "programme kst-dual-2027")
    let renamed = runJol(
      ["policy", "check", Self.programme, "--lang", "en"], workingDirectory: root)
    #expect(renamed.exitCode == 65)
    #expect(renamed.stdout.contains("\(Self.programme):"), "\(renamed.stdout)")
  }

  @Test func aProgrammeNamedAloneChecksAlone() {
    let result = runJol(
      ["policy", "check", Self.programme, "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "mentoring programmes checked: 1; no errors\n")
  }
}
