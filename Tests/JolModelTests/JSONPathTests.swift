import JolModel
import Testing

/// JSON paths as messages write them: plain keys after a dot, other keys quoted in brackets.
@Suite struct JSONPathTests {
  @Test func pathsReadAsWritten() {
    #expect(JSONPath().description == "$")
    #expect(JSONPath([.key("students"), .key("s1"), .index(0)]).description == "students.s1[0]")
    #expect(
      JSONPath().appending(key: "mentors").appending(key: "m-1_a").appending(key: "ranking")
        .appending(index: 2).description == "mentors.m-1_a.ranking[2]")
    #expect(JSONPath([.key("students"), .key("s 1")]).description == #"students["s 1"]"#)
    #expect(JSONPath([.key("a.b"), .key("")]).description == #"["a.b"][""]"#)
    #expect(JSONPath([.key("қ\"")]).description == #"["қ\""]"#)
  }
}
