import JolModel

/// Splits policy and test text into tokens with exact line and column.
///
/// Words may contain letters, digits, `_`, `-` and `.` (`not-in-college`, `reference.deficit`),
/// so reason keys and policy ids read naturally. `#` starts a comment to the end of the line.
/// Newlines are tokens, except inside `[ ]` and `( )`, where a list may span lines.
///
/// Text saved on Windows reads the same as anywhere else: a byte-order mark at the start is
/// skipped and a CRLF line end is one line end (Swift reads `\r\n` as one `Character`), so
/// lines and columns stay those an editor shows. A word that mixes letters of two scripts (a
/// Cyrillic `а` inside a Latin id) is an error at the odd letter: it looks right and never
/// matches.
///
/// Nothing that acts on a terminal or reorders what is shown (``TextSafety``) passes: in text
/// in quotes it is an error at the text (whose token then holds `�` in its place, so no later
/// message shows it), in a comment an error at the character (a bidirectional override there
/// can make a condition read as another), anywhere else an unexpected character. Messages name
/// such a character by its code point.
///
/// - Complexity: O(n) in the text length.
struct Lexer {
  let file: String

  func tokens(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var result: [Token] = []
    var diagnostics: [Diagnostic] = []
    let chars = Array(text)
    var index = 0
    var line = 1
    var column = 1
    var depth = 0
    // A byte-order mark is not part of the text (editors on Windows write one).
    if chars.first == "\u{FEFF}" { index = 1 }

    func location() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
    /// A word mixing scripts (a Cyrillic letter in a Latin id) is an error at the odd letter.
    func checkScripts(_ word: String, _ start: SourceLocation) {
      guard let odd = Lexer.mixedScript(word) else { return }
      var at = start
      at.column += odd.offset
      diagnostics.append(Diagnostic(at, .mixedScripts(word, odd.character, odd.script)))
    }
    func advance(_ count: Int = 1) {
      for _ in 0..<count {
        if Lexer.isLineEnd(chars[index]) {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }
    func isWordChar(_ c: Character) -> Bool {
      // A letter may carry a joiner or an override in the same Character.
      if !c.isASCII && c.unicodeScalars.contains(where: TextSafety.isForbidden) { return false }
      return c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." || c == "/" || c == "₸"
        || c == "@"
    }

    while index < chars.count {
      let c = chars[index]
      let start = location()
      if c == "#" {
        while index < chars.count && !Lexer.isLineEnd(chars[index]) {
          if let bad = chars[index].unicodeScalars.first(where: {
            $0 != "\t" && TextSafety.isForbidden($0)
          }) {
            diagnostics.append(Diagnostic(location(), .forbiddenCharacter(bad, in: .comment)))
          }
          advance()
        }
      } else if Lexer.isLineEnd(c) {
        if depth == 0 && result.last?.kind != .newline && !result.isEmpty {
          result.append(Token(kind: .newline, text: "\n", location: start))
        }
        advance()
      } else if c == " " || c == "\t" || c == "\u{00A0}" {
        advance()
      } else if c == "\"" || c == "«" || c == "“" {
        let close: Character = c == "\"" ? "\"" : (c == "«" ? "»" : "”")
        advance()
        var content = ""
        while index < chars.count && chars[index] != close && !Lexer.isLineEnd(chars[index]) {
          content.append(chars[index])
          advance()
        }
        if index < chars.count && chars[index] == close {
          advance()
        } else {
          diagnostics.append(
            Diagnostic(start, .unterminatedString(close: close)))
        }
        if let bad = TextSafety.forbiddenScalar(in: content) {
          diagnostics.append(Diagnostic(start, .forbiddenCharacter(bad, in: .quotedText)))
          content = TextSafety.displayable(content)
        }
        result.append(Token(kind: .string, text: content, location: start))
      } else if c.isNumber && c.isASCII {
        var word = ""
        while index < chars.count && isWordChar(chars[index]) {
          // `2026-09-01..2027-08-31`: a range, not one word.
          if chars[index] == "." && index + 1 < chars.count && chars[index + 1] == "." { break }
          word.append(chars[index])
          advance()
        }
        // A decimal comma inside a number: `3,5` (but `1, 2` stays a list).
        if index + 1 < chars.count && chars[index] == "," && chars[index + 1].isNumber
          && word.allSatisfy({ $0.isNumber })
        {
          word.append(",")
          advance()
          while index < chars.count && chars[index].isNumber {
            word.append(chars[index])
            advance()
          }
        }
        var kind: Token.Kind
        if Lexer.isDate(word) {
          kind = .date
        } else if Lexer.isNumber(word) {
          kind = .number
        } else {
          kind = .word
        }
        if kind == .word { checkScripts(word, start) }
        if kind == .number && index < chars.count && chars[index] == "%" {
          advance()
          kind = .percent
        }
        result.append(Token(kind: kind, text: word, location: start))
      } else if isWordChar(c) && c != "." {
        var word = ""
        while index < chars.count && isWordChar(chars[index]) {
          if chars[index] == "." && index + 1 < chars.count && chars[index + 1] == "." { break }
          word.append(chars[index])
          advance()
        }
        checkScripts(word, start)
        result.append(Token(kind: .word, text: word, location: start))
      } else {
        let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
        var symbol: String
        var width = 1
        switch (c, next) {
        case ("!", "="), ("<", "="), (">", "="), (".", "."):
          symbol = String(c) + "="
          if c == "." { symbol = ".." }
          width = 2
        case ("=", "="):
          symbol = "="
          width = 2
        case ("≤", _): symbol = "<="
        case ("≥", _): symbol = ">="
        case ("≠", _): symbol = "!="
        case ("…", _): symbol = ".."
        case ("=", _), ("<", _), (">", _), (",", _), ("[", _), ("]", _), ("(", _), (")", _):
          symbol = String(c)
        default:
          diagnostics.append(
            Diagnostic(start, .unexpectedCharacter(c)))
          advance()
          continue
        }
        advance(width)
        if symbol == "[" || symbol == "(" { depth += 1 }
        if symbol == "]" || symbol == ")" { depth = max(0, depth - 1) }
        result.append(Token(kind: .symbol, text: symbol, location: start))
      }
    }
    if result.last.map({ $0.kind != .newline }) ?? false {
      result.append(Token(kind: .newline, text: "\n", location: location()))
    }
    result.append(Token(kind: .end, text: "", location: location()))
    return (result, diagnostics)
  }

  static func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

  static func isDate(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    return bytes.enumerated().allSatisfy { index, byte in
      index == 4 || index == 7 || (48...57).contains(byte)
    }
  }

  static func isNumber(_ word: String) -> Bool {
    var points = 0
    for c in word {
      if c == "." || c == "," {
        points += 1
      } else if !(c.isASCII && c.isNumber) {
        return false
      }
    }
    return points <= 1 && word.last != "." && word.last != ","
  }
}

extension Diagnostic.Message {
  fileprivate static func unterminatedString(close: Character) -> Self {
    SyntaxMessage.unterminatedString.text(["close": String(close)])
  }

  fileprivate static func mixedScripts(_ word: String, _ character: Character, _ script: Script)
    -> Self
  {
    let code =
      character.unicodeScalars.first.map { "U+" + String($0.value, radix: 16, uppercase: true) }
      ?? ""
    return SyntaxMessage.mixedScripts.text([
      "word": word, "character": String(character), "code": code, "script_title": script.title,
    ])
  }

  fileprivate static func unexpectedCharacter(_ character: Character) -> Self {
    let accepted = "= != < <= > >= , [ ] ( )"
    let shown = Self.character(character)
    return SyntaxMessage.unexpectedCharacter.text(["shown": shown, "accepted": accepted])
  }

  fileprivate static let quotedText = SyntaxMessage.textInQuotes.text()

  fileprivate static let comment = SyntaxMessage.theComment.text()
}
