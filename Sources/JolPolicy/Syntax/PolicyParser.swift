import JolModel

/// Parses a `.policy` file into ``PolicySyntax``: one statement per line, each starting with a
/// keyword. Every token is either understood or reported; nothing is skipped silently.
struct PolicyParser {
  var cursor: TokenCursor
  var syntax: PolicySyntax
  /// How many `not`s and `(`s enclose the condition being read (see ``maximumNesting``).
  var nesting = 0

  /// The deepest a condition may nest `not` and parentheses. Readable conditions stay far
  /// below it; the limit keeps a hostile file from exhausting the stack of the recursive reader
  /// (and of every pass over the condition after it).
  static let maximumNesting = 64

  /// Statement keywords, for "unknown statement" suggestions.
  static let statements = [
    "policy", "version", "title", "basis", "effective", "supersedes", "consider", "applications",
    "category", "list", "parameter", "require", "waive", "enforce", "amount", "supplement", "rank",
    "tiebreak", "seats", "budget", "reserve", "exclusive", "reason",
  ]

  /// Parses `text` from `file`; the result is incomplete when diagnostics are not empty.
  static func parse(file: String, text: String) -> (PolicySyntax, [Diagnostic]) {
    let (tokens, lexical) = Lexer(file: file).tokens(text)
    var parser = PolicyParser(
      cursor: TokenCursor(tokens), syntax: PolicySyntax(file: file, text: text))
    parser.cursor.sink.append(contentsOf: lexical)
    parser.parseFile()
    return (parser.syntax, parser.cursor.sink.diagnostics)
  }

  mutating func endLine(_ statement: String) { cursor.endLine(statement) }

  private mutating func parseFile() {
    while cursor.current.kind != .end {
      if cursor.current.kind == .newline {
        _ = cursor.next()
        continue
      }
      statement()
    }
  }

  private mutating func once<T>(_ existing: T?, _ keyword: Token) -> Bool {
    if existing != nil {
      cursor.sink.error(keyword.location, .givenTwice(keyword.text))
      return false
    }
    return true
  }

