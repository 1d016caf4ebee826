import JolModel
import Testing

/// Issue #7: a hostile JSON payload nested thousands deep is an error, not a stack overflow;
/// every CSV a person may open in a spreadsheet has its formulas neutralized.
@Suite struct HostileJSONAndCSVTests {
  func skip(_ text: String) -> Result<Int, JSONReadError> {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBytes { buffer in
      var reader = JSONReader(buffer)
      do {
        try reader.skipValue()
        return .success(reader.offset)
      } catch let error as JSONReadError {
        return .failure(error)
      } catch {
        return .failure(JSONReadError(offset: -1, reason: .malformed(expected: "\(error)")))
      }
    }
  }

  @Test func skippingADeeplyNestedValueIsAnError() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    guard case .failure(let error) = skip(deep) else {
      Issue.record("a value nested 100 000 deep was skipped")
      return
    }
    #expect(error.offset == JSONReader.maximumDepth)
    #expect(
      error.description == "byte 100: expected at most 100 levels of nested arrays and objects")
    let objects =
      String(repeating: #"{"a":"#, count: 50_000) + "1" + String(repeating: "}", count: 50_000)
    guard case .failure = skip(objects) else {
      Issue.record("objects nested 50 000 deep were skipped")
      return
    }
  }

  @Test func skippingStillReadsEveryShape() {
    let text = #"{"a":[1,{"b":[]},[[true,null]],"x"],"c":{}} "#
    #expect((try? skip(text).get()) == text.utf8.count - 1)
    let nested = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect((try? skip(nested).get()) == 200)
    guard case .failure = skip(#"{"a":[1,}"#) else {
      Issue.record("a malformed value was skipped")
      return
    }
  }

  @Test(arguments: [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+7 701 000 0000", "'+7 701 000 0000"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("-1e3", "'-1e3"),
    ("-", "'-"),
    // Plain numbers stay numbers.
    ("-5", "-5"),
    ("+7", "+7"),
    ("-0.25", "-0.25"),
    ("-3,5", "-3,5"),
    ("Алматы", "Алматы"),
    ("a=b", "a=b"),
  ])
  func formulasAreNeutralized(field: String, written: String) {
    #expect(CSVWriter.neutralized(field) == written)
  }

  @Test func outputWritersNeutralizeAndStorageWritersDoNot() throws {
    let output = CSVWriter.output.text(header: ["name"], records: [["=1+1"], ["-3,5"]])
    #expect(output == "name\n'=1+1\n\"-3,5\"\n")
    #expect(CSVWriter.excel.record(["=cmd|' /C calc'!A0"]) == "'=cmd|' /C calc'!A0\r\n")
    let storage = CSVWriter(delimiter: .comma, lineEnding: .lf)
    #expect(storage.record(["=1+1"]) == "=1+1\n")
  }
}
