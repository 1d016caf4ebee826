import JolModel

/// Type checking of conditions: every fact known, every value of the fact's type and unit.
extension PolicyChecker {
  mutating func fact(_ name: Located<String>) -> Fact? {
    if let fact = Fact(rawValue: name.value) { return fact }
    sink.error(name.location, .unknownFact(name.value))
    return nil
  }

  mutating func typed(_ condition: Condition) -> TypedCondition? {
    switch condition {
    case .and(let parts, _):
      let typed = parts.map { self.typed($0) }
      return typed.contains { $0 == nil } ? nil : .and(typed.compactMap { $0 })
    case .or(let parts, _):
      let typed = parts.map { self.typed($0) }
      return typed.contains { $0 == nil } ? nil : .or(typed.compactMap { $0 })
    case .not(let inner, _):
      return typed(inner).map { .not($0) }
    case .known(let name, let negated):
      guard let fact = fact(name) else { return nil }
      return negated ? .not(.known(fact)) : .known(fact)
    case .compare(let name, let op, let value):
      guard let fact = fact(name) else { return nil }
      return compare(fact, op, value)
    case .member(let name, let negated, let values):
      guard let fact = fact(name) else { return nil }
      guard fact.type == .enumeration || fact.type == .code else {
        sink.error(name.location, .inNeedsWordFact(fact))
        return nil
      }
      guard let words = words(values, for: fact) else { return nil }
      let member = TypedCondition.member(fact, Set(words))
      return negated ? .not(member) : member
    case .has(let name, let test, let values):
      guard let fact = fact(name) else { return nil }
      guard fact.type == .set else {
        sink.error(name.location, .hasNeedsSetFact(fact))
        return nil
      }
      guard let words = words(values, for: fact) else { return nil }
      return .set(fact, test, words)
    }
  }

  private mutating func compare(_ fact: Fact, _ op: Located<ComparisonOperator>, _ value: Literal)
    -> TypedCondition?
  {
    switch fact.type {
    case .integer, .decimal, .percent, .date:
      let kind: NumericKind =
        fact.type == .percent ? .percent : fact.type == .date ? .date : .number
      guard let operand = operand(value, kind, .same("'\(fact.rawValue)'")) else { return nil }
      checkBounds(fact, operand, value)
      if case .constant(let units) = operand, fact.type == .integer, units % FixedDecimal.scale != 0
      {
        sink.error(value.location, .wholeNumber(fact, found: value.display))
        return nil
      }
      return .numeric(fact, op.value, operand, kind)
    case .enumeration, .code, .bool:
      guard op.value == .equal || op.value == .notEqual else {
        sink.error(op.location, .equalityOnly(fact, not: op.value.rawValue))
        return nil
      }
      let typed: TypedCondition
      if fact.type == .bool {
        guard value.kind == .word, value.text == "yes" || value.text == "no" else {
          sink.error(value.location, .yesOrNo(fact, found: value.display))
          return nil
        }
        typed = .bool(fact, value.text == "yes")
      } else {
        if value.kind == .list {
          sink.error(value.location, .equalsOneValue(fact, list: value.display))
          return nil
        }
        guard let words = words(value, for: fact) else { return nil }
        typed = .member(fact, Set(words))
      }
      return op.value == .equal ? typed : .not(typed)
    case .set:
      sink.error(op.location, .setNeedsHas(fact))
      return nil
    }
  }

  /// The words of a value, list literal or list name, each valid for `fact`.
  mutating func words(_ literal: Literal, for fact: Fact) -> [String]? {
    var items: [Literal]
    switch literal.kind {
    case .list:
      items = literal.items
    case .word where lists[literal.text] != nil:
      listUsed.insert(literal.text)
      items = lists[literal.text]!.items.items
    case .word, .number, .string:
      items = [literal]
    default:
      sink.error(
        literal.location, .expected(.valueOrList(of: fact), found: .same(literal.display)))
      return nil
    }
    var result: [String] = []
    var ok = true
    var seen: Set<String> = []
    for item in literal.items where !seen.insert(item.text).inserted {
      sink.error(item.location, .twiceInList(item.text))
      ok = false
    }
    for item in items {
      guard item.kind == .word || item.kind == .number || item.kind == .string else {
        sink.error(item.location, .expected(.value(of: fact), found: .same(item.display)))
        ok = false
        continue
      }
      let known: [String]? =
        switch fact.setMembers {
        case .categories: categories.sorted()
        case .policies: nil
        case nil: fact.type == .enumeration ? fact.enumerationValues : nil
        }
      if let known, !known.contains(item.text) {
        sink.error(item.location, .unknownValue(item.text, of: fact, known: known))
        ok = false
      }
      if let codes = fact.knownCodes, !codes.contains(item.text) {
        sink.error(item.location, .unknownCode(item.text, of: fact))
        ok = false
      }
      if fact.setMembers == .policies, let policies, !policies.contains(item.text) {
        let near = EditDistance.closest(to: item.text, among: policies.sorted())
        sink.error(item.location, .unknownPolicy(item.text, near: near, known: policies.sorted()))
        ok = false
      }
      if !knownCode(item, for: fact) { ok = false }
      result.append(item.text)
    }
    return ok ? result : nil
  }
}

