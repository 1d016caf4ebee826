import Foundation
import Testing

/// `jol policy check` checks the reporting files (`Policies/reporting/*.passport` and
/// `reporting.conf`) as it checks policies: every error at file:line:column, exit 65.
@Suite struct PolicyCheckReportingTests {
  static let passport = "Policies/reporting/kostanay.passport"
  static let settings = "Policies/reporting/reporting.conf"

  @Test func aTypoInAPassportIsReportedAtItsLineAndColumn() throws {
    let root = try copyOfPolicies()
    let file = root + "/" + Self.passport
    try edit(file, replacing: "metric employment_share", with: "metric employment_shar")
    let metric = try position(
      of: "metric employment_shar", in: String(contentsOfFile: file, encoding: .utf8))
    let typo = (line: metric.line, column: metric.column + "metric ".count)
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("\(Self.passport):\(typo.line):\(typo.column): error: ")
          && $0.contains("'employment_shar'; the nearest is 'employment_share'")
      }, "\(result.stdout)")
    #expect(
      lines.contains(
        "reporting files checked (passport, reporting.conf): 2; errors: 1, files unusable: 1"))
    #expect(lines.last == "policies checked: 4; no errors")

    // The file named on its own, in JSON lines.
    let json = runJol(
      ["policy", "check", Self.passport, "--format", "json", "--lang", "en"],
      workingDirectory: root)
    #expect(json.exitCode == 65)
    let rows = try jsonLines(json.stdout)
    #expect(rows.count == 1)
    #expect(rows.first?["file"] as? String == Self.passport)
    #expect(rows.first?["line"] as? Int == typo.line)
    #expect(rows.first?["column"] as? Int == typo.column)
  }

  @Test func aBadSettingIsReportedAtItsLineAndColumn() throws {
    let root = try copyOfPolicies()
    let file = root + "/" + Self.settings
    try edit(file, replacing: "minimum_cell_size 5", with: "minimum_cell_size five")
    let place = try position(of: "five", in: String(contentsOfFile: file, encoding: .utf8))
    let result = runJol(
      ["policy", "check", "Policies/reporting", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stdout.contains(
        "\(Self.settings):\(place.line):\(place.column): error: expected a whole number 1…1000"),
      "\(result.stdout)")
  }

  @Test func theShippedReportingFilesCheckClean() {
    let result = runJol(
      ["policy", "check", "Policies/reporting", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "reporting files checked (passport, reporting.conf): 2; no errors\n")
  }
}
