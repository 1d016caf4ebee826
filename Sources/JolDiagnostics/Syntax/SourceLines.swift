import JolModel

/// One line of an instrument or texts file, cut into words and quoted texts with their columns.
struct SourceLine {
  /// A word (`item`, `7`, `0..4`) or a quoted text (its content, without the quotes).
  struct Token {
    var text: String
    /// 1-based column of its first character (the opening quote for a text).
    var column: Int
    var isQuoted: Bool
  }

  /// 1-based line number.
  var number: Int
  /// Whether the line starts with a space or tab: it belongs to the block above it.
  var isIndented: Bool
  var tokens: [Token]
}

/// Cuts a file into lines of tokens, the one lexical layer of both file kinds.
///
/// A `#` at the start of a word begins a comment to the end of the line. A text in quotes runs
/// from its opening `"` to the last `"` of the line, so a text may hold a `"` of its own and
/// needs no escapes. Blank and comment-only lines are left out. A byte-order mark is skipped and
/// CRLF is one line end, so lines and columns are those an editor shows. A character that acts
/// on a terminal or reorders text (``TextSafety``) is an error at its column.
enum SourceLines {
  static func split(_ text: String, file: String) -> (
    lines: [SourceLine], errors: [InstrumentError]
  ) {
    var lines: [SourceLine] = []
    var errors: [InstrumentError] = []
    var number = 0
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    for raw in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      let chars = Array(raw)
      for (offset, char) in chars.enumerated() {
        if let bad = char.unicodeScalars.first(where: { $0 != "\t" && TextSafety.isForbidden($0) })
        {
          errors.append(
            InstrumentError(
              file: file, line: number, column: offset + 1,
              message: InstrumentMessage.forbiddenCharacter.text([
                "code": TextSafety.codePoint(bad)
              ])))
        }
      }
      var tokens: [SourceLine.Token] = []
      var index = 0
      while index < chars.count {
        let char = chars[index]
        if char == " " || char == "\t" || char == "\u{00A0}" {
          index += 1
        } else if char == "#" {
          break
        } else if char == "\"" {
          guard let close = chars.lastIndex(of: "\""), close > index else {
            errors.append(
              InstrumentError(
                file: file, line: number, column: index + 1,
                message: InstrumentMessage.unterminatedText.text()))
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
        SourceLine(
          number: number, isIndented: chars.first == " " || chars.first == "\t", tokens: tokens))
    }
    return (lines, errors)
  }
}
