import JolModel

/// Checks a parsed policy and compiles it: names, types and units, dates, reasons in every
/// language, exceptions and quotas, all before anything runs. Every problem is reported with its
/// `file:line:column`; a policy with any diagnostic is not compiled.
struct PolicyChecker {
  let syntax: PolicySyntax
  var sink = DiagnosticSink()
  var parameterIndex: [String: Int] = [:]
  var parameters: [CompiledParameter] = []
  var parameterUsed: Set<Int> = []
  var lists: [String: ListDecl] = [:]
  var listUsed: Set<String> = []
  var categories: Set<String> = Facts.knownCategories
  /// Reason keys used by `because`, with the place of first use.
  var reasonUses: [String: SourceLocation] = [:]
  /// The TVET classifier that specialty and qualification codes are checked against; nil
  /// skips the code check (see `PolicyChecker+Codes.swift`).
  let codes: SpecialtyClassifier?
  /// Literals already checked against the classifier, so a list used twice is reported once.
  var codesChecked: Set<SourceLocation> = []
  /// Parameter values already reported out of a fact's bounds, so each is reported once.
  var boundsChecked: Set<SourceLocation> = []

  /// The ids of the policies checked together with this one (the `awards` fact names them);
  /// nil skips that check.
  let policies: Set<String>?

  init(_ syntax: PolicySyntax, codes: SpecialtyClassifier? = nil, policies: Set<String>? = nil) {
    self.syntax = syntax
    self.codes = codes
    self.policies = policies
  }

  /// Checks and compiles a parsed policy (with the errors its parse found); with `codes`, every
  /// specialty and qualification code the policy names must be in that classifier; with
  /// `policies`, every policy id it names (`awards has …`) must be one of them. Errors and
  /// warnings come sorted by place; the policy is nil when there is any error.
  static func compile(
    _ syntax: PolicySyntax, parseErrors: [Diagnostic], codes: SpecialtyClassifier?,
    policies: Set<String>?
  ) -> (CompiledPolicy?, [Diagnostic]) {
    var checker = PolicyChecker(syntax, codes: codes, policies: policies)
    checker.sink.append(contentsOf: parseErrors)
    let policy = checker.check()
    let diagnostics = checker.sink.diagnostics.sorted { $0.location < $1.location }
    return (diagnostics.contains(where: \.isError) ? nil : policy, diagnostics)
  }

  var fileStart: SourceLocation { SourceLocation(file: syntax.file, line: 1, column: 1) }

  mutating func check() -> CompiledPolicy? {
    let header = checkHeader()
    declareCategories()
    declareLists()
    declareParameters(effectiveFrom: header.from, effectiveTo: header.to)
    let criteria = checkCriteria() + builtInCriteria()
    let amount = checkAmount()
    let supplements = checkSupplements(hasAmount: amount != nil)
    let round = checkRound(amount: amount)
    checkLimits(amount: amount, supplements: supplements, seats: round.seats)
    reportUnused()
    let reasons = checkReasons()
    // A statement written but compiled to nothing must have said why: never a policy that
    // silently lost its amount.
    if sink.isEmpty, syntax.amount != nil, amount == nil, let decl = syntax.amount {
      sink.error(decl.location, .statementLost("amount"))
    }
    guard sink.isEmpty, let from = header.from else { return nil }
    return CompiledPolicy(
      id: PolicyID(syntax.id?.value ?? ""), version: syntax.version?.value ?? "",
      title: header.title, basis: syntax.basis.map(\.value), effectiveFrom: from,
      effectiveTo: header.to,
      supersedes: syntax.supersedes.map { (PolicyID($0.id.value), $0.version?.value) },
      consider: syntax.consider?.value ?? .all,
      applicationWindow: syntax.applicationsFrom.flatMap { from in
        syntax.applicationsTo.map { (from.value, $0.value) }
      },
      file: syntax.file, text: syntax.text, textHash: SHA256.hex(syntax.text),
      exclusiveGroup: syntax.exclusive?.value,
      declaredCategories: syntax.categories.map(\.value), parameters: parameters,
      criteria: criteria,
      amount: amount, amountLocation: syntax.amount?.location, supplements: supplements,
      ranking: round.ranking,
      lotterySeed: syntax.tiebreak?.value, seats: round.seats, budget: round.budget,
      reserves: round.reserves,
      reasons: reasons.merging(BuiltInReasons.texts) { own, _ in own })
  }

