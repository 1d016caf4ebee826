import JolModel

/// Parses a `.policy` file into ``PolicySyntax``: one statement per line, each starting with a
/// keyword. Every token is either understood or reported; nothing is skipped silently.
struct PolicyParser {
  var cursor: TokenCursor
  var syntax: PolicySyntax

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
      cursor.sink.error(keyword.location, "'\(keyword.text)' given twice: a policy has one")
      return false
    }
    return true
  }

  private mutating func statement() {
    let keyword = cursor.current
    guard keyword.kind == .word else {
      cursor.fail(
        "expected a statement keyword (\(Self.statements.prefix(6).joined(separator: ", ")), …), found \(keyword.display)"
      )
      cursor.skipLine()
      return
    }
    _ = cursor.next()
    switch keyword.text {
    case "policy":
      guard once(syntax.id, keyword), let id = word("a policy id after 'policy'") else {
        return cursor.skipLine()
      }
      syntax.id = id
      endLine("policy")
    case "version":
      guard once(syntax.version, keyword) else { return cursor.skipLine() }
      let token = cursor.current
      guard token.kind == .number || token.kind == .word || token.kind == .date else {
        cursor.fail("expected a version (1, 2026.1) after 'version', found \(token.display)")
        return cursor.skipLine()
      }
      _ = cursor.next()
      syntax.version = Located(value: token.text, location: token.location)
      endLine("version")
    case "title":
      guard once(syntax.title, keyword) else { return cursor.skipLine() }
      syntax.title = localized(keyword.location)
    case "basis":
      guard let text = cursor.expect(.string, "the legal basis as quoted text after 'basis'") else {
        return cursor.skipLine()
      }
      syntax.basis.append(Located(value: text.text, location: text.location))
      endLine("basis")
    case "effective":
      guard once(syntax.effectiveFrom, keyword),
        let from = date("a start date YYYY-MM-DD after 'effective'")
      else {
        return cursor.skipLine()
      }
      syntax.effectiveFrom = from
      if cursor.accept(symbol: "..") {
        if cursor.current.kind == .date { syntax.effectiveTo = date("an end date") }
      } else {
        cursor.fail(
          "expected '..' after the start date (write 'effective 2026-09-01 .. 2027-08-31', or '2026-09-01 ..' for no end)"
        )
        return cursor.skipLine()
      }
      endLine("effective")
    case "applications":
      guard once(syntax.applicationsFrom, keyword),
        let from = date("a start date after 'applications'")
      else {
        return cursor.skipLine()
      }
      guard cursor.expect(symbol: "..", "between the dates of the application window"),
        let to = date("the last day of applications")
      else { return cursor.skipLine() }
      syntax.applicationsFrom = from
      syntax.applicationsTo = to
      endLine("applications")
    case "supersedes":
      guard let id = word("the id of the superseded policy") else { return cursor.skipLine() }
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
        cursor.fail("expected 'all' or 'applicants' after 'consider', found \(token.display)")
        return cursor.skipLine()
      }
      _ = cursor.next()
      syntax.consider = Located(value: mode, location: token.location)
      endLine("consider")
    case "category":
      guard let name = word("a category name after 'category'") else { return cursor.skipLine() }
      syntax.categories.append(name)
      endLine("category")
    case "list":
      guard let name = word("a list name after 'list'"),
        cursor.expect(symbol: "=", "after the list name"),
        let items = literal("a list [a, b, c]")
      else { return cursor.skipLine() }
      if items.kind != .list {
        cursor.sink.error(
          items.location, "expected a list in brackets [a, b, c], found \(items.display)")
      }
      syntax.lists.append(ListDecl(name: name, items: items, location: keyword.location))
      endLine("list")
    case "parameter":
      parameter(keyword)
    case "require":
      guard let condition = condition(),
        cursor.expect(
          word: "because", "after the condition (every requirement names its reason key)"),
        let key = word("a reason key after 'because'")
      else { return cursor.skipLine() }
      syntax.requirements.append(
        RequirementDecl(condition: condition, key: key, location: keyword.location))
      endLine("require")
    case "waive", "enforce":
      guard let key = word("the reason key of a requirement"),
        cursor.expect(word: "when", "after the reason key"),
        let condition = condition(),
        cursor.expect(
          word: "priority", "after the condition (every exception states its priority)"),
        let priority = cursor.expect(.number, "a whole number priority")
      else { return cursor.skipLine() }
      guard let value = Int(priority.text) else {
        cursor.sink.error(
          priority.location, "expected a whole number priority, found '\(priority.text)'")
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
      guard let rate = literal("a percent (15%) or parameter after 'supplement'"),
        cursor.expect(word: "when", "after the supplement's rate"),
        let condition = condition(),
        cursor.expect(word: "because", "after the condition (a supplement names its reason key)"),
        let key = word("a reason key")
      else { return cursor.skipLine() }
      syntax.supplements.append(
        SupplementDecl(rate: rate, condition: condition, key: key, location: keyword.location))
      endLine("supplement")
    case "rank":
      guard syntax.rankLocation == nil else {
        cursor.sink.error(
          keyword.location, "'rank' given twice: list every key on one 'rank by' line")
        return cursor.skipLine()
      }
      rank(keyword)
    case "tiebreak":
      guard once(syntax.tiebreak, keyword),
        cursor.expect(word: "lottery", "after 'tiebreak' (the only tie-break is a seeded lottery)"),
        let seed = cursor.expect(.string, "the lottery seed as quoted text")
      else { return cursor.skipLine() }
      syntax.tiebreak = Located(value: seed.text, location: seed.location)
      endLine("tiebreak")
    case "seats":
      guard once(syntax.seats, keyword), let seats = literal("a number of seats or a parameter")
      else {
        return cursor.skipLine()
      }
      syntax.seats = seats
      endLine("seats")
    case "budget":
      guard syntax.budget == nil else {
        cursor.sink.error(keyword.location, "'budget' given twice: a policy has one")
        return cursor.skipLine()
      }
      guard let amount = literal("an amount (50000000 KZT) or a parameter"),
        cursor.expect(word: "per", "after the budget (write 'budget 50000000 KZT per month')"),
        let period = period()
      else { return cursor.skipLine() }
      syntax.budget = (amount, period)
      endLine("budget")
    case "reserve":
      guard let share = literal("a share (30%) after 'reserve'"),
        cursor.expect(word: "for", "after the share (write 'reserve 30% for rural when …')"),
        let name = word("a quota name"),
        cursor.expect(word: "when", "after the quota name"),
        let condition = condition(),
        cursor.expect(
          word: "unused",
          "after the condition: say what happens to unused seats ('unused to general' or 'unused vacant')"
        )
      else { return cursor.skipLine() }
      var toGeneral = false
      if cursor.accept(word: "to") {
        guard cursor.expect(word: "general", "after 'unused to'") else { return cursor.skipLine() }
        toGeneral = true
      } else if !cursor.accept(word: "vacant") {
        cursor.fail(
          "expected 'to general' or 'vacant' after 'unused', found \(cursor.current.display)")
        return cursor.skipLine()
      }
      syntax.reserves.append(
        ReserveDecl(
          share: share, name: name, condition: condition, unusedToGeneral: toGeneral,
          location: keyword.location))
      endLine("reserve")
    case "exclusive":
      guard once(syntax.exclusive, keyword), let group = word("an exclusivity group name") else {
        return cursor.skipLine()
      }
      syntax.exclusive = group
      endLine("exclusive")
    case "reason":
      guard let key = word("a reason key after 'reason'") else { return cursor.skipLine() }
      syntax.reasons.append(ReasonDecl(key: key, texts: localized(keyword.location)))
    case "from", "kk", "ru", "en", "otherwise":
      cursor.sink.error(
        keyword.location,
        "'\(keyword.text)' line outside its block: \(Self.blockHint(keyword.text))")
      cursor.skipLine()
    default:
      var message = "unknown statement '\(keyword.text)'"
      if let near = EditDistance.closest(to: keyword.text, among: Self.statements) {
        message += ": did you mean '\(near)'?"
      } else {
        message += ": expected one of \(Self.statements.joined(separator: ", "))"
      }
      cursor.sink.error(keyword.location, message)
      cursor.skipLine()
    }
  }

  static func blockHint(_ keyword: String) -> String {
    switch keyword {
    case "from": "expected it right under a 'parameter NAME' line"
    case "otherwise": "expected it under an 'amount by FACT per PERIOD' line"
    default: "expected it right under a 'title' or 'reason KEY' line"
    }
  }

  mutating func period() -> Located<Period>? {
    let token = cursor.current
    guard token.kind == .word, let period = Period(rawValue: token.text) else {
      cursor.fail("expected a period 'month', 'semester' or 'year', found \(token.display)")
      return nil
    }
    _ = cursor.next()
    return Located(value: period, location: token.location)
  }

  private mutating func parameter(_ keyword: Token) {
    guard let name = word("a parameter name after 'parameter'") else { return cursor.skipLine() }
    endLine("parameter")
    var decl = ParameterDecl(name: name, values: [], location: keyword.location)
    while cursor.isWord("from") {
      _ = cursor.next()
      guard let from = date("a date YYYY-MM-DD after 'from'"),
        cursor.expect(symbol: "=", "after the date (write 'from 2026-09-01 = 3.5')"),
        let value = literal("the parameter's value")
      else {
        cursor.skipLine()
        continue
      }
      decl.values.append((from, value))
      endLine("from")
    }
    if decl.values.isEmpty {
      cursor.sink.error(
        name.location,
        "parameter '\(name.value)' has no value: expected lines 'from YYYY-MM-DD = VALUE' under it")
    }
    syntax.parameters.append(decl)
  }

  private mutating func amount(_ keyword: Token) {
    if cursor.accept(word: "by") {
      guard let fact = word("a fact to look the amount up by (qualification_level)"),
        cursor.expect(
          word: "per", "after the fact (write 'amount by qualification_level per month')"),
        let period = period()
      else { return cursor.skipLine() }
      endLine("amount")
      var rows: [(value: Literal?, amount: Literal)] = []
      while cursor.current.kind == .word || cursor.current.kind == .number,
        !Self.statements.contains(cursor.current.text) || cursor.isWord("otherwise")
      {
        let key: Literal?
        if cursor.accept(word: "otherwise") {
          key = nil
        } else {
          key = literal("a value of '\(fact.value)'")
        }
        guard cursor.expect(symbol: "=", "between the value and its amount"),
          let amount = literal("an amount (35000 KZT) or a parameter")
        else {
          cursor.skipLine()
          continue
        }
        rows.append((key, amount))
        endLine("amount row")
      }
      if rows.isEmpty {
        cursor.sink.error(
          fact.location, "amount table has no rows: expected lines 'VALUE = AMOUNT' under it")
      }
      syntax.amount = AmountDecl(
        kind: .table(fact: fact, rows: rows), period: period, location: keyword.location)
    } else {
      guard let value = literal("an amount (35000 KZT), a parameter, or 'by FACT'"),
        cursor.expect(word: "per", "after the amount (write 'amount 35000 KZT per month')"),
        let period = period()
      else { return cursor.skipLine() }
      syntax.amount = AmountDecl(kind: .fixed(value), period: period, location: keyword.location)
      endLine("amount")
    }
  }

  private mutating func rank(_ keyword: Token) {
    syntax.rankLocation = keyword.location
    guard cursor.expect(word: "by", "after 'rank'") else { return cursor.skipLine() }
    repeat {
      let start = cursor.current.location
      if cursor.isSymbol("(") {
        guard let condition = condition() else { return cursor.skipLine() }
        guard
          cursor.expect(
            word: "first", "after a ranking condition (write '(categories has orphan) first')")
        else {
          return cursor.skipLine()
        }
        syntax.rankKeys.append(.condition(condition, start))
      } else {
        guard let fact = word("a fact to rank by (gpa) or a condition in parentheses") else {
          return cursor.skipLine()
        }
        var descending = true
        if cursor.accept(word: "asc") {
          descending = false
        } else if !cursor.accept(word: "desc") {
          cursor.fail(
            "expected 'desc' (highest first) or 'asc' (lowest first) after '\(fact.value)', found \(cursor.current.display)"
          )
          return cursor.skipLine()
        }
        syntax.rankKeys.append(.fact(fact, descending: descending))
      }
    } while cursor.accept(symbol: ",")
    endLine("rank")
  }
}