  private mutating func statement() {
    let keyword = cursor.current
    guard keyword.kind == .word else {
      cursor.fail(.expected(.statementKeyword, found: keyword.display))
      cursor.skipLine()
      return
    }
    _ = cursor.next()
    switch keyword.text {
    case "policy":
      guard once(syntax.id, keyword), let id = word(.policyID) else {
        return cursor.skipLine()
      }
      syntax.id = id
      endLine("policy")
    case "version":
      guard once(syntax.version, keyword) else { return cursor.skipLine() }
      let token = cursor.current
      guard token.kind == .number || token.kind == .word || token.kind == .date else {
        cursor.fail(.expected(.version, found: token.display))
        return cursor.skipLine()
      }
      _ = cursor.next()
      syntax.version = Located(value: token.text, location: token.location)
      endLine("version")
    case "title":
      guard once(syntax.title, keyword) else { return cursor.skipLine() }
      syntax.title = localized(keyword.location)
    case "basis":
      guard let text = cursor.expect(.string, .basis) else {
        return cursor.skipLine()
      }
      syntax.basis.append(Located(value: text.text, location: text.location))
      endLine("basis")
    case "effective":
      guard once(syntax.effectiveFrom, keyword),
        let from = date(.startDate(after: "effective"))
      else {
        return cursor.skipLine()
      }
      syntax.effectiveFrom = from
      if cursor.accept(symbol: "..") {
        if cursor.current.kind == .date { syntax.effectiveTo = date(.endDate) }
      } else {
        cursor.fail(.effectiveRange)
        return cursor.skipLine()
      }
      endLine("effective")
    case "applications":
      guard once(syntax.applicationsFrom, keyword),
        let from = date(.startDate(after: "applications"))
      else {
        return cursor.skipLine()
      }
      guard cursor.expect(symbol: "..", .betweenWindowDates),
        let to = date(.lastApplicationDay)
      else { return cursor.skipLine() }
      syntax.applicationsFrom = from
      syntax.applicationsTo = to
      endLine("applications")
    case "supersedes":
      guard let id = word(.supersededID) else { return cursor.skipLine() }
      var version: Located<String>?
      if cursor.accept(word: "version") {
        let token = cursor.next()
        version = Located(value: token.text, location: token.location)
      }
      syntax.supersedes.append((id, version))
      endLine("supersedes")
    case "consider":
      guard once(syntax.consider, keyword) else { return cursor.skipLine() }
      let token = cursor.current
      guard token.kind == .word, let mode = ConsiderMode(rawValue: token.text) else {
        cursor.fail(.expected(.considerMode, found: token.display))
        return cursor.skipLine()
      }
      _ = cursor.next()
      syntax.consider = Located(value: mode, location: token.location)
      endLine("consider")
    case "category":
      guard let name = word(.categoryName) else { return cursor.skipLine() }
      syntax.categories.append(name)
      endLine("category")
    case "list":
      guard let name = word(.listName),
        cursor.expect(symbol: "=", .afterListName),
        let items = literal(.bracketList)
      else { return cursor.skipLine() }
      if items.kind != .list {
        cursor.sink.error(items.location, .expected(.bracketList, found: .same(items.display)))
      }
      syntax.lists.append(ListDecl(name: name, items: items, location: keyword.location))
      endLine("list")
    case "parameter":
      parameter(keyword)
    case "require":
      guard let condition = condition(),
        cursor.expect(word: "because", .becauseAfterRequirement),
        let key = word(.reasonKey(after: "because"))
      else { return cursor.skipLine() }
      syntax.requirements.append(
        RequirementDecl(condition: condition, key: key, location: keyword.location))
      endLine("require")
    case "waive", "enforce":
      guard let key = word(.requirementKey),
        cursor.expect(word: "when", .afterReasonKey),
        let condition = condition(),
        cursor.expect(word: "priority", .priorityAfterCondition),
        let priority = cursor.expect(.number, .wholePriority)
      else { return cursor.skipLine() }
      guard let value = Int(priority.text) else {
        cursor.sink.error(
          priority.location, .expected(.wholePriority, found: .same("'\(priority.text)'")))
        return cursor.skipLine()
      }
      syntax.rules.append(
        RuleDecl(
          effect: keyword.text == "waive" ? .waive : .enforce, key: key, condition: condition,
          priority: Located(value: value, location: priority.location), location: keyword.location))
      endLine(keyword.text)
    case "amount":
      guard once(syntax.amount, keyword) else { return cursor.skipLine() }
      amount(keyword)
    case "supplement":
      guard let rate = literal(.supplementRate) else { return cursor.skipLine() }
      var step: Literal?
      if cursor.accept(word: "rounded") {
        guard cursor.expect(word: "to", .afterRounded), let literal = literal(.roundingStep)
        else { return cursor.skipLine() }
        step = literal
      }
      guard cursor.expect(word: "when", .afterSupplementRate),
        let condition = condition(),
        cursor.expect(word: "because", .becauseAfterSupplement),
        let key = word(.reasonKey(after: nil))
      else { return cursor.skipLine() }
      syntax.supplements.append(
        SupplementDecl(
          rate: rate, step: step, condition: condition, key: key, location: keyword.location))
      endLine("supplement")
    case "rank":
      guard syntax.rankLocation == nil else {
        cursor.sink.error(keyword.location, .rankGivenTwice)
        return cursor.skipLine()
      }
      rank(keyword)
    case "tiebreak":
      guard once(syntax.tiebreak, keyword),
        cursor.expect(word: "lottery", .afterTiebreak),
        let seed = cursor.expect(.string, .lotterySeed)
      else { return cursor.skipLine() }
      syntax.tiebreak = Located(value: seed.text, location: seed.location)
      endLine("tiebreak")
    case "seats":
      guard once(syntax.seats, keyword), let seats = literal(.seats)
      else {
        return cursor.skipLine()
      }
      syntax.seats = seats
      endLine("seats")
    case "budget":
      guard syntax.budget == nil else {
        cursor.sink.error(keyword.location, .givenTwice("budget"))
        return cursor.skipLine()
      }
      guard let amount = literal(.budgetAmount),
        cursor.expect(word: "per", .afterBudget),
        let period = period()
      else { return cursor.skipLine() }
      syntax.budget = (amount, period)
      endLine("budget")
    case "reserve":
      guard let share = literal(.reserveShare),
        cursor.expect(word: "for", .afterShare),
        let name = word(.quotaName),
        cursor.expect(word: "when", .afterQuotaName),
        let condition = condition(),
        cursor.expect(word: "unused", .unusedAfterCondition)
      else { return cursor.skipLine() }
      var toGeneral = false
      if cursor.accept(word: "to") {
        guard cursor.expect(word: "general", .afterUnusedTo) else { return cursor.skipLine() }
        toGeneral = true
      } else if !cursor.accept(word: "vacant") {
        cursor.fail(.expected(.unusedMode, found: cursor.current.display))
        return cursor.skipLine()
      }
      syntax.reserves.append(
        ReserveDecl(
          share: share, name: name, condition: condition, unusedToGeneral: toGeneral,
          location: keyword.location))
      endLine("reserve")
    case "exclusive":
      guard once(syntax.exclusive, keyword), let group = word(.exclusiveGroup) else {
        return cursor.skipLine()
      }
      syntax.exclusive = group
      endLine("exclusive")
    case "reason":
      guard let key = word(.reasonKey(after: "reason")) else { return cursor.skipLine() }
      syntax.reasons.append(ReasonDecl(key: key, texts: localized(keyword.location)))
    case "from", "kk", "ru", "en", "otherwise":
      cursor.sink.error(keyword.location, .outsideBlock(keyword.text))
      cursor.skipLine()
    default:
      cursor.sink.error(keyword.location, .unknownStatement(keyword.text))
      cursor.skipLine()
    }
  }

