import JolModel
import Testing

@testable import JolMatching

/// The JSON instance format: what it reads, and every error named by its JSON path.
@Suite struct InstanceFileTests {
  static func read(_ text: String) -> MatchingInstanceFile.Read {
    MatchingInstanceFile.read(Array(text.utf8))
  }

  static func errors(_ text: String) -> [String] {
    read(text).errors.map { $0.description(in: .en) }
  }

  @Test func readsTheIssuesExample() throws {
    let read = Self.read(
      """
      {"students": {"s1": ["m1", "m2"], "s2": ["m1"]},
       "mentors": {"m1": {"capacity": 1, "ranking": ["s2", "s1"], "enterprise": "e1"},
                   "m2": {"capacity": 2, "ranking": ["s1"]}},
       "enterprises": {"e1": {"capacity": 5}}}
      """)
    #expect(read.errors.isEmpty)
    let instance = try #require(read.instance)
    #expect(instance.students.map(\.id) == ["s1", "s2"])
    #expect(instance.mentors.map(\.enterprise) == ["e1", nil])
    #expect(instance.enterprises.map(\.capacity) == [5])
    let result = try instance.solve(seed: 1)
    #expect(result.assignedMentors == ["m2", "m1"])
  }

  @Test func readsScoredRankings() throws {
    let read = Self.read(
      #"{"students": {"s1": ["m1"], "s2": ["m1"]}, "mentors": {"m1": {"capacity": 1, "ranking": [["s2", 78.5], ["s1", "74.0"]]}}}"#
    )
    let instance = try #require(read.instance)
    #expect(instance.mentors[0].scores == [FixedDecimal("78.5")!, FixedDecimal(74)])
  }

  @Test func namesEveryErrorByItsPath() {
    let errors = Self.errors(
      """
      {"students": {"s1": ["m9", "m1", "m1", 4], "s2": "m1", "s1": []},
       "mentors": {"m1": {"capacity": -1, "ranking": ["s1", "s7", "s1"], "rank": 1},
                   "m2": {"capacity": 1.5, "ranking": [["s1", 2], "s2"], "enterprise": "e9"},
                   "m3": {"ranking": [["s1", 1, 2], ["s2", "x"]]}},
       "enterprises": {"e1": {"capacity": "5"}}}
      """)
    #expect(
      errors == [
        "students.s1[3]: expected a string, found a number",
        "students.s2: expected an array, found a string",
        "mentors.m1.rank: unknown field 'rank' (expected one of: capacity, ranking, enterprise)",
        "mentors.m2.capacity: expected a whole number, found 1.5",
        "mentors.m2.ranking[1]: a ranking holds either ids only or [\"id\", score] pairs only",
        "mentors.m3.ranking[0]: expected a student id or an [\"id\", score] pair, found [\"s1\", 1, 2]",
        #"mentors.m3.ranking[1][1]: expected a score with at most 4 decimal places, found "x""#,
        "mentors.m3: missing field 'capacity'",
        "enterprises.e1.capacity: expected a whole number, found a string",
        // Then what is wrong with the values read: every error in one run.
        "mentors.m1.capacity: capacity must not be negative: -1",
        "mentors.m2.enterprise: enterprise 'e9' is not in 'enterprises'",
        "students.s1[0]: unknown mentor 'm9'",
        "students.s1[2]: mentor 'm1' is already on this list",
        "students.s1: student 's1' is given twice",
        "mentors.m1.ranking[1]: unknown student 's7'",
        "mentors.m1.ranking[2]: student 's1' is already on this ranking",
      ])
  }

  @Test func valueErrorsComeOnceTheJSONIsRight() {
    let errors = Self.errors(
      """
      {"students": {"s1": ["m9", "m1", "m1"], "s1": []},
       "mentors": {"m1": {"capacity": -1, "ranking": ["s1", "s7", "s1", "s2"]},
                   "m2": {"capacity": 1, "ranking": [], "enterprise": "e9"},
                   "m3": {"capacity": 1, "ranking": [["s1", 1], ["s1", 2]]}}}
      """)
    #expect(
      errors == [
        "mentors.m1.capacity: capacity must not be negative: -1",
        "mentors.m2.enterprise: enterprise 'e9' is not in 'enterprises'",
        "students.s1[0]: unknown mentor 'm9'",
        "students.s1[2]: mentor 'm1' is already on this list",
        "students.s1: student 's1' is given twice",
        "mentors.m1.ranking[1]: unknown student 's7'",
        "mentors.m1.ranking[2]: student 's1' is already on this ranking",
        "mentors.m1.ranking[3]: unknown student 's2'",
        "mentors.m3.ranking[1]: scores must run from highest to lowest: 2 is above the 1 before it",
        "mentors.m3.ranking[1]: student 's1' is already on this ranking",
      ])
  }

  @Test func aStudentRankedWithoutListingTheMentorIsAWarning() throws {
    let read = Self.read(
      #"{"students": {"s1": ["m1"], "s2": []}, "mentors": {"m1": {"capacity": 1, "ranking": ["s2", "s1"]}}}"#
    )
    #expect(read.errors.isEmpty)
    #expect(
      read.warnings.map { $0.description(in: .en) } == [
        "mentors.m1.ranking[0]: student 's2' did not list mentor m1: the entry is ignored"
      ])
    #expect(try #require(read.instance).solve(seed: 1).assignedMentors == ["m1", nil])
  }

  @Test func malformedJSONIsNamedByLineAndColumn() {
    let errors = Self.errors("{\"students\": {\"s1\": [\"m1\",]},\n \"mentors\": {}}")
    #expect(
      errors == [#"1:27: students.s1[1]: malformed JSON: expected a value"#] || errors.count == 1)
    #expect(errors.first?.hasPrefix("1:") == true)
    #expect(errors.first?.contains("students.s1") == true)
    #expect(Self.errors("[]") == ["$: expected an object, found an array"])
    #expect(Self.errors("{}") == ["$: missing field 'students'", "$: missing field 'mentors'"])
  }

  @Test func anEmptyFileIsMalformed() {
    #expect(Self.errors("") == ["1:1: $: malformed JSON: expected a JSON value"])
    #expect(Self.errors("  \n") == ["2:1: $: malformed JSON: expected a JSON value"])
  }

  @Test func anIdWithATerminalControlIsAnError() {
    let errors = Self.errors(#"{"students": {"s\u001b1": []}, "mentors": {}}"#)
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix(#"students["s\u001b1"]: an id must not contain"#) == true)
  }

  @Test func oddKeysAreQuotedInPaths() {
    let errors = Self.errors(#"{"students": {"s 1": ["m9"]}, "mentors": {}}"#)
    #expect(errors == [#"students["s 1"][0]: unknown mentor 'm9'"#])
  }
}
