import JolModel
import Testing

@testable import JolPolicy

/// A facts file read in pieces on every core gives what one reader gives, line after line:
/// the same facts, or the same diagnostics in the same order.
struct FactsFilePiecesTests {
  /// What reading `bytes` in `pieces` gives: the facts, or the diagnostics.
  func read(_ bytes: [UInt8], pieces: Int) -> Result<[Facts], FactsFileError> {
    Result { () throws(FactsFileError) in
      try FactsFile.parse(
        bytes, fileName: "facts.jsonl", categories: Facts.knownCategories, pieces: pieces
      ).flatMap { $0 }
    }
  }

  /// Expects every cut of `bytes` to read as the file read in one piece, and returns that.
  @discardableResult
  func expectSameInPieces(_ bytes: [UInt8]) -> Result<[Facts], FactsFileError> {
    let whole = read(bytes, pieces: 1)
    for pieces in [2, 3, 5, 16, 64] {
      switch (whole, read(bytes, pieces: pieces)) {
      case (.success(let expected), .success(let facts)):
        #expect(facts == expected, "\(pieces) pieces")
      case (.failure(let expected), .failure(let error)):
        #expect(error.diagnostics == expected.diagnostics, "\(pieces) pieces")
      case (_, let other):
        Issue.record("\(pieces) pieces: \(other), one piece: \(whole)")
      }
    }
    return whole
  }

  /// A file of `count` lines made by a fixed pseudo-random walk over every kind of line:
  /// good, bad value, bad JSON, repeated id, blank, CRLF, a byte that is not UTF-8.
  func mixedFile(_ count: Int, bad: Bool, seed: UInt64) -> [UInt8] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var bytes = UTF8Validation.byteOrderMark
    for index in 0..<count {
      let good =
        #"{"id": "L\#(index)", "stage": "college", "gpa": 3.\#(index % 10), "categories": ["rural"]}"#
      let kind = bad ? next(10) : [0, 1, 3][next(3)]
      switch kind {
      case 0: bytes += Array("   \t".utf8)
      case 1: bytes += Array((good + "\r").utf8)
      case 2: bytes += Array(#"{"id": "L\#(next(max(1, index)))", "gpa": 4}"#.utf8)
      case 4: bytes += Array(#"{"id": "L\#(index)", "gpa": 9}"#.utf8)
      case 5: bytes += Array(#"{"id": "L\#(index)", "stage": "colege"}"#.utf8)
      case 6: bytes += Array(#"{"id": "L\#(index)", "gpa": }"#.utf8)
      case 7:
        bytes += Array(#"{"id": "Ә\#(index)", "institution": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
      default: bytes += Array(good.utf8)
      }
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  @Test(arguments: [1, 2, 3])
  func aGoodFileReadsTheSameInAnyPieces(seed: UInt64) throws {
    let bytes = mixedFile(600, bad: false, seed: seed)
    let facts = try expectSameInPieces(bytes).get()
    #expect(facts.count > 300)
    #expect(Set(facts.map(\.id)).count == facts.count)
  }

  @Test(arguments: [1, 2, 3, 4])
  func errorsAndRepeatedIDsAcrossPiecesAreListedAsOneReaderLists(seed: UInt64) throws {
    // 120 lines: fewer than 100 diagnostics, so every one is listed.
    guard case .failure(let error) = expectSameInPieces(mixedFile(120, bad: true, seed: seed))
    else {
      Issue.record("no diagnostics")
      return
    }
    #expect(error.diagnostics.count < 100)
    #expect(
      error.diagnostics.map(\.location.line) == error.diagnostics.map(\.location.line).sorted())
  }

  @Test(arguments: [5, 6])
  func theStopAfterAHundredDiagnosticsFallsWhereOneReaderStops(seed: UInt64) throws {
    guard case .failure(let error) = expectSameInPieces(mixedFile(2_000, bad: true, seed: seed))
    else {
      Issue.record("no diagnostics")
      return
    }
    #expect(error.diagnostics.count >= 100)
  }

  @Test func aRepeatedIDInALaterPieceNamesTheFirstLineInTheFile() throws {
    var lines = (1...40).map { #"{"id": "L\#($0)"}"# }
    lines[35] = #"{"id": "L3"}"#
    lines[36] = #"{"id": "L3"}"#
    let bytes = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    for pieces in [1, 4, 40] {
      guard case .failure(let error) = read(bytes, pieces: pieces) else {
        Issue.record("\(pieces) pieces: no diagnostics")
        continue
      }
      #expect(
        error.diagnostics.map(\.description) == [
          "facts.jsonl:36:1: error: id 'L3' repeats line 3: one line per subject",
          "facts.jsonl:37:1: error: id 'L3' repeats line 3: one line per subject",
        ], "\(pieces) pieces")
    }
  }

  @Test func piecesEndAtLineEndsAndCoverTheFile() {
    let bytes = Array("a\nbb\n\nccc\nd".utf8)
    for pieces in 1...12 {
      let ranges = FactsFile.lineAlignedRanges(of: bytes, from: 0, pieces: pieces)
      #expect(ranges.first?.lowerBound == 0)
      #expect(ranges.last?.upperBound == bytes.count)
      #expect(ranges.count <= pieces)
      for (range, next) in zip(ranges, ranges.dropFirst()) {
        #expect(range.upperBound == next.lowerBound)
        #expect(bytes[range.upperBound - 1] == UInt8(ascii: "\n"))
      }
      #expect(ranges.allSatisfy { !$0.isEmpty })
    }
    #expect(FactsFile.lineAlignedRanges(of: [], from: 0, pieces: 4).isEmpty)
  }

  @Test func aFileWithoutAFinalLineEndReadsItsLastLineInAnyPieces() throws {
    let bytes = Array("{\"id\": \"A\"}\n\n{\"id\": \"B\"}\n{\"id\": \"A\"}".utf8)
    guard case .failure(let error) = expectSameInPieces(bytes) else {
      Issue.record("no diagnostics")
      return
    }
    #expect(
      error.diagnostics.map(\.description) == [
        "facts.jsonl:4:1: error: id 'A' repeats line 1: one line per subject"
      ])
  }

  @Test func badBytesAreAllListedAndTheFirstBadLineAfterAHundredStops() throws {
    // A single reader counts only bad lines towards its stop: 120 bad bytes, then two bad
    // lines, give the 120 and the first bad line.
    var bytes: [UInt8] = []
    for index in 0..<120 {
      bytes += Array(#"{"id": "L\#(index)", "institution": ""#.utf8) + [0xC0, 0x22, 0x7D, 0x0A]
    }
    bytes += Array("{\"id\": \"X\", \"gpa\": 9}\n{\"id\": \"Y\", \"gpa\": 9}\n".utf8)
    guard case .failure(let error) = expectSameInPieces(bytes) else {
      Issue.record("no diagnostics")
      return
    }
    #expect(error.diagnostics.count == 121)
    #expect(error.diagnostics.last?.location.line == 121)
  }
}
