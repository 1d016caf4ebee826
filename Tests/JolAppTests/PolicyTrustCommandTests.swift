import Foundation
import Testing

/// Issue #7 ("Trust") at the command line: Windows-saved files, symlinked policy directories,
/// non-UTF-8 bytes, warnings that do not fail a check, CSV safe for spreadsheets.
@Suite struct PolicyTrustCommandTests {
  /// Rewrites every `.policy` and `.tests` file below `directory` with CRLF and a BOM.
  func saveAsWindows(_ directory: String) throws {
    let names = FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []
    for name in names where name.hasSuffix(".policy") || name.hasSuffix(".tests") {
      let path = directory + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")).write(
        toFile: path, atomically: true, encoding: .utf8)
    }
  }

  @Test func windowsSavedPoliciesAndTestsCheckAndPass() throws {
    let root = try copyOfPolicies()
    try saveAsWindows(root + "/Policies")
    let check = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(check.exitCode == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.hasSuffix("policies checked: 4; no errors\n"))
    let test = runJol(["policy", "test", "--lang", "en"], workingDirectory: root)
    #expect(test.exitCode == 0, "\(test.stdout)\(test.stderr)")
  }

  @Test func windowsSavedErrorsKeepTheirColumns() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/grants/rural-youth-grant.policy"
    try edit(file, replacing: "require gpa >= min_gpa", with: "require gpaa >= min_gpa")
    let place = try position(of: "gpaa", in: String(contentsOfFile: file, encoding: .utf8))
    try saveAsWindows(root + "/Policies")
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stdout.contains(
        "Policies/grants/rural-youth-grant.policy:\(place.line):\(place.column): error: unknown fact 'gpaa'"
      ))
  }

  @Test func aSymlinkedPoliciesDirectoryAndSubdirectoryAreRead() throws {
    let source = try copyOfPolicies()
    let root = try temporaryDirectory("jol-linked")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/Policies", withDestinationPath: source + "/Policies")
    let check = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(check.exitCode == 0, "\(check.stderr)")
    #expect(check.stdout.hasSuffix("policies checked: 4; no errors\n"))
    // A folder of policies inside the directory that is itself a link.
    let other = try temporaryDirectory("jol-grants")
    try FileManager.default.moveItem(
      atPath: source + "/Policies/grants", toPath: other + "/grants")
    try FileManager.default.createSymbolicLink(
      atPath: source + "/Policies/grants", withDestinationPath: other + "/grants")
    // A link back up the tree is read once, not forever.
    try FileManager.default.createSymbolicLink(
      atPath: other + "/grants/loop", withDestinationPath: source + "/Policies")
    let linked = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(linked.exitCode == 0, "\(linked.stderr)")
    #expect(linked.stdout.hasSuffix("policies checked: 4; no errors\n"))
    let test = runJol(["policy", "test", "--lang", "en"], workingDirectory: root)
    #expect(test.exitCode == 0, "\(test.stdout)\(test.stderr)")
  }

  @Test func aByteThatIsNotUTF8IsExit65WithItsPlace() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/grants/rural-youth-grant.policy"
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let firstLineEnd = try #require(bytes.firstIndex(of: 10))
    bytes.insert(0xFF, at: firstLineEnd + 3)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "Policies/grants/rural-youth-grant.policy:2:3: error: byte 0xFF is not UTF-8"),
      "\(result.stderr)")
  }

  @Test func aQuotaOfZeroSeatsIsAWarningAndCheckStillPasses() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/grants/rural-youth-grant.policy"
    try edit(file, replacing: "reserve 1% for orphans", with: "reserve 0.5% for orphans")
    let result = runJol(["policy", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout.contains(
        "warning: quota 'orphans': 0.5% of 100 seats is 0 seats (no fraction of a seat is reserved), so it takes nobody"
      ), "\(result.stdout)")
    #expect(result.stdout.contains("rural-youth-grant v1: quota 'orphans' 0.5% — 0 of 100 seats"))
    #expect(result.stdout.hasSuffix("policies checked: 4; no errors, warnings: 1\n"))
    let json = runJol(["policy", "check", "--format", "json"], workingDirectory: root)
    let objects = try jsonLines(json.stdout)
    #expect(objects.contains { $0["severity"] as? String == "warning" })
    #expect(objects.contains { $0["quota"] as? String == "orphans" && $0["seats"] as? Int == 0 })
    let show = runJol(
      ["policy", "show", "rural-youth-grant", "--lang", "en", "--as-of", "2026-08-25"],
      workingDirectory: root)
    #expect(show.stdout.contains("Quota orphans: 0.5% = 0 of 100 seats"), "\(show.stdout)")
    #expect(show.stdout.contains("Quota rural: 35% = 35 of 100 seats"))
  }

  @Test func csvOutputNeutralizesFormulas() {
    let id = runJol(["id", "check", "=HYPERLINK(\"http://x\")", "--format", "csv"])
    let lines = id.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\""), "\(lines)")
    let lookup = runJol(["reference", "lookup", "@SUM(A1)", "--format", "csv"])
    #expect(
      !lookup.stdout.split(separator: "\n").contains { $0.hasPrefix("@") }, "\(lookup.stdout)")
    #expect(lookup.stdout.contains("'@SUM(A1)") || lookup.stdout.isEmpty)
  }
}
