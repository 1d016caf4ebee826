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
      guard let rate = literal(.supplementRate),
        cursor.expect(word: "when", .afterSupplementRate),
        let condition = condition(),
        cursor.expect(word: "because", .becauseAfterSupplement),
        let key = word(.reasonKey(after: nil))
      else { return cursor.skipLine() }
      syntax.supplements.append(
        SupplementDecl(rate: rate, condition: condition, key: key, location: keyword.location))
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
    Self(
      kk: "'\(keyword)' екі рет берілген: ережеде ол біреу ғана болады",
      ru: "'\(keyword)' задан дважды: в политике он один",
      en: "'\(keyword)' given twice: a policy has one")
  }

  fileprivate static var statementKeyword: Self {
    let some = PolicyParser.statements.prefix(6).joined(separator: ", ")
    return Self(
      kk: "нұсқаудың кілт сөзі (\(some), …)", ru: "ключевое слово инструкции (\(some), …)",
      en: "a statement keyword (\(some), …)")
  }

  fileprivate static let policyID = Self(
    kk: "'policy' сөзінен кейін ереже идентификаторы", ru: "идентификатор политики после 'policy'",
    en: "a policy id after 'policy'")

  fileprivate static let version = Self(
    kk: "'version' сөзінен кейін нұсқа нөмірі (1, 2026.1)",
    ru: "номер версии (1, 2026.1) после 'version'",
    en: "a version (1, 2026.1) after 'version'")

  fileprivate static let basis = Self(
    kk: "'basis' сөзінен кейін тырнақшадағы құқықтық негіз",
    ru: "правовое основание в кавычках после 'basis'",
    en: "the legal basis as quoted text after 'basis'")

  fileprivate static func startDate(after keyword: String) -> Self {
    Self(
      kk: "'\(keyword)' сөзінен кейін басталу күні YYYY-MM-DD",
      ru: "дата начала YYYY-MM-DD после '\(keyword)'",
      en: "a start date YYYY-MM-DD after '\(keyword)'")
  }

  fileprivate static let endDate = Self(kk: "аяқталу күні", ru: "дата окончания", en: "an end date")

  fileprivate static let effectiveRange = Self(
    kk:
      "басталу күнінен кейін '..' күтілді ('effective 2026-09-01 .. 2027-08-31' деп, ал аяқталу күні болмаса '2026-09-01 ..' деп жазыңыз)",
    ru:
      "после даты начала ожидается '..' (пишите 'effective 2026-09-01 .. 2027-08-31' или '2026-09-01 ..', если срок не ограничен)",
    en:
      "expected '..' after the start date (write 'effective 2026-09-01 .. 2027-08-31', or '2026-09-01 ..' for no end)"
  )

  fileprivate static let betweenWindowDates = Self(
    kk: "өтініш қабылдау мерзімінің екі күнінің арасында",
    ru: "между датами окна подачи заявок", en: "between the dates of the application window")

  fileprivate static let lastApplicationDay = Self(
    kk: "өтініш қабылдаудың соңғы күні", ru: "последний день подачи заявок",
    en: "the last day of applications")

  fileprivate static let supersededID = Self(
    kk: "ауыстырылатын ереженің идентификаторы", ru: "идентификатор заменяемой политики",
    en: "the id of the superseded policy")

  fileprivate static let considerMode = Self(
    kk: "'consider' сөзінен кейін 'all' немесе 'applicants'",
    ru: "'all' или 'applicants' после 'consider'", en: "'all' or 'applicants' after 'consider'")

  fileprivate static let categoryName = Self(
    kk: "'category' сөзінен кейін санат атауы", ru: "имя категории после 'category'",
    en: "a category name after 'category'")

  fileprivate static let listName = Self(
    kk: "'list' сөзінен кейін тізім атауы", ru: "имя списка после 'list'",
    en: "a list name after 'list'")

  fileprivate static let parameterName = Self(
    kk: "'parameter' сөзінен кейін параметр атауы", ru: "имя параметра после 'parameter'",
    en: "a parameter name after 'parameter'")

  fileprivate static let afterListName = Self(
    kk: "тізім атауынан кейін", ru: "после имени списка", en: "after the list name")

  fileprivate static let bracketList = Self(
    kk: "жақшадағы тізім [a, b, c]", ru: "список в скобках [a, b, c]",
    en: "a list in brackets [a, b, c]")

  fileprivate static let becauseAfterRequirement = Self(
    kk: "шарттан кейін (әр талап өз себеп кілтін атайды)",
    ru: "после условия (каждое требование называет свой ключ причины)",
    en: "after the condition (every requirement names its reason key)")

  fileprivate static func reasonKey(after keyword: String?) -> Self {
    guard let keyword else {
      return Self(kk: "себеп кілті", ru: "ключ причины", en: "a reason key")
    }
    return Self(
      kk: "'\(keyword)' сөзінен кейін себеп кілті", ru: "ключ причины после '\(keyword)'",
      en: "a reason key after '\(keyword)'")
  }

  fileprivate static let requirementKey = Self(
    kk: "талаптың себеп кілті", ru: "ключ причины требования",
    en: "the reason key of a requirement")

  fileprivate static let afterReasonKey = Self(
    kk: "себеп кілтінен кейін", ru: "после ключа причины", en: "after the reason key")

  fileprivate static let priorityAfterCondition = Self(
    kk: "шарттан кейін (әр ерекшелік өз басымдығын көрсетеді)",
    ru: "после условия (у каждого исключения указан приоритет)",
    en: "after the condition (every exception states its priority)")

  fileprivate static let wholePriority = Self(
    kk: "бүтін сан түріндегі басымдық", ru: "приоритет — целое число",
    en: "a whole number priority")

  fileprivate static let supplementRate = Self(
    kk: "'supplement' сөзінен кейін пайыз (15%) немесе параметр",
    ru: "процент (15%) или параметр после 'supplement'",
    en: "a percent (15%) or parameter after 'supplement'")

  fileprivate static let afterSupplementRate = Self(
    kk: "үстеме мөлшерінен кейін", ru: "после ставки надбавки", en: "after the supplement's rate")

  fileprivate static let becauseAfterSupplement = Self(
    kk: "шарттан кейін (үстеме өз себеп кілтін атайды)",
    ru: "после условия (надбавка называет свой ключ причины)",
    en: "after the condition (a supplement names its reason key)")

  fileprivate static let rankGivenTwice = Self(
    kk: "'rank' екі рет берілген: барлық кілттерді бір 'rank by' жолына жазыңыз",
    ru: "'rank' задан дважды: перечислите все ключи в одной строке 'rank by'",
    en: "'rank' given twice: list every key on one 'rank by' line")

  fileprivate static let afterTiebreak = Self(
    kk: "'tiebreak' сөзінен кейін (тең орындарды тек тіркелген жеребе шешеді)",
    ru: "после 'tiebreak' (равенство решает только жеребьёвка с заданным зерном)",
    en: "after 'tiebreak' (the only tie-break is a seeded lottery)")

  fileprivate static let lotterySeed = Self(
    kk: "тырнақшадағы жеребе дәні", ru: "зерно жеребьёвки в кавычках",
    en: "the lottery seed as quoted text")

  fileprivate static let seats = Self(
    kk: "орын саны немесе параметр", ru: "число мест или параметр",
    en: "a number of seats or a parameter")

  fileprivate static let budgetAmount = Self(
    kk: "сома (50000000 KZT) немесе параметр", ru: "сумма (50000000 KZT) или параметр",
    en: "an amount (50000000 KZT) or a parameter")

  fileprivate static let afterBudget = Self(
    kk: "бюджеттен кейін ('budget 50000000 KZT per month' деп жазыңыз)",
    ru: "после бюджета (пишите 'budget 50000000 KZT per month')",
    en: "after the budget (write 'budget 50000000 KZT per month')")

  fileprivate static let reserveShare = Self(
    kk: "'reserve' сөзінен кейін үлес (30%)", ru: "доля (30%) после 'reserve'",
    en: "a share (30%) after 'reserve'")

  fileprivate static let afterShare = Self(
    kk: "үлестен кейін ('reserve 30% for rural when …' деп жазыңыз)",
    ru: "после доли (пишите 'reserve 30% for rural when …')",
    en: "after the share (write 'reserve 30% for rural when …')")

  fileprivate static let quotaName = Self(kk: "квота атауы", ru: "имя квоты", en: "a quota name")

  fileprivate static let afterQuotaName = Self(
    kk: "квота атауынан кейін", ru: "после имени квоты", en: "after the quota name")

  fileprivate static let unusedAfterCondition = Self(
    kk:
      "шарттан кейін: бос қалған орындар не болатынын айтыңыз ('unused to general' немесе 'unused vacant')",
    ru:
      "после условия: скажите, что будет с неиспользованными местами ('unused to general' или 'unused vacant')",
    en:
      "after the condition: say what happens to unused seats ('unused to general' or 'unused vacant')"
  )

  fileprivate static let afterUnusedTo = Self(
    kk: "'unused to' сөздерінен кейін", ru: "после 'unused to'", en: "after 'unused to'")

  fileprivate static let unusedMode = Self(
    kk: "'unused' сөзінен кейін 'to general' немесе 'vacant'",
    ru: "'to general' или 'vacant' после 'unused'", en: "'to general' or 'vacant' after 'unused'")

  fileprivate static let exclusiveGroup = Self(
    kk: "қатар берілмейтін топтың атауы", ru: "имя группы взаимоисключающих наград",
    en: "an exclusivity group name")

  fileprivate static func outsideBlock(_ keyword: String) -> Self {
    let hint: Self =
      switch keyword {
      case "from":
        Self(
          kk: "ол 'parameter NAME' жолының дәл астында күтілді",
          ru: "ожидается сразу под строкой 'parameter NAME'",
          en: "expected it right under a 'parameter NAME' line")
      case "otherwise":
        Self(
          kk: "ол 'amount by FACT per PERIOD' жолының астында күтілді",
          ru: "ожидается под строкой 'amount by FACT per PERIOD'",
          en: "expected it under an 'amount by FACT per PERIOD' line")
      default:
        Self(
          kk: "ол 'title' немесе 'reason KEY' жолының дәл астында күтілді",
          ru: "ожидается сразу под строкой 'title' или 'reason KEY'",
          en: "expected it right under a 'title' or 'reason KEY' line")
      }
    return Self(
      kk: "'\(keyword)' жолы өз блогынан тыс тұр: \(hint.kk)",
      ru: "строка '\(keyword)' вне своего блока: \(hint.ru)",
      en: "'\(keyword)' line outside its block: \(hint.en)")
  }

  fileprivate static func unknownStatement(_ keyword: String) -> Self {
    let head = Self(
      kk: "'\(keyword)' деген нұсқау жоқ", ru: "неизвестная инструкция '\(keyword)'",
      en: "unknown statement '\(keyword)'")
    if let near = EditDistance.closest(to: keyword, among: PolicyParser.statements) {
      return head + .didYouMean(near)
    }
    return head + .expectedOneOf(PolicyParser.statements)
  }

  fileprivate static let period = Self(
    kk: "'month', 'semester' немесе 'year' кезеңі", ru: "период 'month', 'semester' или 'year'",
    en: "a period 'month', 'semester' or 'year'")

  fileprivate static let afterFromDate = Self(
    kk: "күннен кейін ('from 2026-09-01 = 3.5' деп жазыңыз)",
    ru: "после даты (пишите 'from 2026-09-01 = 3.5')",
    en: "after the date (write 'from 2026-09-01 = 3.5')")

  fileprivate static let parameterValue = Self(
    kk: "параметрдің мәні", ru: "значение параметра", en: "the parameter's value")

  fileprivate static func parameterWithoutValue(_ name: String) -> Self {
    Self(
      kk: "'\(name)' параметрінің мәні жоқ: астына 'from YYYY-MM-DD = VALUE' жолдары күтілді",
      ru: "у параметра '\(name)' нет значения: под ним ожидаются строки 'from YYYY-MM-DD = VALUE'",
      en: "parameter '\(name)' has no value: expected lines 'from YYYY-MM-DD = VALUE' under it")
  }

  fileprivate static let tableFact = Self(
    kk: "соманы анықтайтын факт (qualification_level)",
    ru: "факт, по которому выбирается сумма (qualification_level)",
    en: "a fact to look the amount up by (qualification_level)")

  fileprivate static let perAfterTableFact = Self(
    kk: "фактіден кейін ('amount by qualification_level per month' деп жазыңыз)",
    ru: "после факта (пишите 'amount by qualification_level per month')",
    en: "after the fact (write 'amount by qualification_level per month')")

  fileprivate static func value(of fact: String) -> Self {
    Self(kk: "'\(fact)' мәні", ru: "значение '\(fact)'", en: "a value of '\(fact)'")
  }

  fileprivate static let betweenValueAndAmount = Self(
    kk: "мән мен оның сомасының арасында", ru: "между значением и его суммой",
    en: "between the value and its amount")

  fileprivate static let rowAmount = Self(
    kk: "сома (35000 KZT) немесе параметр", ru: "сумма (35000 KZT) или параметр",
    en: "an amount (35000 KZT) or a parameter")

  fileprivate static let emptyAmountTable = Self(
    kk: "сомалар кестесінде жол жоқ: астына 'VALUE = AMOUNT' жолдары күтілді",
    ru: "в таблице сумм нет строк: под ней ожидаются строки 'VALUE = AMOUNT'",
    en: "amount table has no rows: expected lines 'VALUE = AMOUNT' under it")

  fileprivate static let fixedAmount = Self(
    kk: "сома (35000 KZT), параметр немесе 'by FACT'",
    ru: "сумма (35000 KZT), параметр или 'by FACT'",
    en: "an amount (35000 KZT), a parameter, or 'by FACT'")

  fileprivate static let perAfterAmount = Self(
    kk: "сомадан кейін ('amount 35000 KZT per month' деп жазыңыз)",
    ru: "после суммы (пишите 'amount 35000 KZT per month')",
    en: "after the amount (write 'amount 35000 KZT per month')")

  fileprivate static let afterRank = Self(
    kk: "'rank' сөзінен кейін", ru: "после 'rank'", en: "after 'rank'")

  fileprivate static let afterRankingCondition = Self(
    kk: "рейтинг шартынан кейін ('(categories has orphan) first' деп жазыңыз)",
    ru: "после условия ранжирования (пишите '(categories has orphan) first')",
    en: "after a ranking condition (write '(categories has orphan) first')")

  fileprivate static let rankKey = Self(
    kk: "рейтинг жасалатын факт (gpa) немесе жақшадағы шарт",
    ru: "факт для ранжирования (gpa) или условие в скобках",
    en: "a fact to rank by (gpa) or a condition in parentheses")

  fileprivate static func direction(after fact: String) -> Self {
    Self(
      kk: "'\(fact)' фактісінен кейін 'desc' (ең үлкені бірінші) немесе 'asc' (ең кішісі бірінші)",
      ru: "'desc' (сначала наибольшие) или 'asc' (сначала наименьшие) после '\(fact)'",
      en: "'desc' (highest first) or 'asc' (lowest first) after '\(fact)'")
  }
}