  mutating func period() -> Located<Period>? {
    let token = cursor.current
    guard token.kind == .word, let period = Period(rawValue: token.text) else {
      cursor.fail(.expected(.period, found: token.display))
      return nil
    }
    _ = cursor.next()
    return Located(value: period, location: token.location)
  }

  private mutating func parameter(_ keyword: Token) {
    guard let name = word(.parameterName) else { return cursor.skipLine() }
    endLine("parameter")
    var decl = ParameterDecl(name: name, values: [], location: keyword.location)
    while cursor.isWord("from") {
      _ = cursor.next()
      guard let from = date(.startDate(after: "from")),
        cursor.expect(symbol: "=", .afterFromDate),
        let value = literal(.parameterValue)
      else {
        cursor.skipLine()
        continue
      }
      decl.values.append((from, value))
      endLine("from")
    }
    if decl.values.isEmpty {
      cursor.sink.error(name.location, .parameterWithoutValue(name.value))
    }
    syntax.parameters.append(decl)
  }

  private mutating func amount(_ keyword: Token) {
    if cursor.accept(word: "by") {
      guard let fact = word(.tableFact),
        cursor.expect(word: "per", .perAfterTableFact),
        let period = period()
      else { return cursor.skipLine() }
      endLine("amount")
      var rows: [(value: Literal?, amount: Literal)] = []
      // A row starts with a value, a list `[a, b]` or a list name, or `otherwise`.
      while cursor.current.kind == .word || cursor.current.kind == .number
        || cursor.isSymbol("["),
        !Self.statements.contains(cursor.current.text) || cursor.isWord("otherwise")
      {
        let key: Literal?
        if cursor.accept(word: "otherwise") {
          key = nil
        } else {
          key = literal(.value(of: fact.value))
        }
        guard cursor.expect(symbol: "=", .betweenValueAndAmount),
          let amount = literal(.rowAmount)
        else {
          cursor.skipLine()
          continue
        }
        rows.append((key, amount))
        endLine("amount row")
      }
      if rows.isEmpty {
        cursor.sink.error(fact.location, .emptyAmountTable)
      }
      syntax.amount = AmountDecl(
        kind: .table(fact: fact, rows: rows), period: period, location: keyword.location)
    } else {
      guard let value = literal(.fixedAmount),
        cursor.expect(word: "per", .perAfterAmount),
        let period = period()
      else { return cursor.skipLine() }
      syntax.amount = AmountDecl(kind: .fixed(value), period: period, location: keyword.location)
      endLine("amount")
    }
  }