extension PolicyChecker {
  /// A threshold outside the values `fact` takes (`gpa >= 6`, a parameter `min_gpa` of 400.5)
  /// makes the comparison the same for everyone: an error at the value as written.
  mutating func checkBounds(_ fact: Fact, _ operand: Operand, _ literal: Literal) {
    guard let bounds = fact.bounds else { return }
    switch operand {
    case .constant(let units):
      if !bounds.contains(FixedDecimal(units: units)) {
        sink.error(literal.location, .thresholdOutOfBounds(fact, literal.display))
      }
    case .parameter(let index):
      let parameter = parameters[index]
      guard let decl = syntax.parameters.first(where: { $0.name.value == parameter.name })
      else { return }
      for (_, value) in decl.values {
        guard let (_, units) = Self.numericLiteral(value),
          !bounds.contains(FixedDecimal(units: units))
        else { continue }
        guard boundsChecked.insert(value.location).inserted else { continue }
        sink.error(
          value.location,
          .parameterOutOfBounds(parameter.name, value.display, fact, comparedAt: literal.location))
      }
    }
  }
}

extension Diagnostic.Message {
  fileprivate static func thresholdOutOfBounds(_ fact: Fact, _ value: String) -> Self {
    .outOfBounds(fact, value)
      + CheckMessage.thresholdOutOfBounds.text()
  }

  fileprivate static func parameterOutOfBounds(
    _ name: String, _ value: String, _ fact: Fact, comparedAt: SourceLocation
  ) -> Self {
    let at = "\(comparedAt.line):\(comparedAt.column)"
    return CheckMessage.parameterOutOfBounds.text(["name": name, "at": at, "fact": fact.rawValue])
      + .outOfBounds(fact, value)
  }

  fileprivate static func unknownPolicy(_ id: String, near: String?, known: [String]) -> Self {
    let head = CheckMessage.unknownPolicy.text(["id": id])
    if let near { return head + .didYouMean(near) }
    return head + .expectedOneOf(known)
  }

  fileprivate static func inNeedsWordFact(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    let hint: Self =
      fact.type == .set
      ? CheckMessage.inHintHasAny.text(["name": name])
      : CheckMessage.inHintCompare.text()
    return CheckMessage.inNeedsWordFact.text(["name": name, "type": type, "hint": hint])
  }

  fileprivate static func hasNeedsSetFact(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return CheckMessage.hasNeedsSetFact.text(["name": name, "type": type])
  }

  fileprivate static func wholeNumber(_ fact: Fact, found: String) -> Self {
    let name = fact.rawValue
    return CheckMessage.wholeNumber.text(["name": name, "found": found])
  }

  fileprivate static func equalityOnly(_ fact: Fact, not op: String) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return CheckMessage.equalityOnly.text(["name": name, "type": type, "op": op])
  }

  fileprivate static func yesOrNo(_ fact: Fact, found: String) -> Self {
    let name = fact.rawValue
    return CheckMessage.yesOrNo.text(["name": name, "found": found])
  }

  fileprivate static func equalsOneValue(_ fact: Fact, list: String) -> Self {
    let name = fact.rawValue
    return CheckMessage.equalsOneValue.text(["name": name, "list": list])
  }

  fileprivate static func setNeedsHas(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let forms = "'\(name) has X', 'has any [..]', 'has all [..]'"
    return CheckMessage.setNeedsHas.text(["name": name, "forms": forms])
  }

  fileprivate static func valueOrList(of fact: Fact) -> Self {
    let name = fact.rawValue
    return CheckMessage.valueOrList.text(["name": name])
  }

  fileprivate static func value(of fact: Fact) -> Self {
    let name = fact.rawValue
    return CheckMessage.valueOfName.text(["name": name])
  }

  fileprivate static func twiceInList(_ item: String) -> Self {
    CheckMessage.twiceInThisList.text(["item": item])
  }

  fileprivate static func unknownValue(_ value: String, of fact: Fact, known: [String]) -> Self {
    var message =
      fact.setMembers == .categories
      ? CheckMessage.unknownCategory.text(["value": value])
      : CheckMessage.unknownFactValue.text(["fact": fact.rawValue, "value": value])
    if let near = EditDistance.closest(to: value, among: known) {
      message = message + .didYouMean(near)
    } else {
      message = message + .expectedOneOf(known)
    }
    if fact.setMembers == .categories {
      message =
        message
        + CheckMessage.declareCategoryHint.text()
    }
    return message
  }
}
