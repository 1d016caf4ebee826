import JolModel

/// Literals, conditions and localized texts: the pieces statements are made of.
extension PolicyParser {
  static let currencyWords: Set<String> = ["KZT", "kzt", "₸", "тг", "тенге", "теңге"]

  /// A literal: word, number, percent, money (`35000 KZT`), date, string or `[list]`.
  mutating func literal(_ what: Diagnostic.Message) -> Literal? {
    let token = cursor.current
    switch token.kind {
    case .word:
      _ = cursor.next()
      return Literal(kind: .word, text: token.text, location: token.location)
    case .number:
      _ = cursor.next()
      if cursor.current.kind == .word && Self.currencyWords.contains(cursor.current.text) {
        _ = cursor.next()
        return Literal(kind: .money, text: token.text, location: token.location)
      }
      return Literal(kind: .number, text: token.text, location: token.location)
    case .percent:
      _ = cursor.next()
      return Literal(kind: .percent, text: token.text, location: token.location)
    case .date:
      _ = cursor.next()
      return Literal(kind: .date, text: token.text, location: token.location)
    case .string:
      _ = cursor.next()
      return Literal(kind: .string, text: token.text, location: token.location)
    case .symbol where token.text == "[":
      _ = cursor.next()
      var items: [Literal] = []
      while !cursor.isSymbol("]") {
        if cursor.current.kind == .end || cursor.isSymbol("[") {
          cursor.fail(.unclosedList(opened: token.location, found: cursor.current.display))
          return nil
        }
        guard let item = literal(.listItem) else { return nil }
        items.append(item)
        if !cursor.accept(symbol: ",") && !cursor.isSymbol("]") && cursor.current.kind != .word
          && cursor.current.kind != .number && cursor.current.kind != .string
        {
          cursor.fail(.expected(.commaOrBracket, found: cursor.current.display))
          return nil
        }
      }
      _ = cursor.next()
      return Literal(kind: .list, text: "", items: items, location: token.location)
    default:
      cursor.fail(.expected(what, found: token.display))
      return nil
    }
  }

  mutating func date(_ what: Diagnostic.Message) -> Located<CivilDate>? {
    guard let token = cursor.expect(.date, what) else { return nil }
    guard let date = CivilDate(token.text) else {
      cursor.sink.error(token.location, .notADate(token.text))
      return nil
    }
    return Located(value: date, location: token.location)
  }

  mutating func word(_ what: Diagnostic.Message) -> Located<String>? {
    guard let token = cursor.expect(.word, what) else { return nil }
    return Located(value: token.text, location: token.location)
  }

  /// `kk "…" ru "…" en "…"` on the line, then on following lines that start with a language.
  mutating func localized(_ location: SourceLocation) -> LocalizedBlock {
    var block = LocalizedBlock(location: location)
    func readPairs(_ parser: inout PolicyParser) {
      while parser.cursor.current.kind == .word {
        let token = parser.cursor.current
        guard let language = Language(rawValue: token.text) else {
          parser.cursor.fail(.unknownLanguage(token.text))
          parser.cursor.skipLine()
          return
        }
        _ = parser.cursor.next()
        guard let text = parser.cursor.expect(.string, .quotedText(after: token.text)) else {
          parser.cursor.skipLine()
          return
        }
        if block.texts[language] != nil {
          parser.cursor.sink.error(token.location, .textGivenTwice(token.text))
        }
        block.texts[language] = Located(value: text.text, location: token.location)
      }
    }
    readPairs(&self)
    endLine("text")
    while cursor.current.kind == .word, Language(rawValue: cursor.current.text) != nil {
      readPairs(&self)
      endLine("text")
    }
    return block
  }

  // MARK: Conditions

  /// `A or B`, `A and B`, `not A`, `(A)`, and comparisons of a fact.
  mutating func condition() -> Condition? {
    let start = cursor.current.location
    guard let first = conjunction() else { return nil }
    var parts = [first]
    while cursor.accept(word: "or") {
      guard let next = conjunction() else { return nil }
      parts.append(next)
    }
    return parts.count == 1 ? first : .or(parts, start)
  }

  private mutating func conjunction() -> Condition? {
    let start = cursor.current.location
    guard let first = unary() else { return nil }
    var parts = [first]
    while cursor.accept(word: "and") {
      guard let next = unary() else { return nil }
      parts.append(next)
    }
    return parts.count == 1 ? first : .and(parts, start)
  }