  private mutating func rank(_ keyword: Token) {
    syntax.rankLocation = keyword.location
    guard cursor.expect(word: "by", .afterRank) else { return cursor.skipLine() }
    repeat {
      let start = cursor.current.location
      if cursor.isSymbol("(") {
        guard let condition = condition() else { return cursor.skipLine() }
        guard
          cursor.expect(word: "first", .afterRankingCondition)
        else {
          return cursor.skipLine()
        }
        syntax.rankKeys.append(.condition(condition, start))
      } else {
        guard let fact = word(.rankKey) else {
          return cursor.skipLine()
        }
        var descending = true
        if cursor.accept(word: "asc") {
          descending = false
        } else if !cursor.accept(word: "desc") {
          cursor.fail(.expected(.direction(after: fact.value), found: cursor.current.display))
          return cursor.skipLine()
        }
        syntax.rankKeys.append(.fact(fact, descending: descending))
      }
    } while cursor.accept(symbol: ",")
    endLine("rank")
  }
}

extension Diagnostic.Message {
  fileprivate static func givenTwice(_ keyword: String) -> Self {
    SyntaxMessage.givenTwice.text(["keyword": keyword])
  }

  fileprivate static var statementKeyword: Self {
    let some = PolicyParser.statements.prefix(6).joined(separator: ", ")
    return SyntaxMessage.statementKeyword.text(["some": some])
  }

  fileprivate static let policyID = SyntaxMessage.policyID.text()

  fileprivate static let version = SyntaxMessage.version.text()

  fileprivate static let basis = SyntaxMessage.basis.text()

  fileprivate static func startDate(after keyword: String) -> Self {
    SyntaxMessage.startDate.text(["keyword": keyword])
  }

  fileprivate static let endDate = SyntaxMessage.endDate.text()

  fileprivate static let effectiveRange = SyntaxMessage.effectiveRange.text()

  fileprivate static let betweenWindowDates = SyntaxMessage.betweenWindowDates.text()

  fileprivate static let lastApplicationDay = SyntaxMessage.lastApplicationDay.text()

  fileprivate static let supersededID = SyntaxMessage.supersededID.text()

  fileprivate static let considerMode = SyntaxMessage.considerMode.text()

  fileprivate static let categoryName = SyntaxMessage.categoryName.text()

  fileprivate static let listName = SyntaxMessage.listName.text()

  fileprivate static let parameterName = SyntaxMessage.parameterName.text()

  fileprivate static let afterListName = SyntaxMessage.afterListName.text()

  fileprivate static let bracketList = SyntaxMessage.bracketList.text()

  fileprivate static let becauseAfterRequirement = SyntaxMessage.becauseAfterRequirement.text()

  fileprivate static func reasonKey(after keyword: String?) -> Self {
    guard let keyword else {
      return SyntaxMessage.reasonKeyAlone.text()
    }
    return SyntaxMessage.reasonKeyAfter.text(["keyword": keyword])
  }

  fileprivate static let requirementKey = SyntaxMessage.requirementKey.text()

  fileprivate static let afterReasonKey = SyntaxMessage.afterReasonKey.text()

  fileprivate static let priorityAfterCondition = SyntaxMessage.priorityAfterCondition.text()

  fileprivate static let wholePriority = SyntaxMessage.wholePriority.text()

