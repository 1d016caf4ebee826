import JolModel

/// Type checking of conditions: every fact known, every value of the fact's type and unit.
extension PolicyChecker {
  mutating func fact(_ name: Located<String>) -> Fact? {
    if let fact = Fact(rawValue: name.value) { return fact }
    var message = "unknown fact '\(name.value)'"
    if let near = EditDistance.closest(to: name.value, among: Fact.names) {
      message += ": did you mean '\(near)'?"
    } else {
      message += ": expected one of \(Fact.names.joined(separator: ", "))"
    }
    sink.error(name.location, message)
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
        sink.error(
          name.location,
          "'in' works on a fact with one word value; '\(fact.rawValue)' is \(fact.type.rawValue)\(fact.type == .set ? ": write '\(fact.rawValue) has any [..]'" : ": compare it with = < > instead")"
        )
        return nil
      }
      guard let words = words(values, for: fact) else { return nil }
      let member = TypedCondition.member(fact, Set(words))
      return negated ? .not(member) : member
    case .has(let name, let test, let values):
      guard let fact = fact(name) else { return nil }
      guard fact.type == .set else {
        sink.error(
          name.location,
          "'has' works on a set fact (categories, awards); '\(fact.rawValue)' is \(fact.type.rawValue): write '\(fact.rawValue) in [..]' or '\(fact.rawValue) = …'"
        )
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
      guard let operand = operand(value, kind, "'\(fact.rawValue)'") else { return nil }
      if case .constant(let units) = operand, fact.type == .integer, units % FixedDecimal.scale != 0
      {
        sink.error(
          value.location,
          "'\(fact.rawValue)' is a whole number; compare it with a whole number, found \(value.display)"
        )
        return nil
      }
      return .numeric(fact, op.value, operand, kind)
    case .enumeration, .code, .bool:
      guard op.value == .equal || op.value == .notEqual else {
        sink.error(
          op.location,
          "'\(fact.rawValue)' is \(fact.type.rawValue): it can be compared with = or != only, not \(op.value.rawValue)"
        )
        return nil
      }
      let typed: TypedCondition
      if fact.type == .bool {
        guard value.kind == .word, value.text == "yes" || value.text == "no" else {
          sink.error(value.location, "'\(fact.rawValue)' is yes or no, found \(value.display)")
          return nil
        }
        typed = .bool(fact, value.text == "yes")
      } else {
        if value.kind == .list {
          sink.error(
            value.location,
            "'=' compares with one value; to test a list write '\(fact.rawValue) in \(value.display)'"
          )
          return nil
        }
        guard let words = words(value, for: fact) else { return nil }
        typed = .member(fact, Set(words))
      }
      return op.value == .equal ? typed : .not(typed)
    case .set:
      sink.error(
        op.location,
        "'\(fact.rawValue)' is a set: write '\(fact.rawValue) has X', 'has any [..]', 'has all [..]' or 'has none [..]'"
      )
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
        literal.location,
        "expected a value of '\(fact.rawValue)' or a list, found \(literal.display)")
      return nil
    }
    var result: [String] = []
    var ok = true
    var seen: Set<String> = []
    for item in literal.items where !seen.insert(item.text).inserted {
      sink.error(item.location, "'\(item.text)' appears twice in the list")
      ok = false
    }
    for item in items {
      guard item.kind == .word || item.kind == .number || item.kind == .string else {
        sink.error(item.location, "expected a value of '\(fact.rawValue)', found \(item.display)")
        ok = false
        continue
      }
      let known: [String]? =
        switch fact {
        case .categories: categories.sorted()
        case _ where fact.type == .enumeration: fact.enumerationValues
        default: nil
        }
      if let known, !known.contains(item.text) {
        var message = "unknown \(fact == .categories ? "category" : fact.rawValue) '\(item.text)'"
        if let near = EditDistance.closest(to: item.text, among: known) {
          message += ": did you mean '\(near)'?"
        } else {
          message += ": expected one of \(known.joined(separator: ", "))"
        }
        if fact == .categories { message += " (declare a new one with 'category NAME')" }
        sink.error(item.location, message)
        ok = false
      }
      result.append(item.text)
    }
    return ok ? result : nil
  }
}
