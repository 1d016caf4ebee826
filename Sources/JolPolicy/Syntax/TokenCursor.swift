/// Reads a token array one token at a time, with the checks every parser needs.
struct TokenCursor {
  var tokens: [Token]
  var index = 0
  var sink = DiagnosticSink()

  init(_ tokens: [Token]) { self.tokens = tokens }

  var current: Token { tokens[index] }
  var atLineEnd: Bool { current.kind == .newline || current.kind == .end }

  mutating func next() -> Token {
    let token = tokens[index]
    if token.kind != .end { index += 1 }
    return token
  }

  func isWord(_ text: String) -> Bool { current.kind == .word && current.text == text }
  func isSymbol(_ text: String) -> Bool { current.kind == .symbol && current.text == text }

  /// Consumes the word `text` if it is next.
  mutating func accept(word text: String) -> Bool {
    guard isWord(text) else { return false }
    _ = next()
    return true
  }

  mutating func accept(symbol text: String) -> Bool {
    guard isSymbol(text) else { return false }
    _ = next()
    return true
  }

  /// Requires the word `text`; reports what was found otherwise.
  mutating func expect(word text: String, _ context: Diagnostic.Message) -> Bool {
    if accept(word: text) { return true }
    fail(.expected(text, context, found: current.display))
    return false
  }

  mutating func expect(symbol text: String, _ context: Diagnostic.Message) -> Bool {
    if accept(symbol: text) { return true }
    fail(.expected(text, context, found: current.display))
    return false
  }

  /// Requires a token of `kind`; reports `what` was expected otherwise.
  mutating func expect(_ kind: Token.Kind, _ what: Diagnostic.Message) -> Token? {
    guard current.kind == kind else {
      fail(.expected(what, found: current.display))
      return nil
    }
    return next()
  }

  mutating func fail(_ message: Diagnostic.Message) { sink.error(current.location, message) }

  /// Skips to the start of the next line (after an error, or when a line is done).
  mutating func skipLine() {
    while !atLineEnd { _ = next() }
    if current.kind == .newline { _ = next() }
  }

  /// Ends a statement: anything left on the line is an error, never ignored.
  mutating func endLine(_ statement: String) {
    if !atLineEnd {
      fail(.unexpectedAfter(statement, found: current.display))
    }
    skipLine()
  }
}

extension Diagnostic.Message {
  /// "expected 'WORD' CONTEXT, found X"; CONTEXT says where (`after the condition`).
  fileprivate static func expected(_ word: String, _ context: Self, found: Self) -> Self {
    SyntaxMessage.expectedWordIn.text(["context": context, "word": word, "found": found])
  }

  fileprivate static func unexpectedAfter(_ statement: String, found: Self) -> Self {
    SyntaxMessage.unexpectedAfter.text(["statement": statement, "found": found])
  }
}