  /// Criteria the engine adds: a policy for applicants requires an application, in its window.
  private func builtInCriteria() -> [CompiledCriterion] {
    guard syntax.consider?.value == .applicants else { return [] }
    func criterion(_ key: String, _ condition: TypedCondition) -> CompiledCriterion {
      CompiledCriterion(
        key: key, condition: condition, test: ConditionCompiler.compile(condition), rules: [],
        builtIn: true)
    }
    var result = [criterion(BuiltInReasons.notApplied, .known(.appliedOn))]
    if let from = syntax.applicationsFrom?.value, let to = syntax.applicationsTo?.value {
      let window = TypedCondition.and([
        .numeric(.appliedOn, .greaterOrEqual, .constant(Int64(from.daysSinceEpoch)), .date),
        .numeric(.appliedOn, .lessOrEqual, .constant(Int64(to.daysSinceEpoch)), .date),
      ])
      result.append(
        criterion(BuiltInReasons.outsideWindow, .or([.not(.known(.appliedOn)), window])))
    }
    return result
  }

  // MARK: Header

  private mutating func checkHeader() -> (title: LocalizedText, from: CivilDate?, to: CivilDate?) {
    if syntax.id == nil {
      sink.error(fileStart, .missingID)
    }
    if syntax.version == nil { sink.error(fileStart, .missingVersion) }
    if syntax.basis.isEmpty { sink.error(fileStart, .missingBasis) }
    if syntax.consider == nil { sink.error(fileStart, .missingConsider) }
    var title = LocalizedText(kk: "", ru: "", en: "")
    if let block = syntax.title {
      for language in Language.allCases {
        if let text = block.texts[language] {
          switch language {
          case .kk: title.kk = text.value
          case .ru: title.ru = text.value
          case .en: title.en = text.value
          }
        } else {
          sink.error(block.location, .titleWithout(language))
        }
      }
    } else {
      sink.error(fileStart, .missingTitle)
    }
    guard let from = syntax.effectiveFrom else {
      sink.error(fileStart, .missingEffective)
      return (title, nil, nil)
    }
    if let to = syntax.effectiveTo, to.value < from.value {
      sink.error(to.location, .effectiveEndsBeforeStart(to.value, from.value))
    }
    if let window = syntax.applicationsFrom {
      if syntax.consider?.value != .applicants {
        sink.error(window.location, .applicationsNeedApplicants)
      }
      if let to = syntax.applicationsTo, to.value < window.value {
        sink.error(to.location, .windowEndsBeforeStart(to.value, window.value))
      }
    }
    return (title, from.value, syntax.effectiveTo?.value)
  }

  private mutating func declareCategories() {
    for name in syntax.categories {
      if categories.contains(name.value) {
        sink.error(name.location, .categoryKnown(name.value))
      }
      categories.insert(name.value)
    }
  }

  private mutating func declareLists() {
    for list in syntax.lists {
      if lists[list.name.value] != nil {
        sink.error(list.name.location, .listTwice(list.name.value))
      } else if Fact(rawValue: list.name.value) != nil {
        sink.error(list.name.location, .listNamedLikeFact(list.name.value))
      }
      var seen: Set<String> = []
      for item in list.items.items {
        if item.kind == .list || item.kind == .percent || item.kind == .money {
          sink.error(
            item.location, .expected(.listItem(list.name.value), found: .same(item.display)))
        } else if !seen.insert(item.text).inserted {
          sink.error(item.location, .twiceInList(item.text, list.name.value))
        }
      }
      lists[list.name.value] = list
    }
  }

  private mutating func declareParameters(effectiveFrom: CivilDate?, effectiveTo: CivilDate?) {
    for decl in syntax.parameters {
      let name = decl.name.value
      if parameterIndex[name] != nil || lists[name] != nil || Fact(rawValue: name) != nil {
        let kind: NameKind =
          Fact(rawValue: name) != nil ? .fact : lists[name] != nil ? .list : .parameter
        sink.error(decl.name.location, .nameTaken(name, by: kind))
        continue
      }
      var kind: NumericKind?
      var values: [(from: CivilDate, value: Int64)] = []
      for (from, literal) in decl.values {
        guard let (valueKind, value) = Self.numericLiteral(literal) else {
          sink.error(
            literal.location, .expected(.parameterValue(name), found: .same(literal.display)))
          continue
        }
        if let kind, kind != valueKind {
          sink.error(literal.location, .unitChanges(name, was: kind, now: valueKind))
          continue
        }
        kind = valueKind
        if let last = values.last, from.value <= last.from {
          sink.error(from.location, .datesMustIncrease(name, from.value, last.from))
          continue
        }
        if let effectiveTo, from.value > effectiveTo {
          sink.error(from.location, .valueAfterEnd(name, from.value, effectiveTo))
        }
        values.append((from.value, value))
      }
      if let first = values.first, let effectiveFrom, first.from > effectiveFrom {
        sink.error(
          decl.name.location,
          .undefinedParameter(name, from: effectiveFrom, to: first.from.adding(days: -1)))
      }
      parameterIndex[name] = parameters.count
      parameters.append(CompiledParameter(name: name, kind: kind ?? .number, values: values))
    }
  }

