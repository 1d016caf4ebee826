import JolModel

/// A line of an instrument or texts file (``TokenLines``, the shared lexical layer).
typealias SourceLine = TokenLine

/// Cuts an instrument or texts file into lines of tokens. A text in quotes runs from its opening
/// `"` to the last `"` of the line, so a text may hold a `"` of its own and needs no escapes.
enum SourceLines {
  static func split(_ text: String, file: String) -> (
    lines: [SourceLine], errors: [InstrumentError]
  ) {
    let (lines, problems) = TokenLines.split(text, texts: .lastQuote)
    let errors = problems.map { problem in
      let message: LocalizedText =
        switch problem.kind {
        case .forbiddenCharacter(let bad):
          InstrumentMessage.forbiddenCharacter.text(["code": TextSafety.codePoint(bad)])
        case .unterminatedText: InstrumentMessage.unterminatedText.text()
        }
      return InstrumentError(
        file: file, line: problem.line, column: problem.column, message: message)
    }
    return (lines, errors)
  }
}
