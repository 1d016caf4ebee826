import JolModel

extension Instrument {
  /// Reads one pupil's answers written in one text: `1a 2b 3a …` for choice items (item number,
  /// then option id), `1:4 2:0 …` for rating items (item number, colon, rating). Answers are
  /// separated by spaces, commas or semicolons, in any order; items not named are unanswered.
  /// Option letters may be capitals.
  ///
  /// Every problem is listed (an unknown item or option, a rating out of range, an item
  /// answered twice, text that is not an answer) with its offset; the sheet holds the answers
  /// that could be read. Too many unanswered items are for ``completeness(of:)``.
  public func parseAnswers(_ text: String) -> (sheet: AnswerSheet, problems: [AnswerProblem]) {
    var reading = AnswersReading(self)
    let bytes = Array(text.utf8)
    if bytes.allSatisfy({ $0 < 0x80 }) {
      // ASCII, as sheets almost always are: a byte is a scalar, so tokens are found and read
      // on the bytes; a token that is not a plain answer is read as any other text is.
      Self.forEachToken(in: bytes, isSeparator: Self.isSeparator) { token in
        if !reading.plainAnswer(bytes[token], at: token.lowerBound) {
          reading.read(String(decoding: bytes[token], as: UTF8.self), at: token.lowerBound)
        }
      }
    } else {
      let scalars = Array(text.unicodeScalars)
      Self.forEachToken(in: scalars, isSeparator: Self.isSeparator) { token in
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[token])
        reading.read(String(text), at: token.lowerBound)
      }
    }
    return (reading.sheet, reading.problems)
  }

  /// One item's answer as written in its own column (`q3`): an option id (`a`, `b`; capitals
  /// too) or a rating (`0`…`4`); ``AnswerSheet/missing`` for an empty text.
  public func parseAnswer(_ text: String, item number: Int) -> Result<Int8, AnswerProblem> {
    let item = items[number - 1]
    let value = String(text.unicodeScalars.drop(while: \.properties.isWhitespace))
    if value.isEmpty { return .success(AnswerSheet.missing) }
    switch response {
    case .choice:
      let ids = item.options.map(\.id)
      if let index = ids.firstIndex(of: value.lowercased()) { return .success(Int8(index)) }
      return .failure(
        AnswerProblem(
          offset: 0,
          reason: AnswerMessage.noSuchOption.text([
            "number": String(number), "text": TextSafety.displayable(value),
            "list": ids.joined(separator: ", "),
          ])))
    case .rating(let range):
      if value.count <= 2, value.allSatisfy({ $0.isASCII && $0.isNumber }), let rating = Int(value),
        range.contains(rating)
      {
        return .success(Int8(rating))
      }
      return .failure(
        AnswerProblem(
          offset: 0,
          reason: AnswerMessage.ratingOutOfRange.text([
            "number": String(number), "text": TextSafety.displayable(value),
            "low": String(range.lowerBound), "high": String(range.upperBound),
          ])))
    }
  }

  /// Why a sheet cannot be scored at all: no answer, or more unanswered items than the
  /// instrument's `missing` allows (listing them); nil when it can.
  public func completeness(of sheet: AnswerSheet) -> LocalizedText? {
    let unanswered = sheet.answers.indices.filter { sheet.answers[$0] < 0 }.map { $0 + 1 }
    if unanswered.count == items.count { return AnswerMessage.noAnswers.text() }
    guard unanswered.count > missingAllowed else { return nil }
    return AnswerMessage.tooManyMissing.text([
      "count": String(unanswered.count), "allowed": String(missingAllowed),
      "list": unanswered.map(String.init).joined(separator: ", "),
    ])
  }

  /// The sheet written as ``parseAnswers(_:)`` reads it (`1a 2b …`, `1:4 2:0 …`), unanswered
  /// items left out: the raw answers as a result keeps them, bound to option ids, not positions.
  public func answerText(_ sheet: AnswerSheet) -> String {
    var words: [String] = []
    for (index, answer) in sheet.answers.enumerated() where answer >= 0 {
      switch response {
      case .choice:
        let options = items[index].options
        if Int(answer) < options.count { words.append("\(index + 1)\(options[Int(answer)].id)") }
      case .rating:
        words.append("\(index + 1):\(answer)")
      }
    }
    return words.joined(separator: " ")
  }

  /// Calls `body` with the range of each run of elements between separators, in order.
  private static func forEachToken<Element>(
    in elements: [Element], isSeparator: (Element) -> Bool, _ body: (Range<Int>) -> Void
  ) {
    var index = 0
    while index < elements.count {
      if isSeparator(elements[index]) {
        index += 1
        continue
      }
      let start = index
      while index < elements.count && !isSeparator(elements[index]) { index += 1 }
      body(start..<index)
    }
  }

  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == ";" || scalar.properties.isWhitespace
  }

  /// The separator test of an ASCII byte: `,`, `;`, tab to carriage return,
  /// space (the ASCII white space).
  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x3B || byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}

