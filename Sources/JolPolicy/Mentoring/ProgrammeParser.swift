import JolModel

/// Reads and checks a mentoring programme file (`Policies/mentoring/<id>.programme`) with the
/// policy language's lexer: one statement per line, each starting with a keyword; every token
/// is understood or reported at its file:line:column, nothing is skipped silently.
///
/// ```
/// programme kst-dual-2026
///   title kk "…" ru "…" en "…"
///   require specialty                 # also: language, district, shift
///   score gpa 20                      # also: attendance, diagnostic_direction
///   score category rural 5
///   score applied_on 0.5 until 2026-08-31
///   list 5
///   lottery "kst-dual-2026"
///   enterprise_capacity on            # or off
///   unlisted build                    # or skip
///   expand by capacity                # or code
/// ```
public enum ProgrammeParser {
  /// Statement keywords, for "unknown statement" suggestions.
  static let statements = [
    "programme", "title", "require", "score", "list", "lottery", "enterprise_capacity",
    "unlisted", "expand",
  ]
  /// Fact names a score may weigh.
  static let terms = ["gpa", "attendance", "diagnostic_direction", "category", "applied_on"]
  /// The longest list a programme may allow.
  public static let listLimits = 1...20

  /// The programme in `text`, or nil with every error found (warnings never: a programme has
  /// none). `expectedID`, when given, is the file's name: the programme must carry it.
  public static func parse(file: String, text: String, expectedID: String? = nil) -> (
    MentoringProgramme?, [Diagnostic]
  ) {
    let (tokens, lexical) = Lexer(file: file).tokens(text)
    var reader = Reader(cursor: TokenCursor(tokens), file: file)
    reader.cursor.sink.append(contentsOf: lexical)
    reader.readFile()
    return reader.finish(expectedID: expectedID)
  }
}

private struct Reader {
  var cursor: TokenCursor
  let file: String
  var id: (String, SourceLocation)?
  var title: LocalizedText?
  /// Whether a `title` line was read (complete or not).
  var titleGiven = false
  var constraints: Set<MentoringProgramme.Constraint> = []
  var weights: [MentoringProgramme.Weight] = []
  var listLimit: Int?
  var lottery: String?
  var enterpriseCapacity: Bool?
  var unlisted: MentoringProgramme.Unlisted?
  var expansion: MentoringProgramme.Expansion?

  mutating func readFile() {
    while cursor.current.kind != .end {
      if cursor.current.kind == .newline {
        _ = cursor.next()
        continue
      }
      statement()
    }
  }

  mutating func finish(expectedID: String?) -> (MentoringProgramme?, [Diagnostic]) {
    let end = SourceLocation(file: file, line: 1, column: 1)
    if id == nil { cursor.sink.error(end, .missing("programme")) }
    if let (id, location) = id, let expectedID, id != expectedID {
      cursor.sink.error(location, .idIsNotFileName(id, expectedID))
    }
    if id != nil {
      if !titleGiven { cursor.sink.error(end, .missing("title")) }
      if listLimit == nil { cursor.sink.error(end, .missing("list")) }
      if lottery == nil { cursor.sink.error(end, .missing("lottery")) }
    }
    let diagnostics = cursor.sink.diagnostics.sorted { $0.location < $1.location }
    guard cursor.sink.isEmpty, let (id, _) = id, let title, let listLimit, let lottery else {
      return (nil, diagnostics)
    }
    return (
      MentoringProgramme(
        id: id, title: title, constraints: constraints, weights: weights, listLimit: listLimit,
        lottery: lottery, enterpriseCapacity: enterpriseCapacity ?? true,
        unlisted: unlisted ?? .skip, expansion: expansion ?? .code),
      diagnostics
    )
  }

  /// Whether a statement given once may be given here; reports it given twice otherwise.
  private mutating func once(_ given: Bool, _ keyword: Token) -> Bool {
    guard given else { return true }
    cursor.sink.error(keyword.location, .givenTwice(keyword.text))
    cursor.skipLine()
    return false
  }

