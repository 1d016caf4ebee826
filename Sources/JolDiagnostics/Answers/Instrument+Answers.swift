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
    var sheet = AnswerSheet(items: items.count)
    var problems: [AnswerProblem] = []
    var given = [Bool](repeating: false, count: items.count)
    let isRating: Bool
    if case .rating = response { isRating = true } else { isRating = false }
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if Self.isSeparator(scalars[index]) {
        index += 1
        continue
      }
      let start = index
      while index < scalars.count && !Self.isSeparator(scalars[index]) { index += 1 }
      var token = String.UnicodeScalarView()
      token.append(contentsOf: scalars[start..<index])
      let word = String(token)
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
        continue
      }
      guard (1...items.count).contains(number) else {
        problems.append(
          AnswerProblem(
            offset: start,
            reason: AnswerMessage.noSuchItem.text([
              "number": String(number), "last": String(items.count),
            ])))
        continue
      }
      let valueOffset = start + (word.unicodeScalars.count - rest.unicodeScalars.count)
      switch parseAnswer(String(rest), item: number) {
      case .failure(let problem):
        problems.append(AnswerProblem(offset: valueOffset + problem.offset, reason: problem.reason))
      case .success(let value):
        if given[number - 1] {
          problems.append(
            AnswerProblem(
              offset: start,
              reason: AnswerMessage.answeredTwice.text(["number": String(number)])))
          continue
        }
        given[number - 1] = true
        sheet.answers[number - 1] = value
      }
    }
    return (sheet, problems)
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

  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == ";" || scalar.properties.isWhitespace
  }
}
