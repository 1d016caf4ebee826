import JolModel

/// Reads an `.instrument` file into an ``InstrumentDraft``. The format is line based: one
/// statement a line, a block (`scale`, `item`) owns the indented lines below it; see
/// `Policies/diagnostics/README.md`.
///
/// ```
/// instrument five-types
/// version 1
/// response choice
/// scale nature
///   band not-expressed 0..2
/// item 1
///   option a nature
///   option b technology
/// ```
struct InstrumentParser {
  private let file: String
  private var draft: InstrumentDraft
  private var errors: [InstrumentError] = []

  private init(file: String) {
    self.file = file
    self.draft = InstrumentDraft(file: file)
  }

  /// The statements of the file. Every problem found is listed; the draft holds what could be
  /// read.
  static func parse(_ text: String, file: String) -> (InstrumentDraft, [InstrumentError]) {
    var parser = InstrumentParser(file: file)
    let (lines, lexical) = SourceLines.split(text, file: file)
    parser.errors = lexical
    parser.draft.firstLine = lines.first?.number ?? 1
    // Which block the indented lines below belong to.
    enum Block { case none, scale, item }
    var block = Block.none
    for line in lines {
      if line.isIndented {
        switch block {
        case .scale: parser.bandLine(line)
        case .item: parser.optionLine(line)
        case .none:
          parser.error(line, line.tokens[0], InstrumentMessage.indentedOutsideBlock.text())
        }
        continue
      }
      block = .none
      let word = line.tokens[0]
      switch word.text {
      case "instrument":
        parser.single(line, \.id) { $0.identifier($1, line) }
      case "version":
        parser.single(line, \.version) { $0.number($1, line, minimum: 1) }
      case "ages":
        parser.single(line, \.ages) { $0.range($1, line) }
      case "response": parser.responseLine(line)
      case "source", "licence":
        guard line.tokens.count == 2, line.tokens[1].isQuoted else {
          parser.expected(line, 1, InstrumentMessage.quotedText.text())
          continue
        }
        if word.text == "source" {
          parser.draft.sources.append(line.tokens[1].text)
        } else {
          parser.draft.licences.append(line.tokens[1].text)
        }
      case "missing":
        parser.single(line, \.missing) { $0.number($1, line, minimum: 0) }
      case "prorate":
        parser.single(line, \.prorate) { $0.number($1, line, minimum: 0) }
      case "flat":
        parser.single(line, \.flat) { $0.number($1, line, minimum: 0) }
      case "code":
        parser.single(line, \.code) { $0.number($1, line, minimum: 1) }
      case "scale":
        if parser.scaleLine(line) { block = .scale }
      case "item":
        if parser.itemLine(line) { block = .item }
      default:
        let hint = ClosestMatch.suggestion(for: word.text, among: Self.statements)
        parser.error(
          line, word,
          InstrumentMessage.unknownStatement.text([
            "word": word.text, "hint": Self.hint(hint, among: Self.statements),
          ]))
      }
    }
    return (parser.draft, parser.errors)
  }

  static let statements = [
    "instrument", "version", "ages", "response", "source", "licence", "missing", "prorate", "flat",
    "code", "scale", "item",
  ]

  /// ": did you mean 'x'?" or ": expected one of …".
  static func hint(_ near: String?, among words: [String]) -> LocalizedText {
    if let near { return InstrumentMessage.didYouMean.text(["near": near]) }
    return InstrumentMessage.expectedOneOf.text(["list": words.joined(separator: ", ")])
  }

  // MARK: statements

  /// A statement with one value, given once.
  private mutating func single<Value>(
    _ line: SourceLine, _ slot: WritableKeyPath<InstrumentDraft, InstrumentDraft.Placed<Value>?>,
    _ read: (inout InstrumentParser, SourceLine.Token) -> Value?
  ) {
    guard line.tokens.count >= 2 else { return expected(line, 1, what(line.tokens[0].text)) }
    guard extra(line, after: 2) else { return }
    if let previous = draft[keyPath: slot] {
      return error(
        line, line.tokens[0],
        InstrumentMessage.givenTwice.text([
          "word": line.tokens[0].text, "line": String(previous.line),
        ]))
    }
    let token = line.tokens[1]
    if let value = read(&self, token) {
      draft[keyPath: slot] = .init(value: value, line: line.number, column: token.column)
    }
  }

