import JolModel
import Testing

@testable import JolPolicy

/// Strings in facts files are read by the one JSON reader (``JSONReader``): every JSON escape,
/// surrogate pairs included; failures named where they are.
struct FactsFileStringTests {
  func parse(_ line: String) throws(FactsFileError) -> [Facts] {
    try FactsFile.parse(Array(line.utf8), fileName: "facts.jsonl")
  }

  @Test func escapesAreJSONs() throws {
    #expect(try parse(#"{"id":"L\u0031\/\ud83d\ude00"}"#).first?.id == "L1/😀")
  }

  @Test func badStringsAreErrorsAtTheirPlace() {
    for (line, column) in [
      (#"{"id":"L\x"}"#, 10), (#"{"id":"L\u12"}"#, 13), ("{\"id\":\"L\u{9}\"}", 7),
      (#"{"id":"L"#, 7),
    ] {
      #expect {
        try parse(line)
      } throws: { error in
        let diagnostic = (error as? FactsFileError)?.diagnostics.first
        return diagnostic?.location.line == 1 && diagnostic?.location.column == column
      }
    }
  }
}
