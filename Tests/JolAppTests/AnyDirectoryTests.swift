import Foundation
import Testing

/// An installed `jol` (the executable copied elsewhere) runs every command from any directory:
/// the policies and reference data are built in, and a `Policies/` given with `--policies` or
/// `$JOL_POLICIES`, or found as `./Policies`, replaces them.
@Suite struct AnyDirectoryTests {
  /// A directory with no `Policies/`, holding a copy of the executable.
  func installed() throws -> (directory: String, jol: String) {
    let directory = try temporaryDirectory("jol-anywhere")
    let jol = directory + "/bin/jol"
    try FileManager.default.createDirectory(
      atPath: directory + "/bin", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: try jolExecutable().path, toPath: jol)
    return (directory, jol)
  }

  /// Runs the installed copy in `directory`, in English, without `$JOL_POLICIES`/`$JOL_DATA`
  /// from the test's own environment.
  func run(_ jol: String, _ arguments: [String], in directory: String, env: [String: String] = [:])
    throws -> JolOutput
  {
    try runJolExecutable(
      arguments + ["--lang", "en"], environment: env, workingDirectory: directory,
      executable: URL(fileURLWithPath: jol), removing: ["JOL_POLICIES", "JOL_DATA"])
  }

  @Test func everyKindOfCommandWorksWithoutAPoliciesDirectory() throws {
    let (directory, jol) = try installed()
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    try bed.export("roster.csv", ImportFixtures.rosterKazakh)
    let data = directory + "/data"
    for arguments in [
      ["import", "institutions", bed.directory + "/institutions.csv", "--data", data],
      ["import", "learners", bed.directory + "/roster.csv", "--data", data],
      ["reference", "lookup", "07150500"], ["policy", "check"], ["policy", "test"],
      ["eligibility", "check", "--all", "--as-of", "2026-10-01", "--data", data],
      [
        "round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15", "--data",
        data,
      ],
    ] {
      let result = try run(jol, arguments, in: directory)
      #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
    }
    let checked = try run(jol, ["policy", "check"], in: directory)
    #expect(checked.stdout.contains("policies checked: 4"), "\(checked.stdout)")
  }

  @Test func aGivenPoliciesDirectoryReplacesTheBuiltInOne() throws {
    let (directory, jol) = try installed()
    let own = directory + "/own"
    try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Policies/scholarships/akim-named-scholarship.policy",
      toPath: own + "/akim-named-scholarship.policy")
    let fromEnvironment = try run(
      jol, ["policy", "check"], in: directory, env: ["JOL_POLICIES": own])
    #expect(fromEnvironment.stdout.contains("policies checked: 1"), "\(fromEnvironment.stdout)")
    let missing = try run(
      jol, ["policy", "check", "--policies", directory + "/none"], in: directory)
    #expect(missing.exitCode == 66)
  }
}
