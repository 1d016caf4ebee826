import Testing

/// The `jol` executable, run as a separate process as a person would.
@Suite struct ExecutableTests {
  @Test func idCheckEndToEnd() throws {
    let valid = try runJolExecutable(["id", "check", "880515300120"], environment: ["JOL_LANG": "en"])
    #expect(valid.exitCode == 0)
    #expect(valid.stdout.contains("1988-05-15"))

    let invalid = try runJolExecutable(["id", "check", "080315600017"], environment: ["JOL_LANG": "en"])
    #expect(invalid.exitCode == 65)
    #expect(invalid.stdout.contains("check digit should be 6"))
  }

  @Test func usageErrorsGoToStandardErrorWithExit64() throws {
    let result = try runJolExecutable(["reference", "regoins"], environment: ["JOL_LANG": "en"])
    #expect(result.exitCode == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("did you mean 'regions'?"))
  }

  @Test func demoRunsFromTheRepository() throws {
    let result = try runJolExecutable(["demo"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    #expect(!result.stdout.isEmpty)
  }
}
