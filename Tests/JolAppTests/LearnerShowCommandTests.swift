import Foundation
import Testing

@Suite struct LearnerShowCommandTests {
  @Test func bitemporalQueriesSeeWhatWasKnownWhen() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    func stage(_ extra: [String]) throws -> String? {
      let result = runJol(
        ["learner", "show", SampleLearner.iin, "--data", data, "--format", "json"] + extra)
      #expect(result.exitCode == 0, "\(result.stderr)")
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      return object["stage"] as? String
    }
    #expect(try stage(["--as-of", "2026-09-10", "--known-at", "2026-10-01"]) == "school")
    #expect(try stage(["--as-of", "2026-09-10", "--known-at", "2026-10-20"]) == "college")
    #expect(try stage(["--as-of", "2026-08-31"]) == "school")
    #expect(try stage(["--as-of", "2026-09-10"]) == "college")
    #expect(try stage(["--as-of", "2026-09-10", "--known-at", "2"]) == "school")
  }

  @Test func byIINTheTimelineNamesThePersonByIDItDoesNot() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let byIIN = runJol(["learner", "show", SampleLearner.iin, "--data", data, "--lang", "kk"])
    #expect(byIIN.exitCode == 0)
    #expect(byIIN.stdout.contains(SampleLearner.surname))
    #expect(byIIN.stdout.contains("колледж C-1, 06130100"))
    #expect(byIIN.stdout.contains("ауыл жастары"))

    let byID = runJol(["learner", "show", SampleLearner.learner.rawValue, "--data", data])
    #expect(byID.exitCode == 0)
    #expect(!byID.stdout.contains(SampleLearner.surname))
    #expect(!byID.stdout.contains(SampleLearner.iin))
    #expect(byID.stdout.contains(SampleLearner.learner.rawValue))
  }

  @Test func unknownLearnersAndBadOptionsAreClearErrors() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let unknownIIN = runJol(["learner", "show", "880515300120", "--data", data, "--lang", "en"])
    #expect(unknownIIN.exitCode == 66)
    #expect(unknownIIN.stderr.contains("88051*****20"))
    #expect(!unknownIIN.stderr.contains("880515300120"))

    #expect(runJol(["learner", "show", "L-nobody", "--data", data]).exitCode == 66)
    #expect(runJol(["learner", "show", "080315600017", "--data", data]).exitCode == 65)
    #expect(
      runJol(["learner", "show", "L-x", "--known-at", "soon", "--data", data]).exitCode == 64)
  }

  @Test func readingAMissingDataDirectoryCreatesNothing() throws {
    let data = try temporaryDirectory() + "/absent"
    #expect(runJol(["learner", "show", "L-x", "--data", data]).exitCode == 66)
    #expect(!FileManager.default.fileExists(atPath: data))
  }
}
