import JolModel
import JolPolicy

/// One line of a `Policies/reporting/` file, cut into words and quoted texts with their columns.
struct ReportingLine {
  /// A word (`minimum_cell_size`, `5`, `2027`) or a quoted text (without its quotes).
  struct Token {
    var text: String
    /// 1-based column of its first character (the opening quote for a text).
    var column: Int
    var isQuoted: Bool
  }

  /// 1-based line number.
  var number: Int
  /// Whether the line starts with a space or a tab: it belongs to the line above it.
  var isIndented: Bool
  var tokens: [Token]

  func location(_ file: String, column: Int? = nil) -> SourceLocation {
    SourceLocation(file: file, line: number, column: column ?? tokens.first?.column ?? 1)
  }
}

/// The lexical layer of the reporting files (`reporting.conf`, `*.passport`): a `#` at the start
/// of a word begins a comment; a text runs from a `"` to the next `"` (a line may hold several:
/// `kk "…" ru "…" en "…"`); blank and comment lines are left out; a byte-order mark is skipped and
/// CRLF is one line end, so lines and columns (in characters) are those an editor shows. A
/// character that acts on a terminal or reorders text (``TextSafety``) is an error at its column.
enum ReportingLines {
  static func split(_ text: String, file: String) -> (lines: [ReportingLine], errors: [Diagnostic])
  {
    var lines: [ReportingLine] = []
    var errors: [Diagnostic] = []
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    for (offset, raw) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let number = offset + 1
      let chars = Array(raw)
      for (index, char) in chars.enumerated() {
        if let bad = char.unicodeScalars.first(where: { $0 != "\t" && TextSafety.isForbidden($0) })
        {
          errors.append(
            Diagnostic(
              SourceLocation(file: file, line: number, column: index + 1),
              ReportingMessage.forbiddenCharacter.text(["code": TextSafety.codePoint(bad)])))
        }
      }
      var tokens: [ReportingLine.Token] = []
      var index = 0
      while index < chars.count {
        let char = chars[index]
        if char == " " || char == "\t" || char == "\u{00A0}" {
          index += 1
        } else if char == "#" {
          break
        } else if char == "\"" {
          guard let close = chars[(index + 1)...].firstIndex(of: "\"") else {
            errors.append(
              Diagnostic(
                SourceLocation(file: file, line: number, column: index + 1),
                ReportingMessage.unterminatedText.text()))
            break
          }
          tokens.append(
            .init(text: String(chars[(index + 1)..<close]), column: index + 1, isQuoted: true))
          index = close + 1
        } else {
          let start = index
          while index < chars.count && !" \t\u{00A0}\"".contains(chars[index]) { index += 1 }
          tokens.append(
            .init(text: String(chars[start..<index]), column: start + 1, isQuoted: false))
        }
      }
      if tokens.isEmpty { continue }
      lines.append(
        ReportingLine(
          number: number, isIndented: chars.first == " " || chars.first == "\t", tokens: tokens))
    }
    return (lines, errors)
  }
}