  private mutating func unary() -> Condition? {
    let start = cursor.current.location
    let nests = cursor.isWord("not") || cursor.isSymbol("(")
    if nests {
      guard nesting < Self.maximumNesting else {
        cursor.fail(.nestedTooDeep(Self.maximumNesting))
        return nil
      }
      nesting += 1
    }
    defer { if nests { nesting -= 1 } }
    if cursor.accept(word: "not") {
      guard let inner = unary() else { return nil }
      return .not(inner, start)
    }
    if cursor.accept(symbol: "(") {
      guard let inner = condition() else { return nil }
      guard cursor.expect(symbol: ")", .toClose(start)) else {
        return nil
      }
      return inner
    }
    guard let fact = word(.factName) else { return nil }
    let token = cursor.current
    if token.kind == .symbol, let op = ComparisonOperator(rawValue: token.text) {
      _ = cursor.next()
      guard let value = literal(.value(after: token.text)) else { return nil }
      return .compare(fact: fact, op: Located(value: op, location: token.location), value: value)
    }
    if cursor.accept(word: "in") {
      guard let values = literal(.list(after: "in")) else { return nil }
      return .member(fact: fact, negated: false, values: values)
    }
    if cursor.isWord("not") {
      _ = cursor.next()
      guard cursor.expect(word: "in", .afterNot) else { return nil }
      guard let values = literal(.list(after: "not in")) else { return nil }
      return .member(fact: fact, negated: true, values: values)
    }
    if cursor.accept(word: "has") {
      var test = SetTest.any
      if cursor.accept(word: "any") {
        test = .any
      } else if cursor.accept(word: "all") {
        test = .all
      } else if cursor.accept(word: "none") {
        test = .none
      }
      guard let values = literal(.valueOrList(after: "has")) else {
        return nil
      }
      return .has(fact: fact, test: test, values: values)
    }
    if cursor.accept(word: "is") {
      let negated = cursor.accept(word: "not")
      guard cursor.expect(word: "known", .afterIs) else { return nil }
      return .known(fact: fact, negated: negated)
    }
    cursor.fail(.expectedComparison(after: fact.value, found: token.display))
    return nil
  }
}

extension Diagnostic.Message {
  fileprivate static func unclosedList(opened: SourceLocation, found: Self) -> Self {
    let at = "\(opened.line):\(opened.column)"
    return SyntaxMessage.unclosedList.text(["at": at, "found": found])
  }

  fileprivate static func nestedTooDeep(_ limit: Int) -> Self {
    SyntaxMessage.nestedTooDeep.text(["limit": String(limit)])
  }

  fileprivate static let listItem = SyntaxMessage.listItem.text()

  fileprivate static let commaOrBracket = SyntaxMessage.commaOrBracket.text()

  fileprivate static func notADate(_ text: String) -> Self {
    SyntaxMessage.notADate.text(["text": text])
  }

  fileprivate static func unknownLanguage(_ text: String) -> Self {
    SyntaxMessage.unknownLanguage.text(["text": text])
  }

  fileprivate static func quotedText(after language: String) -> Self {
    SyntaxMessage.quotedTextAfterLanguage.text(["language": language])
  }

  fileprivate static func textGivenTwice(_ language: String) -> Self {
    SyntaxMessage.textGivenTwice.text(["language": language])
  }

  fileprivate static func toClose(_ start: SourceLocation) -> Self {
    let at = "\(start.line):\(start.column)"
    return SyntaxMessage.toCloseParenthesis.text(["at": at])
  }

  fileprivate static let factName = SyntaxMessage.factName.text()

  fileprivate static func value(after op: String) -> Self {
    SyntaxMessage.valueAfterOperator.text(["op": op])
  }

  fileprivate static func list(after word: String) -> Self {
    SyntaxMessage.listAfterWord.text(["word": word])
  }

  fileprivate static func valueOrList(after word: String) -> Self {
    SyntaxMessage.valueOrList.text(["word": word])
  }

  fileprivate static let afterNot = SyntaxMessage.afterNot.text()

  fileprivate static let afterIs = SyntaxMessage.afterIs.text()

  fileprivate static func expectedComparison(after fact: String, found: Self) -> Self {
    let forms = "= != < <= > >=, 'in', 'not in', 'has', 'is known'"
    return SyntaxMessage.expectedComparison.text(["fact": fact, "forms": forms, "found": found])
  }
}
