import Foundation
import Testing

@Suite struct ForgetCommandTests {
  @Test func afterErasureNoOutputOrFileShowsThePerson() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let forget = runJol([
      "forget", SampleLearner.iin, "--reason", "request 2026/17", "--data", data,
    ])
    #expect(forget.exitCode == 0, "\(forget.stderr)")

    // No file of the data directory holds the IIN, the names or the phone.
    for (path, bytes) in contentsOfTree(data) {
      let text = String(decoding: bytes, as: UTF8.self)
      for secret in [SampleLearner.iin, SampleLearner.surname, SampleLearner.name, "+77010000000"] {
        #expect(!text.contains(secret), "\(path) still holds personal data")
      }
    }
    // By IIN the learner is gone; by pseudonym the path replays, marked erased.
    #expect(runJol(["learner", "show", SampleLearner.iin, "--data", data]).exitCode == 66)
    let pseudonymous = runJol(
      ["learner", "show", SampleLearner.learner.rawValue, "--data", data, "--format", "json"])
    #expect(pseudonymous.exitCode == 0)
    let timeline = try #require(
      JSONSerialization.jsonObject(with: Data(pseudonymous.stdout.utf8)) as? [String: Any])
    #expect(timeline["erased"] as? String == "2026-11-29")
    #expect(pseudonymous.stdout.contains("college"))
    #expect(runJol(["log", "verify", "--data", data]).exitCode == 0)
    // A second request finds nothing and changes nothing.
    let before = contentsOfTree(data)
    #expect(
      runJol(["forget", SampleLearner.iin, "--reason", "again", "--data", data]).exitCode == 66)
    #expect(contentsOfTree(data) == before)
  }

  @Test func aReasonIsRequiredAndTheIINMustBeValid() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let before = contentsOfTree(data)
    #expect(runJol(["forget", SampleLearner.iin, "--data", data]).exitCode == 64)
    #expect(runJol(["forget", "080315600017", "--reason", "x", "--data", data]).exitCode == 65)
    #expect(contentsOfTree(data) == before)
  }
}
