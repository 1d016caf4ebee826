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
  var categories: Set<String> = Set(PolicyChecker.knownCategories)
  /// Reason keys used by `because`, with the place of first use.
  var reasonUses: [String: SourceLocation] = [:]

  static let knownCategories = [
    Category.orphan, .withoutParentalCare, .disability, .largeFamily, .rural, .lowIncome,
  ].map(\.rawValue)

  init(_ syntax: PolicySyntax) { self.syntax = syntax }

  /// Checks and compiles `text` read from `file`.
  static func compile(file: String, text: String) -> (CompiledPolicy?, [Diagnostic]) {
    let (syntax, parseErrors) = PolicyParser.parse(file: file, text: text)
    var checker = PolicyChecker(syntax)
    checker.sink.append(contentsOf: parseErrors)
    let policy = checker.check()
    let diagnostics = checker.sink.diagnostics.sorted { $0.location < $1.location }
    return (diagnostics.isEmpty ? policy : nil, diagnostics)
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
    reportUnused()
    let reasons = checkReasons()
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
      exclusiveGroup: syntax.exclusive?.value, parameters: parameters, criteria: criteria,
      amount: amount, supplements: supplements, ranking: round.ranking,
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
      sink.error(fileStart, "missing 'policy ID' line: every policy names its id")
    }
    if syntax.version == nil { sink.error(fileStart, "missing 'version N' line") }
    if syntax.basis.isEmpty {
      sink.error(fileStart, "missing 'basis \"…\"' line: cite the legal act the policy implements")
    }
    if syntax.consider == nil {
      sink.error(
        fileStart,
        "missing 'consider all' or 'consider applicants' line: say who the policy considers")
    }
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
          sink.error(
            block.location, "title has no '\(language.rawValue)' text: expected kk, ru and en")
        }
      }
    } else {
      sink.error(fileStart, "missing 'title kk \"…\" ru \"…\" en \"…\"' line")
    }
    guard let from = syntax.effectiveFrom else {
      sink.error(fileStart, "missing 'effective FROM .. TO' line: the dates the policy is in force")
      return (title, nil, nil)
    }
    if let to = syntax.effectiveTo, to.value < from.value {
      sink.error(to.location, "effective window ends \(to.value) before it starts \(from.value)")
    }
    if let window = syntax.applicationsFrom {
      if syntax.consider?.value != .applicants {
        sink.error(
          window.location,
          "'applications' needs 'consider applicants': a policy that considers all learners takes no applications"
        )
      }
      if let to = syntax.applicationsTo, to.value < window.value {
        sink.error(
          to.location, "application window ends \(to.value) before it starts \(window.value)")
      }
    }
    return (title, from.value, syntax.effectiveTo?.value)
  }

  private mutating func declareCategories() {
    for name in syntax.categories {
      if categories.contains(name.value) {
        sink.error(name.location, "category '\(name.value)' is already known: remove this line")
      }
      categories.insert(name.value)
    }
  }

  private mutating func declareLists() {
    for list in syntax.lists {
      if lists[list.name.value] != nil {
        sink.error(list.name.location, "list '\(list.name.value)' defined twice")
      } else if Fact(rawValue: list.name.value) != nil {
        sink.error(
          list.name.location, "'\(list.name.value)' is a fact name: give the list another name")
      }
      var seen: Set<String> = []
      for item in list.items.items {
        if item.kind == .list || item.kind == .percent || item.kind == .money {
          sink.error(
            item.location,
            "expected a word, code or \"text\" in list '\(list.name.value)', found \(item.display)")
        } else if !seen.insert(item.text).inserted {
          sink.error(item.location, "'\(item.text)' appears twice in list '\(list.name.value)'")
        }
      }
      lists[list.name.value] = list
    }
  }

  private mutating func declareParameters(effectiveFrom: CivilDate?, effectiveTo: CivilDate?) {
    for decl in syntax.parameters {
      let name = decl.name.value
      if parameterIndex[name] != nil || lists[name] != nil || Fact(rawValue: name) != nil {
        sink.error(
          decl.name.location,
          "'\(name)' is already a \(Fact(rawValue: name) != nil ? "fact" : lists[name] != nil ? "list" : "parameter") name: choose another"
        )
        continue
      }
      var kind: NumericKind?
      var values: [(from: CivilDate, value: Int64)] = []
      for (from, literal) in decl.values {
        guard let (valueKind, value) = Self.numericLiteral(literal) else {
          sink.error(
            literal.location,
            "expected a number, percent (90%), amount (35000 KZT) or date as the value of '\(name)', found \(literal.display)"
          )
          continue
        }
        if let kind, kind != valueKind {
          sink.error(
            literal.location,
            "'\(name)' was \(kind.display) and here is \(valueKind.display): every value of a parameter has the same unit"
          )
          continue
        }
        kind = valueKind
        if let last = values.last, from.value <= last.from {
          sink.error(
            from.location,
            "dates of '\(name)' must increase: \(from.value) is not after \(last.from)")
          continue
        }
        if let effectiveTo, from.value > effectiveTo {
          sink.error(
            from.location,
            "value of '\(name)' from \(from.value) is after the policy ends (\(effectiveTo)): it would never apply"
          )
        }
        values.append((from.value, value))
      }
      if let first = values.first, let effectiveFrom, first.from > effectiveFrom {
        sink.error(
          decl.name.location,
          "parameter '\(name)' is undefined from \(effectiveFrom) to \(first.from.adding(days: -1)), inside the effective window: add 'from \(effectiveFrom) = …'"
        )
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
  mutating func operand(_ literal: Literal, _ kind: NumericKind, _ what: String) -> Operand? {
    if literal.kind == .word {
      guard let index = parameterIndex[literal.text] else {
        unknownName(literal, expected: "a parameter of \(kind.display) for \(what)")
        return nil
      }
      parameterUsed.insert(index)
      let parameter = parameters[index]
      guard parameter.kind == kind else {
        sink.error(
          literal.location,
          "parameter '\(literal.text)' is \(parameter.kind.display), but \(what) needs \(kind.display)"
        )
        return nil
      }
      return .parameter(index)
    }
    guard let (literalKind, value) = Self.numericLiteral(literal) else {
      sink.error(literal.location, "expected \(kind.display) for \(what), found \(literal.display)")
      return nil
    }
    guard literalKind == kind else {
      var message = "\(what) needs \(kind.display), found \(literal.display)"
      if kind == .percent && literalKind == .number {
        // 0.9 is almost always meant as 90%.
        let suggestion =
          value <= FixedDecimal.scale ? FixedDecimal(units: value * 100).description : literal.text
        message += ": write it with %: \(suggestion)%"
      }
      if kind == .money && literalKind == .number {
        message += ": write the currency (\(literal.text) KZT)"
      }
      if kind == .number && literalKind == .percent { message += ": write it without %" }
      sink.error(literal.location, message)
      return nil
    }
    return .constant(value)
  }

  /// Reports an unknown name with the closest known one.
  mutating func unknownName(_ literal: Literal, expected: String) {
    let known = Array(parameterIndex.keys) + Array(lists.keys)
    var message = "unknown name '\(literal.text)': expected \(expected)"
    if let near = EditDistance.closest(to: literal.text, among: known.sorted()) {
      message += "; did you mean '\(near)'?"
    }
    sink.error(literal.location, message)
  }

  private mutating func reportUnused() {
    for (index, parameter) in parameters.enumerated() where !parameterUsed.contains(index) {
      let location =
        syntax.parameters.first { $0.name.value == parameter.name }?.name.location ?? fileStart
      sink.error(location, "parameter '\(parameter.name)' is never used: use it or remove it")
    }
    for list in syntax.lists where !listUsed.contains(list.name.value) {
      sink.error(list.name.location, "list '\(list.name.value)' is never used: use it or remove it")
    }
  }
}