  private mutating func responseLine(_ line: SourceLine) {
    guard line.tokens.count >= 2 else {
      return expected(line, 1, InstrumentMessage.responseKind.text())
    }
    if let previous = draft.response {
      return error(
        line, line.tokens[0],
        InstrumentMessage.givenTwice.text(["word": "response", "line": String(previous.line)]))
    }
    let kind = line.tokens[1]
    switch kind.text {
    case "choice":
      guard extra(line, after: 2) else { return }
      draft.response = .init(value: .choice, line: line.number, column: kind.column)
    case "rating":
      guard line.tokens.count >= 3 else { return expected(line, 2, InstrumentMessage.range.text()) }
      guard extra(line, after: 3), let range = range(line.tokens[2], line) else { return }
      guard range.lowerBound >= 0, range.upperBound <= 9 else {
        return error(
          line, line.tokens[2], InstrumentMessage.ratingRange.text(["text": line.tokens[2].text]))
      }
      draft.response = .init(value: .rating(range), line: line.number, column: kind.column)
    default:
      error(
        line, kind,
        InstrumentMessage.expectedFound.text([
          "what": InstrumentMessage.responseKind.text(), "found": "'\(kind.text)'",
        ]))
    }
  }

  /// `scale ID [letter X]`; whether a block opened.
  private mutating func scaleLine(_ line: SourceLine) -> Bool {
    guard line.tokens.count >= 2 else {
      expected(line, 1, InstrumentMessage.scaleID.text())
      return false
    }
    guard let id = identifier(line.tokens[1], line) else { return false }
    var scale = InstrumentDraft.ScaleDraft(
      id: .init(value: id, line: line.number, column: line.tokens[1].column))
    if line.tokens.count > 2 {
      guard line.tokens[2].text == "letter" else {
        expected(line, 2, InstrumentMessage.letterWord.text())
        return false
      }
      guard line.tokens.count > 3 else {
        expected(line, 3, InstrumentMessage.letter.text())
        return false
      }
      let letter = line.tokens[3]
      guard letter.text.count == 1, letter.text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
        expected(line, 3, InstrumentMessage.letter.text())
        return false
      }
      guard extra(line, after: 4) else { return false }
      scale.letter = .init(value: letter.text, line: line.number, column: letter.column)
    }
    draft.scales.append(scale)
    return true
  }

  /// `  band ID MIN..MAX` inside a scale.
  private mutating func bandLine(_ line: SourceLine) {
    guard line.tokens[0].text == "band" else {
      return error(
        line, line.tokens[0],
        InstrumentMessage.expectedFound.text([
          "what": "'band'", "found": "'\(line.tokens[0].text)'",
        ]))
    }
    guard line.tokens.count >= 3 else {
      return expected(line, line.tokens.count, InstrumentMessage.bandLine.text())
    }
    guard extra(line, after: 3), let id = identifier(line.tokens[1], line),
      let range = range(line.tokens[2], line)
    else { return }
    draft.scales[draft.scales.count - 1].bands.append(
      .init(
        id: .init(value: id, line: line.number, column: line.tokens[1].column),
        range: .init(value: range, line: line.number, column: line.tokens[2].column)))
  }

  /// `item N` (choice) or `item N SCALE [weight W]` (rating); whether a block opened.
  private mutating func itemLine(_ line: SourceLine) -> Bool {
    guard line.tokens.count >= 2 else {
      expected(line, 1, InstrumentMessage.itemNumber.text())
      return false
    }
    guard let number = number(line.tokens[1], line, minimum: 1) else { return false }
    var item = InstrumentDraft.ItemDraft(
      number: .init(value: number, line: line.number, column: line.tokens[1].column), weight: 1)
    if line.tokens.count > 2 {
      guard let (scale, weight) = scaleAndWeight(line, from: 2) else { return false }
      item.scale = scale
      item.weight = weight
    }
    draft.items.append(item)
    return true
  }

  /// `  option ID SCALE [weight W]` inside an item.
  private mutating func optionLine(_ line: SourceLine) {
    guard line.tokens[0].text == "option" else {
      return error(
        line, line.tokens[0],
        InstrumentMessage.expectedFound.text([
          "what": "'option'", "found": "'\(line.tokens[0].text)'",
        ]))
    }
    guard line.tokens.count >= 3 else {
      return expected(line, line.tokens.count, InstrumentMessage.optionLine.text())
    }
    let id = line.tokens[1]
    if id.text.count != 1 || !id.text.allSatisfy({ $0.isASCII && $0.isLowercase }) {
      // Still an option of its item (the file is not used anyway): no second error saying the
      // item has too few.
      error(line, id, InstrumentMessage.optionID.text(["text": id.text]))
    }
    guard let (scale, weight) = scaleAndWeight(line, from: 2) else { return }
    draft.items[draft.items.count - 1].options.append(
      .init(
        id: .init(value: id.text, line: line.number, column: id.column), scale: scale,
        weight: weight))
  }

  /// `SCALE [weight W]` from token `index` to the end of the line.
  private mutating func scaleAndWeight(_ line: SourceLine, from index: Int)
    -> (InstrumentDraft.Placed<String>, Int)?
  {
    let scale = line.tokens[index]
    guard let id = identifier(scale, line) else { return nil }
    var weight = 1
    if line.tokens.count > index + 1 {
      guard line.tokens[index + 1].text == "weight" else {
        expected(line, index + 1, InstrumentMessage.weightWord.text())
        return nil
      }
      guard line.tokens.count > index + 2 else {
        expected(line, index + 2, InstrumentMessage.weight.text())
        return nil
      }
      guard extra(line, after: index + 3),
        let value = number(line.tokens[index + 2], line, minimum: 1)
      else { return nil }
      weight = value
    }
    return (.init(value: id, line: line.number, column: scale.column), weight)
  }

  // MARK: values

  /// An id: lowercase Latin letters, digits and `-`, starting with a letter.
  private mutating func identifier(_ token: SourceLine.Token, _ line: SourceLine) -> String? {
    guard Self.isIdentifier(token.text), !token.isQuoted else {
      error(line, token, InstrumentMessage.notAnID.text(["text": token.text]))
      return nil
    }
    return token.text
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLowercase else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }

  private mutating func number(_ token: SourceLine.Token, _ line: SourceLine, minimum: Int) -> Int?
  {
    guard !token.isQuoted, token.text.allSatisfy({ $0.isASCII && $0.isNumber }),
      token.text.count <= 6, let value = Int(token.text), value >= minimum
    else {
      error(
        line, token,
        InstrumentMessage.notANumber.text(["text": token.text, "minimum": String(minimum)]))
      return nil
    }
    return value
  }

  /// `MIN..MAX`, both whole numbers, MIN ≤ MAX.
  private mutating func range(_ token: SourceLine.Token, _ line: SourceLine) -> ClosedRange<Int>? {
    let dots = token.text.firstRange(of: "..")
    guard let dots, let low = Self.wholeNumber(token.text[..<dots.lowerBound]),
      let high = Self.wholeNumber(token.text[dots.upperBound...]),
      low <= high
    else {
      error(line, token, InstrumentMessage.notARange.text(["text": token.text]))
      return nil
    }
    return low...high
  }

  private static func wholeNumber(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(text)
  }

  // MARK: errors

  /// The words a statement's value is described by, for "expected …" messages.
  private func what(_ statement: String) -> LocalizedText {
    switch statement {
    case "instrument": InstrumentMessage.instrumentID.text()
    case "ages": InstrumentMessage.range.text()
    default: InstrumentMessage.wholeNumber.text()
    }
  }

  /// Nothing may follow token `count - 1`; false (and an error) when something does.
  private mutating func extra(_ line: SourceLine, after count: Int) -> Bool {
    guard line.tokens.count > count else { return true }
    let token = line.tokens[count]
    error(
      line, token,
      InstrumentMessage.unexpectedAfter.text([
        "found": token.text, "word": line.tokens[0].text,
      ]))
    return false
  }

  /// "expected X" at token `index`, or at the end of the line when the line is shorter.
  private mutating func expected(_ line: SourceLine, _ index: Int, _ what: LocalizedText) {
    if index < line.tokens.count {
      let token = line.tokens[index]
      error(
        line, token,
        InstrumentMessage.expectedFound.text(["what": what, "found": "'\(token.text)'"]))
    } else {
      let last = line.tokens[line.tokens.count - 1]
      let column = last.column + last.text.count + (last.isQuoted ? 2 : 0)
      errors.append(
        InstrumentError(
          file: file, line: line.number, column: column,
          message: InstrumentMessage.expectedFound.text([
            "what": what, "found": InstrumentMessage.endOfLine.text(),
          ])))
    }
  }

  private mutating func error(
    _ line: SourceLine, _ token: SourceLine.Token, _ message: LocalizedText
  ) {
    errors.append(
      InstrumentError(file: file, line: line.number, column: token.column, message: message))
  }
}
