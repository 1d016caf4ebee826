import JolModel

/// Parses `.tests` files (format in `Policies/README.md`):
///
/// ```
/// policy state-tvet-scholarship
/// defaults
///   facts stage=college funding=state_order form=full_time
/// case "a 3 in the session"
///   as-of 2026-10-01
///   facts lowest_grade=3 gpa=3.9
///   without categories
///   expect ineligible
///   reasons has-satisfactory-grade
///   amount none
/// ```
///
/// Nothing is given twice where the last would silently win: a fact within `defaults` or within
/// one case (a case may override a default), a case name, a case line such as `expect` or
/// `as-of`. Each repeat is an error at the repeat, naming the first.
struct PolicyTestParser {
  var cursor: TokenCursor
  let file: String
  /// The category words a `categories=[..]` value may name.
  let categories: Set<String>
  var defaults = Facts(id: "")
  var defaultAsOf: CivilDate?
  /// Where each fact and line of the current block (`defaults` or a case) was first given.
  var given: [String: SourceLocation] = [:]

  static func parse(
    file: String, text: String, categories: Set<String> = Facts.knownCategories
  ) -> (PolicyTestFile?, [Diagnostic]) {
    let (tokens, lexical) = Lexer(file: file).tokens(text)
    var parser = PolicyTestParser(
      cursor: TokenCursor(tokens), file: file, categories: categories)
    parser.cursor.sink.append(contentsOf: lexical)
    let result = parser.parseFile()
    return (parser.cursor.sink.isEmpty ? result : nil, parser.cursor.sink.diagnostics)
  }

  private mutating func parseFile() -> PolicyTestFile? {
    var policy: Located<String>?
    var version: String?
    var cases: [PolicyTestCase] = []
    var rounds: [PolicyRoundCase] = []
    var caseNames: [String: SourceLocation] = [:]
    while cursor.current.kind != .end {
      if cursor.current.kind == .newline {
        _ = cursor.next()
        continue
      }
      let keyword = cursor.current
      switch keyword.kind == .word ? keyword.text : "" {
      case "policy":
        _ = cursor.next()
        if let policy {
          cursor.sink.error(keyword.location, .givenTwice("policy", first: policy.location))
          cursor.skipLine()
          continue
        }
        guard let id = cursor.expect(.word, .policyUnderTest) else {
          cursor.skipLine()
          continue
        }
        policy = Located(value: id.text, location: id.location)
        if cursor.accept(word: "version") { version = cursor.next().text }
        cursor.endLine("policy")
      case "defaults":
        _ = cursor.next()
        cursor.endLine("defaults")
        given = [:]
        while cursor.isWord("facts") || cursor.isWord("as-of") {
          if cursor.isWord("as-of") {
            once(cursor.next())
            defaultAsOf = dateValue()
            cursor.endLine("as-of")
          } else {
            _ = cursor.next()
            var facts = defaults
            factsLine(into: &facts)
            defaults = facts
          }
        }
      case "case", "round":
        _ = cursor.next()
        if cursor.current.kind == .string {
          let name = cursor.current
          if let first = caseNames[name.text] {
            cursor.sink.error(name.location, .caseTwice(name.text, first: first))
          } else {
            caseNames[name.text] = name.location
          }
        }
        given = [:]
        if keyword.text == "round" {
          if let round = roundCase(keyword.location) { rounds.append(round) }
        } else if let testCase = testCase(keyword.location) {
          cases.append(testCase)
        }
      default:
        cursor.fail(.expected(.fileLine, found: keyword.display))
        cursor.skipLine()
      }
    }
    guard let policy else {
      cursor.sink.error(SourceLocation(file: file, line: 1, column: 1), .missingPolicy)
      return nil
    }
    if cases.isEmpty && rounds.isEmpty { cursor.sink.error(policy.location, .noCases) }
    return PolicyTestFile(
      file: file, policy: PolicyID(policy.value), version: version, cases: cases, rounds: rounds)
  }