/// One sheet being read by ``Instrument/parseAnswers(_:)``: the answers so far and the
/// problems found.
private struct AnswersReading {
  let instrument: Instrument
  let isRating: Bool
  var sheet: AnswerSheet
  var problems: [AnswerProblem] = []
  var given: [Bool]
  /// Whether every option id is ASCII: compared byte for byte, an ASCII answer then finds the
  /// option that comparing strings finds.
  let asciiOptions: Bool

  init(_ instrument: Instrument) {
    self.instrument = instrument
    asciiOptions = instrument.items.allSatisfy { item in
      item.options.allSatisfy { $0.id.utf8.allSatisfy { $0 < 0x80 } }
    }
    if case .rating = instrument.response { isRating = true } else { isRating = false }
    sheet = AnswerSheet(items: instrument.items.count)
    given = [Bool](repeating: false, count: instrument.items.count)
  }

  /// Reads a token (`3a`, `3:4`, or anything else) that starts at scalar `start` of the text.
  mutating func read(_ word: String, at start: Int) {
    let items = instrument.items
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    var rest = word.dropFirst(digits.count)
    if isRating && rest.first == ":" { rest = rest.dropFirst() }
    guard !digits.isEmpty, digits.count <= 6, let number = Int(digits), !rest.isEmpty,
      !isRating || word.dropFirst(digits.count).first == ":"
    else {
      problems.append(
        AnswerProblem(
          offset: start,
          reason: AnswerMessage.notAnAnswer.text([
            "text": TextSafety.displayable(word), "example": isRating ? "3:4" : "3a",
          ])))
      return
    }
    guard (1...items.count).contains(number) else {
      problems.append(
        AnswerProblem(
          offset: start,
          reason: AnswerMessage.noSuchItem.text([
            "number": String(number), "last": String(items.count),
          ])))
      return
    }
    let valueOffset = start + (word.unicodeScalars.count - rest.unicodeScalars.count)
    switch instrument.parseAnswer(String(rest), item: number) {
    case .failure(let problem):
      problems.append(AnswerProblem(offset: valueOffset + problem.offset, reason: problem.reason))
    case .success(let value):
      record(value, item: number, at: start)
    }
  }

  /// Reads an ASCII token that is a plain answer — an item number in range, then an option id
  /// (any case) or `:` and a rating in range — as ``read(_:at:)`` would; false, with nothing
  /// read, for any other token.
  mutating func plainAnswer(_ token: ArraySlice<UInt8>, at start: Int) -> Bool {
    let items = instrument.items
    var index = token.startIndex
    var number = 0
    while index < token.endIndex, (0x30...0x39).contains(token[index]), index - token.startIndex < 6
    {
      number = number * 10 + Int(token[index] - 0x30)
      index += 1
    }
    guard index > token.startIndex, index < token.endIndex,
      !(0x30...0x39).contains(token[index]), (1...items.count).contains(number)
    else { return false }
    switch instrument.response {
    case .choice:
      guard asciiOptions else { return false }
      let value = token[index...]
      guard
        let option = items[number - 1].options.firstIndex(where: { option in
          option.id.utf8.elementsEqual(
            value.lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
        })
      else { return false }
      record(Int8(option), item: number, at: start)
    case .rating(let range):
      guard token[index] == 0x3A else { return false }
      let value = token[(index + 1)...]
      guard (1...2).contains(value.count), value.allSatisfy({ (0x30...0x39).contains($0) }) else {
        return false
      }
      let rating = value.reduce(0) { $0 * 10 + Int($1 - 0x30) }
      guard range.contains(rating) else { return false }
      record(Int8(rating), item: number, at: start)
    }
    return true
  }

  /// Records the answer to item `number`, or that it was answered twice.
  private mutating func record(_ value: Int8, item number: Int, at start: Int) {
    if given[number - 1] {
      problems.append(
        AnswerProblem(
          offset: start, reason: AnswerMessage.answeredTwice.text(["number": String(number)])))
      return
    }
    given[number - 1] = true
    sheet.answers[number - 1] = value
  }
}