  /// The run-time kind and value of a numeric literal.
  static func numericLiteral(_ literal: Literal) -> (NumericKind, Int64)? {
    switch literal.kind {
    case .number: FixedDecimal(literal.text).map { (.number, $0.units) }
    case .percent: FixedDecimal(literal.text).map { (.percent, $0.units) }
    case .money: Money(literal.text).map { (.money, $0.tiyn) }
    case .date: CivilDate(literal.text).map { (.date, Int64($0.daysSinceEpoch)) }
    default: nil
    }
  }

  /// A numeric operand of `kind` from a literal or a parameter name; reports and returns nil
  /// on a unit mismatch.
  mutating func operand(_ literal: Literal, _ kind: NumericKind, _ what: Diagnostic.Message)
    -> Operand?
  {
    if literal.kind == .word {
      guard let index = parameterIndex[literal.text] else {
        unknownName(literal, expected: .parameter(kind, for: what))
        return nil
      }
      parameterUsed.insert(index)
      let parameter = parameters[index]
      guard parameter.kind == kind else {
        sink.error(
          literal.location, .parameterKind(literal.text, parameter.kind, what, needs: kind))
        return nil
      }
      return .parameter(index)
    }
    guard let (literalKind, value) = Self.numericLiteral(literal) else {
      sink.error(literal.location, .expected(kind, for: what, found: literal.display))
      return nil
    }
    guard literalKind == kind else {
      var message = Diagnostic.Message.needs(what, kind, found: literal.display)
      if kind == .percent && literalKind == .number {
        // 0.9 is almost always meant as 90%.
        let suggestion =
          value <= FixedDecimal.scale ? FixedDecimal(units: value * 100).description : literal.text
        message = message + .writeWithPercent(suggestion)
      }
      if kind == .money && literalKind == .number {
        message = message + .writeCurrency(literal.text)
      }
      if kind == .number && literalKind == .percent { message = message + .writeWithoutPercent }
      sink.error(literal.location, message)
      return nil
    }
    return .constant(value)
  }

  /// Reports an unknown name with the closest known one.
  mutating func unknownName(_ literal: Literal, expected: Diagnostic.Message) {
    let known = Array(parameterIndex.keys) + Array(lists.keys)
    let near = EditDistance.closest(to: literal.text, among: known.sorted())
    sink.error(literal.location, .unknownName(literal.text, expected: expected, near: near))
  }

  private mutating func reportUnused() {
    for (index, parameter) in parameters.enumerated() where !parameterUsed.contains(index) {
      let location =
        syntax.parameters.first { $0.name.value == parameter.name }?.name.location ?? fileStart
      sink.error(location, .unusedParameter(parameter.name))
    }
    for list in syntax.lists where !listUsed.contains(list.name.value) {
      sink.error(list.name.location, .unusedList(list.name.value))
    }
  }
}

/// What already holds a name a parameter wants.
private enum NameKind { case fact, list, parameter }

extension Diagnostic.Message {
  fileprivate static func statementLost(_ keyword: String) -> Self {
    CheckMessage.statementLost.text(["keyword": keyword])
  }

  fileprivate static let missingID = CheckMessage.missingID.text()

  fileprivate static let missingVersion = CheckMessage.missingVersion.text()

  fileprivate static let missingBasis = CheckMessage.missingBasis.text()

  fileprivate static let missingConsider = CheckMessage.missingConsider.text()

  fileprivate static func titleWithout(_ language: Language) -> Self {
    let code = language.rawValue
    return CheckMessage.titleWithout.text(["code": code])
  }

  fileprivate static let missingTitle = CheckMessage.missingTitle.text()

  fileprivate static let missingEffective = CheckMessage.missingEffective.text()