  private mutating func statement() {
    let keyword = cursor.current
    guard keyword.kind == .word else {
      cursor.fail(.expected(.statementKeyword, found: keyword.display))
      return cursor.skipLine()
    }
    _ = cursor.next()
    if id == nil && keyword.text != "programme" {
      cursor.sink.error(keyword.location, .programmeFirst)
      return cursor.skipLine()
    }
    switch keyword.text {
    case "programme":
      guard once(id != nil, keyword) else { return }
      guard let name = cursor.expect(.word, .programmeID) else { return cursor.skipLine() }
      id = (name.text, name.location)
    case "title":
      guard once(titleGiven, keyword) else { return }
      titleGiven = true
      return readTitle(keyword.location)
    case "require":
      guard let constraint = choice(MentoringProgramme.Constraint.self, .constraintName) else {
        return
      }
      if constraints.contains(constraint) {
        cursor.sink.error(keyword.location, .givenTwice("require \(constraint.rawValue)"))
      }
      constraints.insert(constraint)
    case "score":
      guard let weight = readWeight() else { return }
      if weights.contains(where: { $0.term.name == weight.term.name }) {
        cursor.sink.error(keyword.location, .givenTwice("score \(weight.term.name)"))
      }
      weights.append(weight)
    case "list":
      guard once(listLimit != nil, keyword) else { return }
      guard let number = cursor.expect(.number, .listLength) else { return cursor.skipLine() }
      guard let value = Int(number.text), ProgrammeParser.listLimits.contains(value) else {
        cursor.sink.error(number.location, .listLength(number.text))
        return cursor.skipLine()
      }
      listLimit = value
    case "lottery":
      guard once(lottery != nil, keyword) else { return }
      guard let seed = cursor.expect(.string, .lotterySeed) else { return cursor.skipLine() }
      lottery = seed.text
    case "enterprise_capacity":
      guard once(enterpriseCapacity != nil, keyword) else { return }
      guard let on = choice(Switch.self, .onOff) else { return }
      enterpriseCapacity = on == .on
    case "unlisted":
      guard once(unlisted != nil, keyword) else { return }
      guard let rule = choice(MentoringProgramme.Unlisted.self, .unlistedRule) else { return }
      unlisted = rule
    case "expand":
      guard once(expansion != nil, keyword) else { return }
      guard cursor.expect(word: "by", .afterExpand) else { return cursor.skipLine() }
      guard let order = choice(MentoringProgramme.Expansion.self, .expansionOrder) else { return }
      expansion = order
    default:
      cursor.sink.error(keyword.location, .unknownStatement(keyword.text))
      return cursor.skipLine()
    }
    cursor.endLine(keyword.text)
  }

  /// One word of a closed set; reports what it accepts otherwise (and skips the line).
  private mutating func choice<T: RawRepresentable & CaseIterable>(
    _: T.Type, _ what: Diagnostic.Message
  ) -> T? where T.RawValue == String {
    let token = cursor.current
    let names = T.allCases.map(\.rawValue)
    guard token.kind == .word, let value = T(rawValue: token.text) else {
      cursor.fail(.expected(what, found: token.display) + .expectedOneOf(names))
      cursor.skipLine()
      return nil
    }
    _ = cursor.next()
    return value
  }

  /// `score TERM [VALUE] WEIGHT [until DATE]`.
  private mutating func readWeight() -> MentoringProgramme.Weight? {
    let name = cursor.current
    guard name.kind == .word, ProgrammeParser.terms.contains(name.text) else {
      cursor.fail(.unknownTerm(name.display))
      cursor.skipLine()
      return nil
    }
    _ = cursor.next()
    var term: MentoringProgramme.Term
    switch name.text {
    case "gpa": term = .gpa
    case "attendance": term = .attendance
    case "diagnostic_direction": term = .diagnosticDirection
    case "category":
      guard let category = cursor.expect(.word, .categoryOfScore) else {
        cursor.skipLine()
        return nil
      }
      term = .category(Category(rawValue: category.text))
    default: term = .appliedOn(until: CivilDate(year: 2000, month: 1, day: 1)!)
    }
    guard let number = cursor.expect(.number, .weight), let weight = FixedDecimal(number.text)
    else {
      cursor.skipLine()
      return nil
    }
    if case .appliedOn = term {
      guard cursor.expect(word: "until", .afterAppliedOnWeight),
        let date = cursor.expect(.date, .untilDate), let until = CivilDate(date.text)
      else {
        cursor.skipLine()
        return nil
      }
      term = .appliedOn(until: until)
    }
    return MentoringProgramme.Weight(term, weight)
  }

