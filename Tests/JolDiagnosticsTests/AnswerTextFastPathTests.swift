import JolDiagnostics
import JolModel
import Testing

/// An ASCII answer text is read on its bytes; any other text scalar by scalar. Both must read
/// every text alike: the same answers, the same problems at the same offsets, in the same order.
@Suite struct AnswerTextFastPathTests {
  static let pieces = [
    "1", "2", "3", "7", "20", "21", "61", "0", "000001", "1234567", "a", "b", "B", "c", "x", ":",
    ":4", ":5", ":0", ":44", ":+1", " ", ",", ";", "\t", "\r\n", "a:", "-", " 1a", " 2b", " 13B",
    " 5:3", " 20a", " 7:4", " 60:1",
  ]

  /// `text` read by the scalar path: a no-break space (a separator, not ASCII) at its end
  /// changes no token and no offset before it.
  static func byScalars(_ instrument: Instrument, _ text: String) -> (AnswerSheet, [AnswerProblem])
  {
    let read = instrument.parseAnswers(text + "\u{A0}")
    return (read.sheet, read.problems)
  }

  @Test(arguments: ["five-types", "riasec-60"])
  func bytesAndScalarsReadAlike(_ id: String) throws {
    let instrument = try ShippedInstruments.load(id)
    var random = SplitMix64(seed: 3)
    var answered = 0
    for _ in 0..<3_000 {
      let text = (0..<Int(random.next() % 24)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      let (sheet, problems) = instrument.parseAnswers(text)
      let (referenceSheet, referenceProblems) = Self.byScalars(instrument, text)
      #expect(sheet == referenceSheet, "\(text)")
      #expect(problems == referenceProblems, "\(text)")
      answered += sheet.answers.filter { $0 >= 0 }.count
    }
    #expect(answered > 100)
  }

  @Test func aWholeSheetIsReadOnItsBytes() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let text = (1...20).map { "\($0)\($0 % 2 == 0 ? "A" : "b")" }.joined(separator: " ")
    let (sheet, problems) = instrument.parseAnswers(text)
    #expect(problems.isEmpty)
    #expect(sheet == Self.byScalars(instrument, text).0)
    #expect(instrument.answerText(sheet) == text.lowercased())
  }
}
