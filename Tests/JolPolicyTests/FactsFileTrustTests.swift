import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 9 and 10, facts files: numbers reported as written, closed sets checked,
/// UTF-8 checked, Windows text read.
struct FactsFileTrustTests {
  func error(_ bytes: [UInt8]) throws -> String {
    try #require(throws: FactsFileError.self) {
      try FactsFile.parse(bytes, fileName: "facts.jsonl")
    }.description
  }

  func error(_ line: String) throws -> String { try error(Array(line.utf8)) }

  @Test(arguments: [
    (
      #"{"id": "L1", "gpa": 1e400}"#,
      "facts.jsonl:1:21: error: gpa 1e400 is out of range: expected 0–5"
    ),
    (
      #"{"id": "L1", "lowest_grade": 1e400}"#,
      "facts.jsonl:1:30: error: lowest_grade 1e400 is out of range: expected 2–5"
    ),
    (
      #"{"id": "L1", "age": 99999999999999999999}"#,
      "facts.jsonl:1:21: error: age 99999999999999999999 is out of range: expected 0–120"
    ),
    (#"{"id": "L1", "gpa": 1e}"#, "facts.jsonl:1:21: error: '1e' is not a number"),
    (
      #"{"id": "L1", "region": "KZ-61"}"#,
      "facts.jsonl:1:24: error: unknown region 'KZ-61': did you mean '61'?"
    ),
    (
      #"{"id": "L1", "diagnostic_direction": "enginering"}"#,
      "facts.jsonl:1:38: error: unknown diagnostic_direction 'enginering': did you mean 'engineering'?"
    ),
    (
      #"{"id": "L1", "categories": ["rural", "foo"]}"#,
      "facts.jsonl:1:28: error: unknown category 'foo'"
    ),
  ])
  func valuesThatCannotOccurAreReportedAsWritten(line: String, expected: String) throws {
    let message = try error(line)
    #expect(message.hasPrefix(expected), "\(message)")
  }

  @Test func exponentsWithinBoundsAreReadExactly() throws {
    let facts = try FactsFile.parse(
      Array(#"{"id": "L1", "gpa": 3.5e0, "age": 1.6e1, "attendance": 925e-1}"#.utf8),
      fileName: "f")
    #expect(facts[0].gpa == FixedDecimal("3.5"))
    #expect(facts[0].age == 16)
    #expect(facts[0].attendance == FixedDecimal("92.5"))
  }

  @Test func aCategoryDeclaredByAPolicyIsAccepted() throws {
    let line = Array(#"{"id": "L1", "categories": ["veteran_family"]}"#.utf8)
    let facts = try FactsFile.parse(
      line, fileName: "f", categories: Facts.knownCategories.union(["veteran_family"]))
    #expect(facts[0].categories == [Category(rawValue: "veteran_family")])
  }

  @Test func invalidUTF8AnywhereIsAnErrorWithLineAndColumn() throws {
    let bytes =
      Array("{\"id\": \"L1\"}\n{\"id\": \"Ә".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
    #expect(
      try error(bytes).hasPrefix("facts.jsonl:2:10: error: byte 0xC3 is not UTF-8"))
  }

  @Test func crlfAndAByteOrderMarkAreRead() throws {
    let text = "\u{FEFF}{\"id\": \"L1\", \"gpa\": 3.4}\r\n{\"id\": \"L2\", \"gpaa\": 3}\r\n"
    // Columns count from the first character after the mark.
    #expect(try error(Array(text.utf8)).hasPrefix("facts.jsonl:2:14: error: unknown fact 'gpaa'"))
    let facts = try FactsFile.parse(
      Array("\u{FEFF}{\"id\": \"L1\", \"gpa\": 3.4}\r\n".utf8), fileName: "f")
    #expect(facts[0].gpa == FixedDecimal("3.4"))
  }
}