  /// `title kk "…" ru "…" en "…"`: all three languages, each once.
  private mutating func readTitle(_ location: SourceLocation) {
    var texts: [Language: String] = [:]
    while cursor.current.kind == .word {
      let token = cursor.next()
      guard let language = Language(rawValue: token.text) else {
        cursor.sink.error(token.location, .unknownLanguage(token.text))
        return cursor.skipLine()
      }
      guard let text = cursor.expect(.string, .quotedTitle) else { return cursor.skipLine() }
      if texts[language] != nil { cursor.sink.error(token.location, .givenTwice(token.text)) }
      texts[language] = text.text
    }
    cursor.endLine("title")
    guard let kk = texts[.kk], let ru = texts[.ru], let en = texts[.en] else {
      cursor.sink.error(location, .titleLanguages)
      return
    }
    title = LocalizedText(kk: kk, ru: ru, en: en)
  }
}

/// `on` or `off`.
private enum Switch: String, CaseIterable {
  case on, off
}

extension Diagnostic.Message {
  fileprivate static let programmeID = ProgrammeMessage.programmeID.text()
  fileprivate static let constraintName = ProgrammeMessage.constraintName.text()
  fileprivate static let listLength = ProgrammeMessage.listLengthWhat.text()
  fileprivate static let onOff = ProgrammeMessage.onOff.text()
  fileprivate static let unlistedRule = ProgrammeMessage.unlistedRule.text()
  fileprivate static let expansionOrder = ProgrammeMessage.expansionOrder.text()
  fileprivate static let afterExpand = ProgrammeMessage.afterExpand.text()
  fileprivate static let categoryOfScore = ProgrammeMessage.categoryOfScore.text()
  fileprivate static let weight = ProgrammeMessage.weight.text()
  fileprivate static let afterAppliedOnWeight = ProgrammeMessage.afterAppliedOnWeight.text()
  fileprivate static let untilDate = ProgrammeMessage.untilDate.text()
  fileprivate static let quotedTitle = ProgrammeMessage.quotedTitle.text()
  fileprivate static let titleLanguages = ProgrammeMessage.titleLanguages.text()
  fileprivate static let programmeFirst = ProgrammeMessage.programmeFirst.text()
  fileprivate static let statementKeyword = SyntaxMessage.statementKeyword.text([
    "some": "programme, require, score"
  ])
  fileprivate static let lotterySeed = SyntaxMessage.lotterySeed.text()

  fileprivate static func missing(_ keyword: String) -> Self {
    ProgrammeMessage.missingStatement.text(["keyword": keyword])
  }

  fileprivate static func givenTwice(_ keyword: String) -> Self {
    ProgrammeMessage.givenTwice.text(["keyword": keyword])
  }

  fileprivate static func idIsNotFileName(_ id: String, _ name: String) -> Self {
    ProgrammeMessage.idIsNotFileName.text(["id": id, "name": name])
  }

  fileprivate static func listLength(_ text: String) -> Self {
    ProgrammeMessage.listLength.text([
      "text": text, "low": "\(ProgrammeParser.listLimits.lowerBound)",
      "high": "\(ProgrammeParser.listLimits.upperBound)",
    ])
  }

  fileprivate static func unknownTerm(_ found: Self) -> Self {
    ProgrammeMessage.unknownTerm.text(["found": found])
      + .expectedOneOf(ProgrammeParser.terms)
  }

  fileprivate static func unknownStatement(_ keyword: String) -> Self {
    let head = SyntaxMessage.unknownStatement.text(["keyword": keyword])
    if let near = EditDistance.closest(to: keyword, among: ProgrammeParser.statements) {
      return head + .didYouMean(near)
    }
    return head + .expectedOneOf(ProgrammeParser.statements)
  }

  fileprivate static func unknownLanguage(_ text: String) -> Self {
    SyntaxMessage.unknownLanguage.text(["text": text])
  }
}