  private mutating func dateValue() -> CivilDate? {
    guard let token = cursor.expect(.date, .date) else { return nil }
    guard let date = CivilDate(token.text) else {
      cursor.sink.error(token.location, .notADate(token.text))
      return nil
    }
    return date
  }

  /// Records that `token` (a line keyword, or a fact name) is given in the current block;
  /// a repeat is an error naming the first.
  private mutating func once(_ token: Token) {
    if let first = given[token.text] {
      cursor.sink.error(token.location, .givenTwice(token.text, first: first))
    } else {
      given[token.text] = token.location
    }
  }

  /// `facts name=value name=[a, b] …` (the keyword already read).
  private mutating func factsLine(into facts: inout Facts) {
    while !cursor.atLineEnd {
      guard let name = cursor.expect(.word, .factName) else { return cursor.skipLine() }
      guard let fact = Fact(rawValue: name.text) else {
        cursor.sink.error(name.location, .unknownFact(name.text))
        return cursor.skipLine()
      }
      once(name)
      guard cursor.expect(symbol: "=", .afterFactName(name.text)) else {
        return cursor.skipLine()
      }
      let token = cursor.current
      let raw: Facts.RawValue
      if cursor.accept(symbol: "[") {
        var items: [String] = []
        while !cursor.accept(symbol: "]") {
          guard cursor.current.kind != .end, cursor.current.kind != .newline else {
            cursor.fail(.unclosedList)
            return cursor.skipLine()
          }
          let item = cursor.next()
          if !(item.kind == .symbol && item.text == ",") { items.append(item.text) }
        }
        raw = .list(items)
      } else if token.kind == .word || token.kind == .number || token.kind == .date
        || token.kind == .string
      {
        _ = cursor.next()
        raw = .scalar(token.text)
      } else if token.kind == .percent {
        _ = cursor.next()
        raw = .scalar(token.text + "%")
      } else {
        cursor.fail(.expected(.value(for: name.text), found: token.display))
        return cursor.skipLine()
      }
      do {
        try facts.set(fact, raw, categories: categories)
      } catch {
        cursor.sink.error(token.location, error.message)
      }
    }
    cursor.skipLine()
  }

  private mutating func testCase(_ location: SourceLocation) -> PolicyTestCase? {
    guard let name = cursor.expect(.string, .caseName) else {
      cursor.skipLine()
      return nil
    }
    cursor.endLine("case")
    var facts = defaults
    facts.id = name.text
    var asOf = defaultAsOf
    var outcome: Outcome?
    var testCase = PolicyTestCase(
      name: name.text, location: location, asOf: CivilDate(daysSinceEpoch: 0), facts: facts,
      outcome: .eligible, amount: nil, amountGiven: false)
    let keywords = [
      "as-of", "facts", "without", "expect", "amount", "reasons", "waived", "missing",
    ]
    while cursor.current.kind == .word, keywords.contains(cursor.current.text) {
      let keyword = cursor.next()
      if keyword.text != "facts" && keyword.text != "without" { once(keyword) }
      switch keyword.text {
      case "as-of":
        asOf = dateValue()
        cursor.endLine("as-of")
      case "facts":
        factsLine(into: &testCase.facts)
      case "without":
        for name in names(.factName) {
          if let fact = factName(name) { testCase.facts.clear(fact) }
        }
      case "expect":
        let token = cursor.current
        guard let value = Outcome(rawValue: token.text) else {
          cursor.fail(.expected(.outcome, found: token.display))
          cursor.skipLine()
          continue
        }
        _ = cursor.next()
        outcome = value
        cursor.endLine("expect")
      case "amount":
        testCase.amountGiven = true
        if cursor.accept(word: "none") {
          testCase.amount = nil
        } else {
          guard let number = cursor.expect(.number, .amountOrNone),
            cursor.expect(word: "KZT", .afterAmount),
            cursor.expect(word: "per", .afterCurrency)
          else {
            cursor.skipLine()
            continue
          }
          let periodToken = cursor.next()
          guard let money = Money(number.text), let period = Period(rawValue: periodToken.text)
          else {
            cursor.sink.error(number.location, .amountForm)
            cursor.skipLine()
            continue
          }
          testCase.amount = Amount(value: money, per: period)
        }
        cursor.endLine("amount")
      case "reasons":
        if cursor.accept(word: "none") {
          testCase.reasons = []
          cursor.endLine("reasons")
        } else {
          testCase.reasons = names(.reasonKey).map(\.text)
        }
      case "waived":
        testCase.waived = names(.reasonKey).map(\.text)
      case "missing":
        var facts: [Fact] = []
        for token in names(.factName) {
          if let fact = factName(token) { facts.append(fact) }
        }
        testCase.missing = facts
      default:
        break
      }
    }
    guard let asOf = endBlock(keywords: keywords, asOf: asOf, name: name.text, at: location)
    else { return nil }
    guard let outcome else {
      cursor.sink.error(location, .caseWithoutOutcome(name.text))
      return nil
    }
    testCase.asOf = asOf
    testCase.outcome = outcome
    return testCase
  }