  fileprivate static func effectiveEndsBeforeStart(_ end: CivilDate, _ start: CivilDate) -> Self {
    CheckMessage.effectiveEndsBeforeStart.text(["end": "\(end)", "start": "\(start)"])
  }

  fileprivate static let applicationsNeedApplicants = CheckMessage.applicationsNeedApplicants.text()

  fileprivate static func windowEndsBeforeStart(_ end: CivilDate, _ start: CivilDate) -> Self {
    CheckMessage.windowEndsBeforeStart.text(["end": "\(end)", "start": "\(start)"])
  }

  fileprivate static func categoryKnown(_ name: String) -> Self {
    CheckMessage.categoryKnown.text(["name": name])
  }

  fileprivate static func listTwice(_ name: String) -> Self {
    CheckMessage.listTwice.text(["name": name])
  }

  fileprivate static func listNamedLikeFact(_ name: String) -> Self {
    CheckMessage.listNamedLikeFact.text(["name": name])
  }

  fileprivate static func listItem(_ list: String) -> Self {
    CheckMessage.listItem.text(["list": list])
  }

  fileprivate static func twiceInList(_ item: String, _ list: String) -> Self {
    CheckMessage.twiceInNamedList.text(["item": item, "list": list])
  }

  fileprivate static func nameTaken(_ name: String, by kind: NameKind) -> Self {
    let what: Self =
      switch kind {
      case .fact: CheckMessage.wordFact.text()
      case .list: CheckMessage.wordList.text()
      case .parameter: CheckMessage.wordParameter.text()
      }
    return CheckMessage.nameTaken.text(["name": name, "what": what])
  }

  fileprivate static func parameterValue(_ name: String) -> Self {
    CheckMessage.parameterValue.text(["name": name])
  }

  fileprivate static func unitChanges(_ name: String, was: NumericKind, now: NumericKind) -> Self {
    CheckMessage.unitChanges.text([
      "name": name, "was_display": was.display, "now_display": now.display,
    ])
  }

  fileprivate static func datesMustIncrease(_ name: String, _ date: CivilDate, _ last: CivilDate)
    -> Self
  {
    CheckMessage.datesMustIncrease.text(["name": name, "date": "\(date)", "last": "\(last)"])
  }

  fileprivate static func valueAfterEnd(_ name: String, _ from: CivilDate, _ end: CivilDate) -> Self
  {
    CheckMessage.valueAfterEnd.text(["name": name, "from": "\(from)", "end": "\(end)"])
  }

  fileprivate static func undefinedParameter(_ name: String, from: CivilDate, to: CivilDate) -> Self
  {
    CheckMessage.undefinedParameter.text(["name": name, "from": "\(from)", "to": "\(to)"])
  }

  fileprivate static func parameter(_ kind: NumericKind, for what: Self) -> Self {
    CheckMessage.parameterOfKind.text(["what": what, "kind_display": kind.display])
  }

  fileprivate static func parameterKind(
    _ name: String, _ kind: NumericKind, _ what: Self, needs: NumericKind
  ) -> Self {
    CheckMessage.parameterKind.text([
      "name": name, "kind_display": kind.display, "what": what, "needs_display": needs.display,
    ])
  }

  fileprivate static func expected(_ kind: NumericKind, for what: Self, found: String) -> Self {
    CheckMessage.expectedKind.text(["what": what, "kind_display": kind.display, "found": found])
  }

  fileprivate static func needs(_ what: Self, _ kind: NumericKind, found: String) -> Self {
    CheckMessage.needsKind.text(["what": what, "kind_display": kind.display, "found": found])
  }

  fileprivate static func writeWithPercent(_ suggestion: String) -> Self {
    CheckMessage.writeWithPercent.text(["suggestion": suggestion])
  }

  fileprivate static func writeCurrency(_ number: String) -> Self {
    CheckMessage.writeCurrency.text(["number": number])
  }

  fileprivate static let writeWithoutPercent = CheckMessage.writeWithoutPercent.text()

  fileprivate static func unknownName(_ name: String, expected: Self, near: String?) -> Self {
    let head = CheckMessage.unknownName.text(["name": name, "expected": expected])
    guard let near else { return head }
    return head
      + CheckMessage.didYouMeanName.text(["near": near])
  }

  fileprivate static func unusedParameter(_ name: String) -> Self {
    CheckMessage.unusedParameter.text(["name": name])
  }

  fileprivate static func unusedList(_ name: String) -> Self {
    CheckMessage.unusedList.text(["name": name])
  }
}