  fileprivate static let supplementRate = SyntaxMessage.supplementRate.text()

  fileprivate static let afterSupplementRate = SyntaxMessage.afterSupplementRate.text()
  fileprivate static let afterRounded = SyntaxMessage.afterRounded.text()
  fileprivate static let roundingStep = SyntaxMessage.roundingStep.text()

  fileprivate static let becauseAfterSupplement = SyntaxMessage.becauseAfterSupplement.text()

  fileprivate static let rankGivenTwice = SyntaxMessage.rankGivenTwice.text()

  fileprivate static let afterTiebreak = SyntaxMessage.afterTiebreak.text()

  fileprivate static let lotterySeed = SyntaxMessage.lotterySeed.text()

  fileprivate static let seats = SyntaxMessage.seats.text()

  fileprivate static let budgetAmount = SyntaxMessage.budgetAmount.text()

  fileprivate static let afterBudget = SyntaxMessage.afterBudget.text()

  fileprivate static let reserveShare = SyntaxMessage.reserveShare.text()

  fileprivate static let afterShare = SyntaxMessage.afterShare.text()

  fileprivate static let quotaName = SyntaxMessage.quotaName.text()

  fileprivate static let afterQuotaName = SyntaxMessage.afterQuotaName.text()

  fileprivate static let unusedAfterCondition = SyntaxMessage.unusedAfterCondition.text()

  fileprivate static let afterUnusedTo = SyntaxMessage.afterUnusedTo.text()

  fileprivate static let unusedMode = SyntaxMessage.unusedMode.text()

  fileprivate static let exclusiveGroup = SyntaxMessage.exclusiveGroup.text()

  fileprivate static func outsideBlock(_ keyword: String) -> Self {
    let hint: Self =
      switch keyword {
      case "from":
        SyntaxMessage.fromOutsideBlock.text()
      case "otherwise":
        SyntaxMessage.otherwiseOutsideBlock.text()
      default:
        SyntaxMessage.textOutsideBlock.text()
      }
    return SyntaxMessage.lineOutsideBlock.text(["keyword": keyword, "hint": hint])
  }

  fileprivate static func unknownStatement(_ keyword: String) -> Self {
    let head = SyntaxMessage.unknownStatement.text(["keyword": keyword])
    if let near = EditDistance.closest(to: keyword, among: PolicyParser.statements) {
      return head + .didYouMean(near)
    }
    return head + .expectedOneOf(PolicyParser.statements)
  }

  fileprivate static let period = SyntaxMessage.period.text()

  fileprivate static let afterFromDate = SyntaxMessage.afterFromDate.text()

  fileprivate static let parameterValue = SyntaxMessage.parameterValue.text()

  fileprivate static func parameterWithoutValue(_ name: String) -> Self {
    SyntaxMessage.parameterWithoutValue.text(["name": name])
  }

  fileprivate static let tableFact = SyntaxMessage.tableFact.text()

  fileprivate static let perAfterTableFact = SyntaxMessage.perAfterTableFact.text()

  fileprivate static func value(of fact: String) -> Self {
    SyntaxMessage.valueOfFact.text(["fact": fact])
  }

  fileprivate static let betweenValueAndAmount = SyntaxMessage.betweenValueAndAmount.text()

  fileprivate static let rowAmount = SyntaxMessage.rowAmount.text()

  fileprivate static let emptyAmountTable = SyntaxMessage.emptyAmountTable.text()

  fileprivate static let fixedAmount = SyntaxMessage.fixedAmount.text()

  fileprivate static let perAfterAmount = SyntaxMessage.perAfterAmount.text()

  fileprivate static let afterRank = SyntaxMessage.afterRank.text()

  fileprivate static let afterRankingCondition = SyntaxMessage.afterRankingCondition.text()

  fileprivate static let rankKey = SyntaxMessage.rankKey.text()

  fileprivate static func direction(after fact: String) -> Self {
    SyntaxMessage.rankDirection.text(["fact": fact])
  }
}