  /// A `round "NAME"` block (the keyword already read): `as-of`, `seed`, `applicant` lines,
  /// `awarded` and `pool … seats …` expectations.
  private mutating func roundCase(_ location: SourceLocation) -> PolicyRoundCase? {
    guard let name = cursor.expect(.string, .caseName) else {
      cursor.skipLine()
      return nil
    }
    cursor.endLine("round")
    var asOf = defaultAsOf
    var round = PolicyRoundCase(
      name: name.text, location: location, asOf: CivilDate(daysSinceEpoch: 0), seed: nil,
      applicants: [], awarded: [], poolSeats: [])
    var awardedGiven = false
    var subjects: [String: SourceLocation] = [:]
    let keywords = ["as-of", "seed", "applicant", "awarded", "pool"]
    while cursor.current.kind == .word, keywords.contains(cursor.current.text) {
      let keyword = cursor.next()
      if ["as-of", "seed", "awarded"].contains(keyword.text) { once(keyword) }
      switch keyword.text {
      case "as-of":
        asOf = dateValue()
        cursor.endLine("as-of")
      case "seed":
        round.seed = cursor.expect(.string, .seedText)?.text
        cursor.endLine("seed")
      case "applicant":
        let id = cursor.next()
        guard id.kind == .word || id.kind == .number else {
          cursor.sink.error(id.location, .expected(.applicantID, found: id.display))
          cursor.skipLine()
          continue
        }
        if let first = subjects.updateValue(id.location, forKey: id.text) {
          cursor.sink.error(id.location, .givenTwice(id.text, first: first))
        }
        var appliedOn: CivilDate? = nil
        if cursor.accept(word: "applied") { appliedOn = dateValue() }
        var facts = defaults
        facts.id = id.text
        let saved = given
        given = [:]
        if cursor.accept(word: "facts") {
          factsLine(into: &facts)
        } else {
          cursor.endLine("applicant")
        }
        given = saved
        round.applicants.append(Applicant(facts: facts, appliedOn: appliedOn))
      case "awarded":
        awardedGiven = true
        if cursor.accept(word: "none") {
          cursor.endLine("awarded")
        } else {
          round.awarded = names(.applicantID).map(\.text)
        }
      case "pool":
        guard let pool = cursor.expect(.word, .poolName), cursor.expect(word: "seats", .afterPool),
          let count = cursor.expect(.number, .seatCount), let seats = Int(count.text)
        else {
          cursor.skipLine()
          continue
        }
        round.poolSeats.append((pool.text, seats))
        cursor.endLine("pool")
      default:
        break
      }
    }
    guard let asOf = endBlock(keywords: keywords, asOf: asOf, name: name.text, at: location)
    else { return nil }
    guard awardedGiven else {
      cursor.sink.error(location, .roundWithoutAwarded(name.text))
      return nil
    }
    round.asOf = asOf
    return round
  }

