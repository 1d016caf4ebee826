import Foundation
import Testing

/// `jol policy check` rejects a shipped policy edited to require a diagnostic result, at the
/// fact's line and column, with exit 65.
@Suite struct DiagnosticPolicyCheckTests {
  @Test func aRequirementOnTheDiagnosticDirectionIsRejected() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/grants/rural-youth-grant.policy"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let first = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("require ") }.map(String.init))
    let edited = "require diagnostic_direction = engineering and " + first.dropFirst(8)
    try edit(file, replacing: first, with: edited)
    let place = try position(
      of: "diagnostic_direction", in: String(contentsOfFile: file, encoding: .utf8))
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stdout.contains(
        "Policies/grants/rural-youth-grant.policy:\(place.line):\(place.column): error: 'diagnostic_direction' may not be used in 'require': career diagnostic results guide"
      ), "\(result.stdout)")
  }
}
