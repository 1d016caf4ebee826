import JolModel
import JolPolicy

/// A line of a `Policies/reporting/` file (``TokenLines``, the shared lexical layer).
typealias ReportingLine = TokenLine

extension TokenLine {
  /// The place of the line (its first token, or `column`) in `file`.
  func location(_ file: String, column: Int? = nil) -> SourceLocation {
    SourceLocation(file: file, line: number, column: column ?? tokens.first?.column ?? 1)
  }
}

/// Cuts a reporting file (`reporting.conf`, `*.passport`) into lines of tokens. A text runs from
/// a `"` to the next `"`, so a line may hold several: `kk "…" ru "…" en "…"`.
enum ReportingLines {
  static func split(_ text: String, file: String) -> (lines: [ReportingLine], errors: [Diagnostic])
  {
    let (lines, problems) = TokenLines.split(text, texts: .nextQuote)
    let errors = problems.map { problem in
      let message: LocalizedText =
        switch problem.kind {
        case .forbiddenCharacter(let bad):
          ReportingMessage.forbiddenCharacter.text(["code": TextSafety.codePoint(bad)])
        case .unterminatedText: ReportingMessage.unterminatedText.text()
        }
      return Diagnostic(
        SourceLocation(file: file, line: problem.line, column: problem.column), message)
    }
    return (lines, errors)
  }
}
