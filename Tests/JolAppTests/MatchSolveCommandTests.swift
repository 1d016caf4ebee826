import Foundation
import JolApp
import Testing

/// `jol match solve FILE.json`: the pure solver from the command line, with no data directory.
@Suite struct MatchSolveCommandTests {
  static let example = """
    {"students": {"s1": ["m1", "m2"], "s2": ["m1"], "s3": ["m1"]},
     "mentors": {"m1": {"capacity": 1, "ranking": [["s2", 78.5], ["s1", 74.0]], "enterprise": "e1"},
                 "m2": {"capacity": 2, "ranking": [["s1", 60]]}},
     "enterprises": {"e1": {"capacity": 5}}}
    """

  func solve(_ text: String, _ extra: [String]) throws -> JolOutput {
    let directory = try temporaryDirectory()
    let path = directory + "/instance.json"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return runJol(["match", "solve", "instance.json"] + extra, workingDirectory: directory)
  }

  @Test func jsonOutputHasTheKeysTheIssueAsksFor() throws {
    let result = try solve(Self.example, ["--format", "json", "--lang", "en", "--seed", "7"])
    #expect(result.exitCode == 0)
    let object = try #require(jsonLines(result.stdout).first)
    #expect(
      Set(object.keys).isSuperset(of: [
        "assignments", "unmatched", "blocking_pairs", "cutoffs", "explanations", "lottery",
        "seed", "warnings",
      ]))
    #expect(object["assignments"] as? [String: [String]] == ["m1": ["s2"], "m2": ["s1"]])
    #expect(object["unmatched"] as? [String] == ["s3"])
    #expect(object["blocking_pairs"] as? Int == 0)
    #expect(object["seed"] as? Int == 7)
    let cutoff = try #require((object["cutoffs"] as? [String: Any])?["m1"] as? [String: Any])
    #expect(cutoff["kind"] as? String == "score")
    #expect(cutoff["value"] as? String == "78.5")
    let explanations = try #require(object["explanations"] as? [String: [String: Any]])
    let s1 = try #require(explanations["s1"])
    #expect(
      s1["text"] as? String
        == "assigned to your choice #2 (mentor m2); your choice #1 (m1) was full with students ranked higher (its cutoff 78.5, your score 74)"
    )
    #expect(s1["outcome"] as? String == "assigned")
    #expect(s1["choice"] as? Int == 2)
    let preferred = try #require((s1["preferred"] as? [[String: Any]])?.first)
    #expect(preferred["reason"] as? String == "mentor_full")
    #expect(explanations["s3"]?["outcome"] as? String == "no_acceptable_mentor")
    // Keys are snake_case, except those that are ids (assignments, cutoffs, lottery,
    // explanations: id → value, as the issue specifies).
    let fixed = Array(object.keys) + Array(cutoff.keys) + Array(s1.keys) + Array(preferred.keys)
    #expect(fixed.filter { !SnakeCaseKeysTests.isSnakeCase($0) } == [])
  }

  @Test func textOutputIsTablesInTheChosenLanguage() throws {
    let result = try solve(Self.example, ["--lang", "kk"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Білім алушы"))
    #expect(result.stdout.contains("өту балы 78,5, сіздің балыңыз 74"))
    #expect(result.stdout.contains("Бөлінгені: 3 білім алушының 2"))
    let english = try solve(Self.example, ["--lang", "en"])
    #expect(english.stdout.contains("verified: 0 blocking pairs, 0 violations"))
  }

  @Test func everyErrorIsListedByPathWithExit65() throws {
    let result = try solve(
      #"{"students": {"s1": ["m9"], "s2": ["m1", "m1"]}, "mentors": {"m1": {"capacity": -2, "ranking": ["s2"]}}}"#,
      ["--lang", "en"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("instance.json: students.s1[0]: unknown mentor 'm9'"))
    #expect(
      result.stderr.contains("instance.json: students.s2[1]: mentor 'm1' is already on this list"))
    #expect(
      result.stderr.contains(
        "instance.json: mentors.m1.capacity: capacity must not be negative: -2"))
    #expect(result.stderr.contains("errors in the instance: 3"))
  }

  @Test func malformedJSONNamesLineAndColumn() throws {
    let result = try solve(
      "{\"students\": {\"s1\": [\"m1\"]},\n \"mentors\": {\"m1\": {\"capacity\": 1,}}}",
      ["--lang", "en"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("instance.json:2:"))
    #expect(result.stderr.contains("mentors.m1"))
    #expect(result.stderr.contains("malformed JSON"))
  }

  @Test func aStudentRankedWithoutListingIsAWarning() throws {
    let result = try solve(
      #"{"students": {"s1": [], "s2": ["m1"]}, "mentors": {"m1": {"capacity": 1, "ranking": ["s1", "s2"]}}}"#,
      ["--format", "json", "--lang", "en"])
    #expect(result.exitCode == 0)
    #expect(
      result.stderr.contains(
        "warning: instance.json: mentors.m1.ranking[0]: student 's1' did not list mentor m1"))
    let object = try #require(jsonLines(result.stdout).first)
    #expect((object["warnings"] as? [String])?.count == 1)
    #expect(object["assignments"] as? [String: [String]] == ["m1": ["s2"]])
  }

  @Test func aMissingFileIs66AndABadSeedIs64() throws {
    let directory = try temporaryDirectory()
    #expect(runJol(["match", "solve", "nothing.json"], workingDirectory: directory).exitCode == 66)
    #expect(try solve(Self.example, ["--seed", "x"]).exitCode == 64)
  }
}
