import JolFormat
import JolModel
import Testing

@testable import JolPolicy

/// A facts file's plain values (``PlainValue``) are stored from their bytes, everything else
/// the string way; the two must never disagree. Every fact is given many values — words and
/// near misses, numbers at and past their bounds and precision, dates that exist and do not,
/// each written as a string and, where it is one, as a JSON number — and the file reader's
/// answer is compared with the string path's (``Facts/set(_:_:categories:)``): the same
/// facts, or the same message at the value.
struct FactsFilePlainValueTests {
  /// Texts tried for every fact, whatever its type.
  static let texts: [String] = [
    "", "0", "7", "007", "12", "13", "-1", "-0", "+3", "123456789", "1234567890",
    "999999999999", "9999999999999", "3.5", "3,5", "3.", ".5", "4.4329", "4.43291", "0.0001",
    "5.0000", "5.00001", "100", "100.0", "100.5", "99.9999", "1e1", "2.5E0", "50%", "2026-10-01",
    "2024-02-29", "2026-02-29", "2026-13-01", "2026-1-01", "20261001", "35", "KZ-35", "75",
    "true", "false", "yes", "no", "rural", "college", "College", "school", "full_time",
    "state_order", "paid", "07320100", "3W07130101", "applied_bachelor", "L 1", "-0.5", "-3",
    "3.0", "5.00", "999999999999999", "99999999999999.9999", "2026-10-01x",
  ]

  @Test func plainValuesAreStoredAsTheStringPathStoresThem() throws {
    var compared = 0
    var plain = 0
    for fact in Fact.allCases {
      var candidates = fact.enumerationValues + (fact.knownCodes ?? [])
      candidates += Self.texts
      for text in candidates {
        var written = [("\"\(text)\"", Facts.RawValue.scalar(text))]
        if NumberText.isNumber(text) && !text.hasPrefix("+") {
          written.append((text, .scalar(text)))
        }
        if text == "true" || text == "false" { written.append((text, .bool(text == "true"))) }
        for (json, raw) in written {
          try expectSame(fact, json, raw)
          compared += 1
        }
      }
      for (json, raw) in [("[]", Facts.RawValue.list([])), ("[ ]", .list([]))] {
        try expectSame(fact, json, raw)
        compared += 1
      }
      var facts = Facts(id: "X")
      Array("2".utf8).withUnsafeBufferPointer { bytes in
        if PlainValue.setters()[fact.index](&facts, PlainValue(.string, bytes: bytes)) {
          plain += 1
        }
      }
    }
    #expect(compared > 2_000)
    // The plain path is taken at all: the integer and decimal facts store "2" from its bytes.
    #expect(plain >= 5)
  }

  /// The file reader's answer for `{"id": "X", "FACT": JSON}` is the string path's for `raw`.
  private func expectSame(_ fact: Fact, _ json: String, _ raw: Facts.RawValue) throws {
    let line = #"{"id": "X", "\#(fact.rawValue)": \#(json)}"#
    var expected = Facts(id: "X")
    var expectedError: FactValueError?
    do {
      try expected.set(fact, raw)
    } catch {
      expectedError = error
    }
    do {
      let read = try FactsFile.parse(Array(line.utf8), fileName: "f.jsonl")
      #expect(expectedError == nil, "\(line): read, but the string path refuses it")
      #expect(read == [expected], "\(line)")
    } catch {
      let diagnostic = error.diagnostics.first
      #expect(
        diagnostic?.message == expectedError?.message,
        "\(line): \(error.description), the string path: \(String(describing: expectedError))")
      let valueColumn = line.utf8.count - json.utf8.count
      #expect(diagnostic?.location.column == valueColumn, "\(line)")
    }
  }

  /// The reader tries first the key that followed the previous one on the line before; lines
  /// that name keys in other orders, other keys, a misspelt key or the same key twice read as
  /// each line read alone.
  @Test func keysInAnyOrderReadAsEachLineAlone() throws {
    let lines = [
      #"{"id": "A", "stage": "college", "gpa": 4.5, "course": 2}"#,
      #"{"id": "B", "stage": "school", "gpa": 3, "course": 1}"#,
      #"{"gpa": 3.5, "id": "C", "course": 3, "stage": "college"}"#,
      #"{"id": "D", "stage": "college", "grade": 9, "course": 2}"#,
      #"{"id": "E", "stage": "college", "gpb": 4}"#,
      #"{"id": "F", "stage": "college", "gpa": 4, "gpa": 5}"#,
      #"{"id": "G", "course": 4, "stage": "college", "gpa": 2.5}"#,
      #"{"id": "H", "stage": "college", "gpa": 4.5, "course": 2}"#,
    ]
    let file = lines.joined(separator: "\n") + "\n"
    var expected: [Diagnostic] = []
    var facts: [Facts] = []
    for (index, line) in lines.enumerated() {
      do {
        facts += try FactsFile.parse(Array(line.utf8), fileName: "f.jsonl")
      } catch {
        for var diagnostic in error.diagnostics {
          diagnostic.location.line = index + 1
          expected.append(diagnostic)
        }
      }
    }
    #expect(expected.count == 2)
    #expect(facts.count == 6)
    do {
      _ = try FactsFile.parse(Array(file.utf8), fileName: "f.jsonl")
      Issue.record("read without the two errors")
    } catch {
      #expect(error.diagnostics == expected)
    }
    let good = lines.enumerated().filter { ![4, 5].contains($0.offset) }.map(\.element)
    let read = try FactsFile.parse(
      Array((good.joined(separator: "\n") + "\n").utf8), fileName: "f.jsonl")
    #expect(read == facts)
  }
}