  /// The end of a case or round block: a line it does not know is an error naming the nearest
  /// keyword; the block's date (its own or the default) must be known.
  private mutating func endBlock(
    keywords: [String], asOf: CivilDate?, name: String, at location: SourceLocation
  ) -> CivilDate? {
    if !cursor.atLineEnd, cursor.current.kind == .word,
      !["case", "round"].contains(cursor.current.text)
    {
      let near = EditDistance.closest(to: cursor.current.text, among: keywords)
      cursor.fail(.unknownCaseLine(cursor.current.text, near: near))
      cursor.skipLine()
    }
    if asOf == nil { cursor.sink.error(location, .caseWithoutDate(name)) }
    return asOf
  }

  private mutating func names(_ what: Diagnostic.Message) -> [Token] {
    var result: [Token] = []
    while !cursor.atLineEnd {
      guard let token = cursor.expect(.word, what) else { break }
      result.append(token)
      _ = cursor.accept(symbol: ",")
    }
    cursor.skipLine()
    return result
  }

  private mutating func factName(_ token: Token) -> Fact? {
    if let fact = Fact(rawValue: token.text) { return fact }
    cursor.sink.error(token.location, .unknownFact(token.text))
    return nil
  }
}

extension Diagnostic.Message {
  fileprivate static func givenTwice(_ word: String, first: SourceLocation) -> Self {
    let at = "\(first.line):\(first.column)"
    return PolicyTestMessage.repeatedLine.text(["word": word, "at": at])
  }

  fileprivate static func caseTwice(_ name: String, first: SourceLocation) -> Self {
    let at = "\(first.line):\(first.column)"
    return PolicyTestMessage.repeatedCase.text(["name": name, "at": at])
  }

  fileprivate static let policyUnderTest = PolicyTestMessage.policyUnderTest.text()

  fileprivate static let fileLine = PolicyTestMessage.fileLine.text()

  fileprivate static let missingPolicy = PolicyTestMessage.missingPolicy.text()

  fileprivate static let noCases = PolicyTestMessage.noCases.text()

  fileprivate static let date = PolicyTestMessage.aDate.text()

  fileprivate static func notADate(_ text: String) -> Self {
    PolicyTestMessage.notADate.text(["text": text])
  }

  fileprivate static let factName = PolicyTestMessage.factName.text()

  fileprivate static let reasonKey = PolicyTestMessage.reasonKey.text()

  fileprivate static func afterFactName(_ name: String) -> Self {
    PolicyTestMessage.afterFactName.text(["name": name])
  }

  fileprivate static let unclosedList = PolicyTestMessage.unclosedList.text()

  fileprivate static func value(for name: String) -> Self {
    PolicyTestMessage.aValue.text(["name": name])
  }

  fileprivate static let caseName = PolicyTestMessage.caseName.text()

  fileprivate static let outcome = PolicyTestMessage.outcome.text()

  fileprivate static let amountOrNone = PolicyTestMessage.amountOrNone.text()

  fileprivate static let afterAmount = PolicyTestMessage.afterAmount.text()

  fileprivate static let afterCurrency = PolicyTestMessage.afterCurrency.text()

  fileprivate static let amountForm = PolicyTestMessage.amountForm.text()

  fileprivate static func unknownCaseLine(_ word: String, near: String?) -> Self {
    let head = PolicyTestMessage.unknownCaseLine.text(["word": word])
    return near.map { head + .didYouMean($0) } ?? head
  }

  fileprivate static func caseWithoutDate(_ name: String) -> Self {
    PolicyTestMessage.caseWithoutDate.text(["name": name])
  }

  fileprivate static let applicantID = PolicyTestMessage.applicantID.text()

  fileprivate static let seedText = PolicyTestMessage.seedText.text()

  fileprivate static let poolName = PolicyTestMessage.poolName.text()

  fileprivate static let afterPool = PolicyTestMessage.afterPool.text()

  fileprivate static let seatCount = PolicyTestMessage.seatCount.text()

  fileprivate static func roundWithoutAwarded(_ name: String) -> Self {
    PolicyTestMessage.roundWithoutAwarded.text(["name": name])
  }

  fileprivate static func caseWithoutOutcome(_ name: String) -> Self {
    PolicyTestMessage.caseWithoutOutcome.text(["name": name])
  }
}
